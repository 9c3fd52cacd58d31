// Corpus: blind4 / storefront: notification settings, Unleash, ConfigCat and DevCycle React SDKs.
// Source: @unleash/proxy-client-react (useFlag, useVariant), configcat-react (useFeatureFlag returns { value, loading }), @devcycle/react-client-sdk (useVariableValue).
'use client';

import { useFlag, useVariant } from '@unleash/proxy-client-react';
import { useFeatureFlag } from 'configcat-react';
import { useVariableValue } from '@devcycle/react-client-sdk';

export function NotificationsPanel() {
  const pushEnabled = useFlag('sf.push-notifications');
  const digestVariant = useVariant('sf.digest-frequency');
  const { value: smsOptIn, loading } = useFeatureFlag('sfSmsOptIn', false);
  const quietHours = useVariableValue('sf-quiet-hours', { start: 22, end: 7 });
  const channels = useVariableValue(
    'sf-notification-channels',
    ['email'],
  );

  if (loading) return <p>Loading…</p>;
  return (
    <section>
      <h2>Notifications</h2>
      {pushEnabled ? <label>Push</label> : null}
      <p>Digest: {digestVariant.enabled ? digestVariant.name : 'weekly'}</p>
      {smsOptIn && <label>SMS</label>}
      <p>
        Quiet from {quietHours.start}:00 to {quietHours.end}:00 via {channels.join(', ')}
      </p>
    </section>
  );
}

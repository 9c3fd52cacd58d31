// Corpus: blind3 web, account settings: Unleash, Flagsmith, ConfigCat, DevCycle, Split and Statsig React SDKs.
// Source: @unleash/proxy-client-react (useFlag, useVariant); flagsmith/react (useFlags(flags, traits)); configcat-react (useFeatureFlag); @devcycle/react-client-sdk (useVariableValue); @splitsoftware/splitio-react (useSplitTreatments); @statsig/react-bindings (useFeatureGate).
'use client';

import { useFlag, useVariant } from '@unleash/proxy-client-react';
import { useFlags } from 'flagsmith/react';
import { useFeatureFlag } from 'configcat-react';
import { useVariableValue } from '@devcycle/react-client-sdk';
import { useSplitTreatments } from '@splitsoftware/splitio-react';
import { useFeatureGate } from '@statsig/react-bindings';

export function AccountSettings({ userId }: { userId: string }) {
  const twoFactor = useFlag('settings-two-factor');
  const avatarVariant = useVariant('settings-avatar-style');
  const flags = useFlags(['settings_export_data', 'settings_delete_account']);
  const { value: notificationsV2, loading } = useFeatureFlag('settingsNotificationsV2', false);
  const timezonePicker = useVariableValue('settings-timezone-picker', false);
  const { treatments, isReady } = useSplitTreatments({
    names: ['settings_billing_tab', 'settings_team_tab'],
    attributes: { userId },
  });
  const { value: passkeys } = useFeatureGate('settings-passkeys');

  if (loading || !isReady) return <p>Loading…</p>;
  return (
    <div>
      {twoFactor && <section id="2fa" />}
      <img alt="" data-style={avatarVariant.name} />
      {flags.settings_export_data.enabled && <button type="button">Export</button>}
      {flags.settings_delete_account?.enabled && <button type="button">Delete</button>}
      {notificationsV2 && <section id="notifications" />}
      {timezonePicker && <select aria-label="timezone" />}
      {treatments.settings_billing_tab.treatment === 'on' && <a href="/billing">Billing</a>}
      {treatments['settings_team_tab'].treatment === 'on' && <a href="/team">Team</a>}
      {passkeys && <section id="passkeys" />}
    </div>
  );
}

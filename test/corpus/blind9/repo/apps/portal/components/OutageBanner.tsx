// Corpus: blind9, brightgrid customer portal, outage banner
// Source: posthog-js/react typings (PostHogFeature, useFeatureFlagPayload, useFeatureFlagVariantKey, useActiveFeatureFlags, usePostHog)
'use client';

import {
  PostHogFeature,
  useActiveFeatureFlags,
  useFeatureFlagPayload,
  useFeatureFlagVariantKey,
  usePostHog,
} from 'posthog-js/react';

type OutagePayload = { headline: string; severity: 'info' | 'warning' | 'critical' };

export function OutageBanner({ postcode }: { postcode: string }) {
  const payload = useFeatureFlagPayload('portal-outage-payload') as OutagePayload | undefined;
  const layout = useFeatureFlagVariantKey(
    'portal-outage-layout',
  );
  const active = useActiveFeatureFlags();
  const posthog = usePostHog();

  if (!payload) return null;

  const onDismiss = () => {
    posthog.capture('outage-banner-dismissed', { postcode, layout, active: active?.length ?? 0 });
  };

  return (
    <PostHogFeature
      flag="portal-outage-banner"
      match={true}
      fallback={<span />}
    >
      <div className={`banner banner--${payload.severity} banner--${String(layout)}`} role="status">
        <strong>{payload.headline}</strong>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
        {posthog.isFeatureEnabled('portal-outage-sms-signup') ? <SmsSignup postcode={postcode} /> : null}
      </div>
    </PostHogFeature>
  );
}

function SmsSignup({ postcode }: { postcode: string }) {
  return <form data-postcode={postcode} />;
}

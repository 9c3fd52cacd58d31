// Corpus: blind4 / storefront: marketing banners, PostHog React.
// Source: posthog-js/react (useFeatureFlagEnabled, useFeatureFlagVariantKey, useFeatureFlagPayload, PostHogFeature).
'use client';

import { PostHogFeature, useFeatureFlagEnabled, useFeatureFlagPayload, useFeatureFlagVariantKey, usePostHog } from 'posthog-js/react';

export function PromoBanner() {
  const posthog = usePostHog();
  const enabled = useFeatureFlagEnabled('sf-holiday-banner');
  const variant = useFeatureFlagVariantKey('sf-banner-cta-test');
  const payload = useFeatureFlagPayload('sf-banner-content') as { title?: string } | undefined;
  const countdown = posthog?.isFeatureEnabled('sf-banner-countdown') ? <span className="countdown" /> : null;

  if (!enabled) return null;
  const onClick = () => posthog?.capture('sf-holiday-banner clicked', { variant });

  return (
    <div className={`banner banner--${variant ?? 'control'}`}>
      <strong>{payload?.title ?? 'Holiday sale'}</strong>
      {countdown}
      <PostHogFeature flag="sf-banner-dismiss" match={true}>
        <button type="button" onClick={onClick}>
          Dismiss
        </button>
      </PostHogFeature>
    </div>
  );
}

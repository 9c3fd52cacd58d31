// Corpus: storefront service, PostHog web and React SDKs.
// Source: posthog-js (posthog.isFeatureEnabled(key, options?), getFeatureFlag(key),
// getFeatureFlagPayload(key), onFeatureFlags(callback)) and posthog-js/react
// (useFeatureFlagEnabled(flag), useFeatureFlagVariantKey(flag), useFeatureFlagPayload(flag),
// <PostHogFeature flag match>).
import React from 'react';
import posthog from 'posthog-js';
import { PostHogFeature, useFeatureFlagEnabled, useFeatureFlagPayload, useFeatureFlagVariantKey } from 'posthog-js/react';

type PricingCopy = { title: string; subtitle: string };

export function trackRollout(experiment: string): void {
  posthog.onFeatureFlags(() => {
    const variant = posthog.getFeatureFlag('checkout-flow') === 'test' ? 'test' : 'control';
    posthog.capture('rollout_seen', { experiment, variant });
  });
  if (posthog.isFeatureEnabled('onboarding-v3', { send_event: false })) {
    posthog.capture('onboarding_v3_eligible');
  }
  const copy = posthog.getFeatureFlagPayload(
    'pricing-copy',
  ) as PricingCopy | undefined;
  posthog.register({ pricingTitle: copy?.title ?? 'Pricing' });
}

export function ReferralSlot({ variantName }: { variantName: string }) {
  const showReferral = useFeatureFlagEnabled('referral-program');
  const flow = useFeatureFlagVariantKey('checkout-flow');
  const banner = useFeatureFlagPayload('referral-banner-copy') as { text: string } | undefined;
  const sampled = useFeatureFlagEnabled(`${variantName}-sampling`);
  return (
    <section data-flow={String(flow)} data-sampled={String(sampled)}>
      <PostHogFeature
        onClick={() => posthog.capture('referral_click')}
        flag="referral-banner"
        match="test"
      >
        <p>{banner?.text}</p>
      </PostHogFeature>
      {showReferral ? <a href="/referrals">Invite friends</a> : null}
    </section>
  );
}

// Corpus: blind8, parcelpoint web, promotional strip
// Source: PostHog React docs (PostHogFeature, useFeatureFlagEnabled, useFeatureFlagVariantKey, useFeatureFlagPayload, usePostHog)
'use client';

import { PostHogFeature, useFeatureFlagEnabled, useFeatureFlagPayload, useFeatureFlagVariantKey, usePostHog } from 'posthog-js/react';

type StripPayload = { text: string; href: string };

export function PromoStrip() {
  const enabled = useFeatureFlagEnabled('web-promo-strip');
  const tone = useFeatureFlagVariantKey('web-promo-tone');
  const payload = useFeatureFlagPayload('web-promo-strip') as StripPayload | undefined;
  const posthog = usePostHog();

  if (!enabled || !payload) return null;
  const dismiss = () => posthog.capture('promo_strip_dismissed', { tone });

  return (
    <PostHogFeature
      flag="web-referral-banner"
      match={true}
      fallback={<a href={payload.href}>{payload.text}</a>}
    >
      <div className={`strip strip--${String(tone ?? 'calm')}`}>
        <a href="/refer">Give 5 euros, get 5 euros</a>
        <button type="button" onClick={dismiss} aria-label="Dismiss">×</button>
        {posthog.isFeatureEnabled('web-referral-share-sheet') ? <button type="button">Share</button> : null}
      </div>
    </PostHogFeature>
  );
}

// Corpus: SDK hooks imported under another name (LaunchDarkly React SDK and PostHog React).
// Source: launchdarkly-react-client-sdk useFlags(): LDFlagSet (docs.launchdarkly.com/sdk/client-side/react/react-web#hooks); posthog-js/react useFeatureFlagEnabled(flag: string): boolean (posthog.com/docs/libraries/react#feature-flags).
import React from 'react';
import { useFlags as useLDFlags } from 'launchdarkly-react-client-sdk';
import { useFeatureFlagEnabled as useFlagOn, useFeatureFlagVariantKey as useVariant } from 'posthog-js/react';

export function CheckoutBanner({ experiment }: { experiment: string }) {
  const { expressPay, giftWrap: showGiftWrap } = useLDFlags();
  const flags = useLDFlags();
  const fastSearch = useFlagOn('fast-search');
  const variant = useVariant('homepage-hero-variant');
  const chosen = useFlagOn(experiment);
  if (!expressPay) return null;
  return (
    <div className={flags.holidayTheme ? 'holiday' : 'plain'}>
      {showGiftWrap && <span>gift wrap</span>}
      {fastSearch && chosen && <span>{variant}</span>}
    </div>
  );
}

// Corpus: blind4 / storefront (round 2): a useFlags() destructuring over lines with the comments Prettier keeps.
// Source: launchdarkly-react-client-sdk (useFlags returns LDFlagSet with camelCased keys).
'use client';

import { useFlags } from 'launchdarkly-react-client-sdk';
import { FLAGS } from '@/lib/flags/keys';
import { useFeatureIsOn } from '@growthbook/growthbook-react';

export function CheckoutHeader({ step }: { step: number }) {
  const {
    sfCheckoutStepper, // replaces the breadcrumb
    sfCheckoutHelpLink = false, /* support asked for it */
    sfCheckoutTrustBadges: trustBadges,
  } = useFlags();
  const v3 = useFeatureIsOn(FLAGS.checkoutV3);

  return (
    <header data-v3={v3}>
      {sfCheckoutStepper ? <ol data-step={step} /> : <p>Step {step}</p>}
      {sfCheckoutHelpLink && <a href="/help">Help</a>}
      {trustBadges ? <img alt="secure" src="/badges.svg" /> : null}
    </header>
  );
}

// Corpus: blind3 web, negatives: analytics events, i18n, URL params, config objects and SDK methods that evaluate nothing.
// Source: posthog-js capture/identify; @launchdarkly/node-server-sdk LDClient.track/identify; i18next t; URLSearchParams.get; statsig logEvent.
import posthog from 'posthog-js';
import i18next from 'i18next';
import type { LDClient } from '@launchdarkly/node-server-sdk';

const features = new Map<string, boolean>([['express-checkout-ui', true]]);

export function trackCheckout(ldClient: LDClient, userId: string, step: string) {
  posthog.capture('express-checkout started', { step });
  posthog.identify(userId, { plan: 'pro' });
  ldClient.track('express-checkout-completed', { kind: 'user', key: userId });
  ldClient.identify({ kind: 'user', key: userId });
  const title = i18next.t('checkout.express-checkout.title');
  const params = new URLSearchParams(window.location.search);
  const variant = params.get('variant') ?? features.get('express-checkout-ui');
  const config = { featureFlags: { isEnabled: (name: string) => name.length > 0 } };
  const local = config.featureFlags.isEnabled;
  console.info('express-checkout', title, variant, local);
  return { title, variant };
}

export const EVENTS = ['gift-wrap-option-viewed', 'promo-banner-closed'] as const;

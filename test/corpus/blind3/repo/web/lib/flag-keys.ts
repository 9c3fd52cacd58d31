// Corpus: blind3 web, the flag keys module the app imports (declarations only).
// Source: LaunchDarkly docs "Flag keys" (keys are kebab-case strings); TypeScript `as const`.
export const FLAG_KEYS = {
  expressCheckout: 'express-checkout',
  checkoutBannerCopy: 'checkout-banner-copy',
  recsModel: 'recs-model-version',
} as const;

export type FlagKey = (typeof FLAG_KEYS)[keyof typeof FLAG_KEYS];

export const GIFT_WRAP = 'gift-wrap-option';

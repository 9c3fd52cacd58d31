// Corpus: blind4 / storefront (round 2): the keys module the components import through `@/`.
// Source: the team's convention (an `as const` object of keys).
export const FLAGS = {
  saleTimer: 'sf-sale-timer',
  checkoutV3: 'sf-checkout-v3',
} as const;

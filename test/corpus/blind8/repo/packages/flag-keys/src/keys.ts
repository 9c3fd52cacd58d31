// Corpus: blind8, parcelpoint monorepo, shared flag key constants
// Source: TypeScript handbook (const assertions, satisfies); keys are the teams' own

export type FlagKey = `${string}-${string}` | `${string}_${string}`;

/** Checkout flags, one place so the web app and the pricing service agree. */
export const CHECKOUT_FLAGS = {
  etaWidget: 'web-eta-widget',
  splitDelivery: 'web-split-delivery',
  giftNote: 'web-gift-note',
} as const satisfies Record<string, FlagKey>;

export const RETURNS_QR = 'web-returns-qr';

export const PRICING_KEYS = {
  fuelSurcharge: 'prc-fuel-surcharge-pct',
  zoneA: 'prc_zone_a_rates',
  zoneB: 'prc_zone_b_rates',
} as const;

// Corpus: blind5 (issue 14), the portal's flag keys, typed with `satisfies` and a const enum.
// Source: TypeScript handbook (the satisfies operator, const enums); OpenFeature web SDK keys are strings.
export const FLAG_KEYS = {
  search: 'pt-search-v3',
  filters: 'pt-filter-panel',
} satisfies Record<string, string>;

export const enum Gate {
  Wishlist = 'pt-wishlist',
  Reviews = 'pt-verified-reviews',
}

export type FlagKey = (typeof FLAG_KEYS)[keyof typeof FLAG_KEYS];

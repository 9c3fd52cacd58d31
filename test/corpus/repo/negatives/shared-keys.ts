// Corpus: a module of flag-key constants imported by constants/checkout-flags.ts (a declaration, no reference).
// Source: TypeScript handbook, Modules (export const); the key is read where it is imported, not here.
export const SHARED_FLAG = 'billing-new-portal';

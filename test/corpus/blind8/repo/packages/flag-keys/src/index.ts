// Corpus: blind8, parcelpoint monorepo, the flag-keys package entry (barrel)
// Source: TypeScript modules docs (export * from, export { a as b } from)
export * from './keys';
export { RETURNS_QR as RETURNS_QR_LABELS } from './keys';
export type { FlagKey } from './keys';

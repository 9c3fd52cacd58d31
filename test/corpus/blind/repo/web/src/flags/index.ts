// Corpus: blind / web flags barrel (re-exports the keys module)
// Source: TypeScript handbook, Modules "Re-exports" (export * from / export { } from)
export * from './keys';
export { SEARCH_RANKING_FLAG as RANKING_FLAG } from './keys';

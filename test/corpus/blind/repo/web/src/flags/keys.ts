// Corpus: blind / web flag keys module (LaunchDarkly keys held in constants, imported elsewhere)
// Source: @launchdarkly/js-client-sdk, LDClient.variation(key: string, defaultValue) (js-core packages/shared/sdk-client LDClient.d.ts)
export const FLAGS = {
  searchFacets: 'search-facets',
  searchSpellcheck: 'search-spellcheck',
} as const;

export enum SearchFlag {
  InfiniteScroll = 'search-infinite-scroll',
  RecentQueries = 'search-recent-queries',
}

export const SEARCH_RANKING_FLAG = 'search-ranking-model';

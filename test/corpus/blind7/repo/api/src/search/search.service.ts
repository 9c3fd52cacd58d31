// Corpus: blind7, api service: hotel and flight search, LaunchDarkly server SDK (Node).
// Source: LaunchDarkly Node server SDK reference (variationDetail, jsonVariation, allFlagsState, LDFlagsState.getFlagValue).
import type { LDClient, LDContext, LDEvaluationDetail, LDFlagsState } from '@launchdarkly/node-server-sdk';
import { Injectable, Logger } from '@nestjs/common';
import { Cache } from '../cache';
import { SearchIndex, type SearchQuery, type SearchResult } from './search-index';
import { track } from '../analytics/track';

const RANKING_FLAG = 'srch-ranking-model';
const DEFAULT_PAGE_SIZE = 25;

interface RankingConfig {
  model: 'bm25' | 'ltr-v2' | 'ltr-v3';
  boostPartners: boolean;
  maxResults: number;
}

@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);

  constructor(
    private readonly ldClient: LDClient,
    private readonly index: SearchIndex,
    private readonly cache: Cache,
  ) {}

  private contextFor(query: SearchQuery): LDContext {
    return {
      kind: 'multi',
      user: { key: query.userId, anonymous: query.userId === undefined, country: query.market },
      device: { key: query.deviceId, platform: query.platform },
    };
  }

  async search(query: SearchQuery): Promise<SearchResult[]> {
    const context = this.contextFor(query);
    const cacheKey = `search:${query.market}:${query.text}:${query.page}`;
    const cached = await this.cache.get<SearchResult[]>(cacheKey);
    if (cached) return cached;

    const detail: LDEvaluationDetail = await this.ldClient.variationDetail(
      'srch-semantic-matching',
      context,
      false,
    );
    if (detail.reason.kind === 'ERROR') {
      this.logger.warn(`srch-semantic-matching evaluation failed: ${detail.reason.errorKind}`);
    }

    const ranking = await this.ldClient.jsonVariation(RANKING_FLAG, context, {
      model: 'bm25',
      boostPartners: false,
      maxResults: 100,
    } satisfies RankingConfig);

    const pageSize = await this.ldClient.numberVariation('srch-page-size', context, DEFAULT_PAGE_SIZE);
    const results = await this.index.query({
      ...query,
      semantic: detail.value === true,
      ranking: ranking as RankingConfig,
      pageSize,
    });
    track('srch-results-shown', { count: results.length, market: query.market });
    await this.cache.set(cacheKey, results, 60);
    return results;
  }

  async suggestions(query: SearchQuery): Promise<string[]> {
    const context = this.contextFor(query);
    try {
      const enabled = await this.ldClient.boolVariation('srch-typeahead-v2', context, false);
      if (!enabled) return this.index.prefix(query.text, 5);
      return await this.index.typeahead(query.text, { limit: 8, fuzzy: true });
    } catch (error) {
      this.logger.error('typeahead failed, falling back to prefix search', error as Error);
      return this.index.prefix(query.text, 5);
    }
  }

  async bootstrapState(query: SearchQuery): Promise<Record<string, unknown>> {
    const state: LDFlagsState = await this.ldClient.allFlagsState(this.contextFor(query), {
      clientSideOnly: true,
      withReasons: false,
    });
    if (!state.valid) {
      this.logger.warn('flag state invalid, serving defaults');
      return {};
    }

    const facets = await this.index.facets(query.market);
    const sortOrders = ['price', 'rating', 'distance'];
    const mapPins = state.getFlagValue('srch-map-pins') === true;
    const currency = query.currency ?? 'EUR';
    return {
      facets,
      sortOrders,
      currency,
      mapPins,
      stickyFilters: state.getFlagValue('srch-sticky-filters') ?? false,
      flags: state.toJSON(),
    };
  }

  async experimentFor(query: SearchQuery, surface: string): Promise<string> {
    // the surface key is chosen by the caller: `srch-surface-${surface}`
    return this.ldClient.stringVariation(`srch-surface-${surface}`, this.contextFor(query), 'control');
  }
}

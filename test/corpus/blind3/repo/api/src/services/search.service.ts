// Corpus: blind3 api, a search service holding an OpenFeature client in a class field.
// Source: @openfeature/server-sdk, Client (getBooleanValue, getNumberValue, getObjectDetails<T>, getStringValue) in dist/types.d.ts.
import { OpenFeature, type Client, type EvaluationContext } from '@openfeature/server-sdk';

export type RankingWeights = { title: number; body: number; recency: number };

const FUZZY_MATCHING = 'search-fuzzy-matching';

export class SearchService {
  private readonly flags: Client = OpenFeature.getClient('search');
  private readonly fallbackClient?: Client;

  constructor(fallbackClient?: Client) {
    this.fallbackClient = fallbackClient;
  }

  async search(query: string, ctx: EvaluationContext) {
    const pageSize = await this.flags.getNumberValue('search-page-size', 20, ctx);
    const fuzzy = await this.flags.getBooleanValue(FUZZY_MATCHING, false, ctx);
    const { value: weights } = await this.flags.getObjectDetails<RankingWeights>(
      'search-ranking-weights',
      { title: 3, body: 1, recency: 0.5 },
      ctx,
    );
    const synonyms = await this.fallbackClient?.getBooleanValue(`search-synonyms`, false, ctx);
    return { query, pageSize, fuzzy, weights, synonyms };
  }

  async suggest(prefix: string, ctx: EvaluationContext): Promise<string[]> {
    const engine = await this.flags.getStringValue(
      'search-suggest-engine',
      'prefix',
      { ...ctx, prefixLength: prefix.length },
    );
    return engine === 'prefix' ? [prefix] : [];
  }
}

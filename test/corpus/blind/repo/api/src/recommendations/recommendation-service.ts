// Corpus: blind / api recommendations (OpenFeature server SDK in a class, named client, typed details)
// Source: @openfeature/server-sdk OpenFeature.getClient(domain) / Client.getNumberValue / getBooleanDetails / getStringValue (openfeature.dev/docs/reference/technologies/server/javascript, dist/types.d.ts)
import { OpenFeature, type Client, type EvaluationContext } from '@openfeature/server-sdk';
import type { Product } from '../catalog/types';

export class RecommendationService {
  private readonly flags: Client = OpenFeature.getClient('recommendations');

  async recommend(userId: string, seen: Product[]): Promise<Product[]> {
    const context: EvaluationContext = { targetingKey: userId };
    const limit = await this.flags.getNumberValue('recs-max-items', 8, context);
    const diversity = await this.flags.getBooleanDetails('recs-diversity-rerank', false, context);
    const model = await this.flags.getStringValue(
      'recs-model-version',
      'v1',
      context,
      { hookHints: { source: 'recommendations' } },
    );
    const fallback = await this.flags.getBooleanValue(`recs-fallback-${model}`, true, context);

    const ranked = [...seen].sort((a, b) => b.score - a.score);
    const picked = diversity.value ? ranked.filter((_, index) => index % 2 === 0) : ranked;
    return (fallback ? picked : ranked).slice(0, limit);
  }
}

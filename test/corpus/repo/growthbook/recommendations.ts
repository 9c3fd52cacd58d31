// Corpus: GrowthBook JavaScript SDK.
// Source: @growthbook/growthbook, dist/GrowthBook.d.ts: isOn(key), isOff(key),
// getFeatureValue(key, defaultValue), evalFeature(id) returning FeatureResult.
import { GrowthBook } from '@growthbook/growthbook';

type Placement = { slot: string; count: number };

export function recommend(gb: GrowthBook, page: string): Placement {
  if (gb.isOff('recs-kill-switch')) {
    return { slot: 'none', count: 0 };
  }
  const placement = gb.getFeatureValue<Placement>('recs-placement', { slot: 'side', count: 4 });
  const result = gb.evalFeature(
    'recs-ranking',
  );
  const perPage = gb.isOn(`recs-${page}`);
  return perPage && result.on ? placement : { slot: 'side', count: 2 };
}

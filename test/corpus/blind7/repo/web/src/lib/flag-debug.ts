// Corpus: blind7, web app: the developer flag panel; every key here is computed (dynamic keys).
// Source: launchdarkly-js-client-sdk docs (variation, allFlags), @growthbook/growthbook (getFeatureValue).
import type { LDClient } from 'launchdarkly-js-client-sdk';
import type { GrowthBook } from '@growthbook/growthbook';

export interface FlagRow {
  key: string;
  value: unknown;
  source: 'launchdarkly' | 'growthbook';
}

export function collectRows(ldClient: LDClient, gb: GrowthBook, keys: string[]): FlagRow[] {
  const rows: FlagRow[] = keys.map((key) => ({ key, value: ldClient.variation(key, null), source: 'launchdarkly' }));
  for (const feature of Object.keys(gb.getFeatures())) {
    rows.push({ key: feature, value: gb.getFeatureValue(feature, null), source: 'growthbook' });
  }
  return rows.sort((a, b) => a.key.localeCompare(b.key));
}

export function marketBanner(ldClient: LDClient, market: string): string {
  return ldClient.variation(`web-banner-${market.toLowerCase()}`, 'none');
}

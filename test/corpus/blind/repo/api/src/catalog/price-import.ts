// Corpus: blind / api price import (flags read through the team's generated toggles module; registry aliases)
// Source: @launchdarkly/node-server-sdk allFlagsState(context).toJSON() (js-core sdk-server LDClient.ts), exposed by the team as generated constants; prove-hooks README "Aliases"
import { toggles, FeatureToggles } from '../generated/toggles';
import { parseCsv } from './csv';

export async function importPrices(csv: string) {
  const rows = parseCsv(csv);
  if (!FeatureToggles.BULK_PRICE_IMPORT) {
    return rows.slice(0, 100);
  }
  const bulkPriceImport = toggles.bulkPriceImport;
  return bulkPriceImport ? rows : rows.slice(0, 1000);
}

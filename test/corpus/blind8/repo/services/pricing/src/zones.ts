// Corpus: blind8, parcelpoint pricing service, delivery zone rates
// Source: Split Node.js SDK docs (SplitFactory, getTreatments, getTreatmentWithConfig, getTreatmentsByFlagSet, attributes)
import { SplitFactory } from '@splitsoftware/splitio';
import { PRICING_KEYS } from '../../../packages/flag-keys/src';

const factory = SplitFactory({ core: { authorizationKey: process.env.SPLIT_SDK_KEY ?? '' } });
export const splitClient = factory.client();

export type Zone = 'A' | 'B' | 'remote';

export function zoneRates(accountId: string, zone: Zone): { multiplier: number; source: string } {
  const treatments = splitClient.getTreatments(accountId, [PRICING_KEYS.zoneA, PRICING_KEYS.zoneB]);
  if (zone === 'A' && treatments[PRICING_KEYS.zoneA] === 'on') return { multiplier: 0.95, source: 'zone-a' };
  if (zone === 'B' && treatments[PRICING_KEYS.zoneB] === 'on') return { multiplier: 0.97, source: 'zone-b' };

  const { treatment, config } = splitClient.getTreatmentWithConfig(
    accountId,
    'prc_remote_area_rates',
    { zone, plan: 'business' },
  );
  const parsed = config ? (JSON.parse(config) as { multiplier?: number }) : {};
  return { multiplier: treatment === 'on' ? parsed.multiplier ?? 1.2 : 1.25, source: treatment };
}

export function pricingSetTreatments(accountId: string) {
  // A flag set, not a flag: every flag tagged "pricing".
  return splitClient.getTreatmentsByFlagSet(accountId, 'pricing');
}

export function peakTreatment(accountId: string, market: string): string {
  return splitClient.getTreatment(accountId, `prc_peak_${market.toLowerCase()}`);
}

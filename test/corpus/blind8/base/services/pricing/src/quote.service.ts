// Corpus: blind8, parcelpoint pricing service, quotes
// Source: OpenFeature JS server SDK docs (getNumberValue, getObjectValue<T>, getBooleanDetails, getStringValue, EvaluationContext)
import type { EvaluationContext } from '@openfeature/server-sdk';
import { features } from './flags/client';
import { PRICING_KEYS } from '../../../packages/flag-keys/src/keys';
import { logger } from './logger';

interface SurchargeTable {
  readonly [band: string]: number;
}

export interface QuoteInput {
  readonly accountId: string;
  readonly weightGrams: number;
  readonly country: string;
}

export class QuoteService {
  async quote(input: QuoteInput): Promise<number> {
    const ctx: EvaluationContext = { targetingKey: input.accountId, country: input.country };
    const base = input.weightGrams * 0.004;

    const fuelPct = await features.getNumberValue(PRICING_KEYS.fuelSurcharge, 0, ctx);
    const bands = await features.getObjectValue<SurchargeTable>('prc-weight-bands', {}, ctx);
    const legacyRounding = await features.getBooleanValue('prc-legacy-rounding', false, ctx);
    logger.info('quote priced', { legacyRounding });

    const band = Object.keys(bands).find((b) => input.weightGrams <= Number(b));
    const surcharge = band ? bands[band] : 0;
    const total = base * (1 + fuelPct / 100) + surcharge;
    return legacyRounding ? Math.round(total) : Math.round(total * 100) / 100;
  }

  async isQuoteCacheOn(ctx: EvaluationContext): Promise<boolean> {
    return features.getBooleanValue('prc-quote-cache', true, ctx);
  }
}

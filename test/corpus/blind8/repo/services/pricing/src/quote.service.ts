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

const HEAVY_PARCEL_KEY = 'prc-heavy-parcel-fee' satisfies string;

export class QuoteService {
  async quote(input: QuoteInput): Promise<number> {
    const ctx: EvaluationContext = { targetingKey: input.accountId, country: input.country };
    const base = input.weightGrams * 0.004;

    const fuelPct = await features.getNumberValue(
      PRICING_KEYS.fuelSurcharge,
      0,
      ctx,
    );
    const bands = await features.getObjectValue<SurchargeTable>(
      'prc-weight-bands',
      {},
      ctx,
    );
    const heavy = await features.getBooleanDetails(HEAVY_PARCEL_KEY, false, ctx);
    const rounding = await features.getStringValue(<const>'prc-rounding-mode', 'cent', ctx);
    logger.info('quote priced', { rounding, heavy: heavy.value, reason: heavy.reason });

    const band = Object.keys(bands).find((b) => input.weightGrams <= Number(b));
    const surcharge = band ? bands[band] : 0;
    const fee = heavy.value && input.weightGrams > 20_000 ? 4.5 : 0;
    const total = base * (1 + fuelPct / 100) + surcharge + fee;
    return rounding === 'five-cent' ? Math.round(total * 20) / 20 : Math.round(total * 100) / 100;
  }

  async isQuoteCacheOn(ctx: EvaluationContext): Promise<boolean> {
    return features.getBooleanValue('prc-quote-cache', true, ctx);
  }
}

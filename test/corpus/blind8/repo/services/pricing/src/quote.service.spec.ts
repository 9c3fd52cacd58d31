// Corpus: blind8, parcelpoint pricing service, quote tests
// Source: OpenFeature JS docs (InMemoryProvider flag configuration, setProviderAndWait); Vitest docs (vi.spyOn)
import { InMemoryProvider, OpenFeature } from '@openfeature/server-sdk';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { features } from './flags/client';
import { QuoteService } from './quote.service';

const FLAG_CONFIG = {
  'prc-fuel-surcharge-pct': { variants: { low: 5, high: 12 }, defaultVariant: 'low', disabled: false },
  'prc-weight-bands': { variants: { v1: { '1000': 0.5, '5000': 1.5 } }, defaultVariant: 'v1', disabled: false },
};

describe('QuoteService', () => {
  beforeAll(async () => {
    await OpenFeature.setProviderAndWait(new InMemoryProvider(FLAG_CONFIG));
  });

  it('adds the fuel surcharge', async () => {
    const price = await new QuoteService().quote({ accountId: 'acc-1', weightGrams: 900, country: 'NL' });
    expect(price).toBeCloseTo(4.28, 2);
  });

  it('reads the quote cache flag once', async () => {
    const spy = vi.spyOn(features, 'getBooleanValue');
    await new QuoteService().isQuoteCacheOn({ targetingKey: 'acc-2' });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await features.getBooleanValue('prc-quote-cache', false)).toBe(false);
  });
});

// Corpus: blind4 / orders-api: unit tests of PricingService with a mocked OpenFeature client.
// Source: vitest (vi.fn, mockResolvedValue), @openfeature/server-sdk (InMemoryProvider).
import { describe, expect, it, vi } from 'vitest';
import { InMemoryProvider, OpenFeature } from '@openfeature/server-sdk';
import { PricingService } from '../src/services/PricingService';

describe('PricingService', () => {
  it('rounds to the configured cents', async () => {
    await OpenFeature.setProviderAndWait(
      'pricing',
      new InMemoryProvider({
        'ord-tax-inclusive-prices': { variants: { on: true, off: false }, defaultVariant: 'on', disabled: false },
      }),
    );
    const fallback = { getNumberValue: vi.fn().mockResolvedValue(5) };
    const service = new PricingService(fallback as never);
    expect(await service.quote({ items: [{ price: 10, qty: 1 }] } as never, { userId: 'u1' })).toBe(10);
    expect(fallback.getNumberValue).toHaveBeenCalledWith('ord-round-to-cents', 1);
  });
});

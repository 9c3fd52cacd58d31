// Corpus: blind4 / orders-api: pricing, with SDK clients held in class fields.
// Source: unleash-client (initialize, isEnabled(name, context, fallback), getVariant), @openfeature/server-sdk (OpenFeature.getClient).
import { initialize, type Unleash, type Context } from 'unleash-client';
import { OpenFeature, type Client } from '@openfeature/server-sdk';
import type { Cart } from '../types';

export class PricingService {
  private readonly unleash: Unleash = initialize({ url: process.env.UNLEASH_URL!, appName: 'orders-api' });
  #features: Client = OpenFeature.getClient('pricing');
  private fallback?: Client;

  constructor(fallback?: Client) {
    this.fallback = fallback;
  }

  async quote(cart: Cart, ctx: Context): Promise<number> {
    const bulk = this.unleash.isEnabled('ord.bulk-discount', ctx, () => false);
    // const legacy = this.unleash.isEnabled('ord.legacy-pricing', ctx);
    const variant = this.unleash.getVariant('ord.discount-ladder', ctx);
    const taxInclusive = await this.#features.getBooleanValue('ord-tax-inclusive-prices', false, { targetingKey: ctx.userId });
    const roundTo = await this.fallback?.getNumberValue('ord-round-to-cents', 1);
    const surcharges = await this.#features.getObjectValue(
      'ord-surcharge-table',
      [{ region: 'EU', percent: 0 }],
    );

    let total = cart.items.reduce((sum, item) => sum + item.price * item.qty, 0);
    if (bulk && cart.items.length >= 10) total *= variant.enabled ? Number(variant.payload?.value ?? 0.95) : 0.95;
    if (!taxInclusive) total += total * (Array.isArray(surcharges) ? 0.01 * surcharges.length : 0);
    return Math.round(total / (roundTo ?? 1)) * (roundTo ?? 1);
  }

  isEnabled(name: string, ctx: Context): boolean {
    return this.unleash.isEnabled(name, ctx);
  }
}

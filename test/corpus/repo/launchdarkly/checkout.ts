// Corpus: LaunchDarkly Node.js server SDK.
// Source: @launchdarkly/node-server-sdk, LDClient in dist/api/LDClient.d.ts of
// @launchdarkly/js-server-sdk-common: variation(key, context, defaultValue), boolVariation,
// jsonVariation, stringVariationDetail (key first, context second, default third).
import * as ld from '@launchdarkly/node-server-sdk';
import type { Market } from './market';

const client = ld.init(process.env.LD_SDK_KEY ?? '');

export async function checkoutFlow(context: ld.LDContext, market: Market) {
  const useV2 = await client.boolVariation('checkout-v2', context, false);
  const prices = await client.jsonVariation(`${market.code}-prices`, context, {});
  const detail = await client.stringVariationDetail(
    'payment-provider',
    context,
    'stripe',
  );
  const cart = await client.variation('classic-cart', context, false);
  // const legacy = await client.variation('legacy-search', context, false);
  const next = await client.boolVariation('checkout-v3', context, false);
  return { useV2, prices, provider: detail.value, cart, next };
}

// Corpus: a checkout service as a team writes it (Node, TypeScript).
// Source: @launchdarkly/node-server-sdk (init(sdkKey): LDClient; LDClient.variation(key, context,
// defaultValue): Promise<LDFlagValue>, boolVariation, stringVariation, variationDetail(...):
// Promise<LDEvaluationDetail> with { value, reason }); @openfeature/server-sdk
// (OpenFeature.getClient( domain?), Client.getBooleanValue(flagKey, defaultValue, context?),
// getBooleanDetails, getStringValue, getNumberValue, getObjectValue<T>).
// Also: LaunchDarkly server SDK and OpenFeature, keys in constant objects and enums, await and then
// chains, a template literal key.
import * as ld from '@launchdarkly/node-server-sdk';
import { OpenFeature } from '@openfeature/server-sdk';
import { catalog, logger, LogLevel } from './platform';

const FLAGS = {
  NEW_FLOW: 'checkout-new-flow',
  EXPRESS_PAY: 'checkout-express-pay',
} as const;

enum PricingFlag {
  Surge = 'pricing-surge',
}

const ldClient = ld.init(process.env.LD_SDK_KEY ?? '');
const features = OpenFeature.getClient('checkout');

export async function startCheckout(user: { key: string; country: string }, sku: string) {
  await ldClient.waitForInitialization({ timeout: 5 });
  const context = { kind: 'user', key: user.key, country: user.country };
  const newFlow = await ldClient.variation(FLAGS.NEW_FLOW, context, false);
  const express = await ldClient.boolVariation(
    FLAGS.EXPRESS_PAY, // mobile only for now
    context,
    false,
  );
  const surge = await ldClient.variation(PricingFlag.Surge, context, 1);
  const { value: banner, reason } = await ldClient.variationDetail(
    `checkout-banner-copy`,
    context,
    'default',
  );
  ldClient
    .variation('checkout-address-autocomplete', context, false)
    .then((enabled) => enabled && logger.debug('prefetching addresses'))
    .catch(() => undefined);
  const giftWrap = await features.getBooleanValue('checkout-gift-wrap', false, { targetingKey: user.key });
  const details = await features.getBooleanDetails(
    'checkout-split-payments',
    false,
    { targetingKey: user.key, country: user.country },
  );
  const tier = await features.getStringValue(`checkout-tier`, 'basic');
  const limits = await features.getObjectValue<{ max: number }>('checkout-limits', { max: 10 });
  const retries = await OpenFeature.getClient().getNumberValue('checkout-retry-count', 3);
  const tax = await ldClient.stringVariation(`checkout-${user.country}-tax`, context, 'none');
  const shipping = await ldClient.variation('checkout-shipping-' + user.country, context, 'standard');

  // Look-alikes: the same method names on objects that are not SDK clients.
  if (logger.isEnabled(LogLevel.Debug)) logger.debug('checkout-new-flow evaluated', newFlow);
  const variant = catalog.getVariant(sku);
  const size = catalog.variation('size-xl');
  return { newFlow, express, surge, banner, reason, giftWrap, details, tier, limits, retries, tax, shipping, variant, size };
}

// Corpus: LaunchDarkly Node server SDK and JS client SDK, all-flags objects and other call spellings.
// Source: @launchdarkly/js-server-sdk-common LDFlagsState (getFlagValue(key), allValues(): LDFlagSet),
// launchdarkly-js-client-sdk LDClient.allFlags(): LDFlagSet, docs.launchdarkly.com/sdk/features/all-flags.
import * as ld from '@launchdarkly/node-server-sdk';
import type { LDClient as BrowserClient } from 'launchdarkly-js-client-sdk';

const ldClient = ld.init(process.env.LD_SDK_KEY ?? '');

export async function bootstrapFor(context: ld.LDContext) {
  const state = await ldClient.allFlagsState(context, { clientSideOnly: true });
  return {
    sandbox: state.allValues()['billing-sandbox'] === true,
    retries: state.getFlagValue('billing-retry-count') ?? 3,
    bootstrap: state.toJSON(),
  };
}

export function cacheSettings(browser: BrowserClient) {
  const ttl = browser.allFlags()['cache-ttl-seconds'] ?? 60;
  return { ttl, maxItems: browser.allFlags().cartMaxItems };
}

// A helper that looks the method up by name, as some wrappers do.
export async function evaluate(context: ld.LDContext) {
  const cta = await ldClient['variation']('checkout-cta', context, 'Buy now');
  const copy = await ldClient.variation.call(ldClient, 'checkout-copy', context, '');
  const evaluateFlag = ldClient.variation.bind(ldClient);
  const flow = await evaluateFlag('checkout-flow', context, 'classic');
  return { cta, copy, flow };
}

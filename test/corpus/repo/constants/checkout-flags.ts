// Corpus: flag keys held in constants of the same file (LaunchDarkly Node server SDK).
// Source: @launchdarkly/node-server-sdk, LDClient.variation(key: string, context: LDContext, defaultValue: any): Promise<any> (docs.launchdarkly.com/sdk/server-side/node-js#evaluating-flags).
import * as ld from '@launchdarkly/node-server-sdk';
import { SHARED_FLAG } from '../negatives/shared-keys';

const CHECKOUT_FLAG = 'checkout-v2';

export const Flags = {
  BULK_EDIT: 'bulk-edit',
  CACHE: 'cache-v2',
} as const;

export enum FeatureKeys {
  Chat = 'chat-widget',
  Export = 'account-export',
}

let experiment = 'checkout-flow';
if (process.env.NODE_ENV === 'test') experiment = 'checkout-flow-test';

export async function checkoutSettings(client: ld.LDClient, context: ld.LDContext) {
  const checkout = await client.variation(CHECKOUT_FLAG, context, false);
  const bulkEdit = await client.variation(
    Flags.BULK_EDIT,
    context,
    false,
  );
  const cache = await client.variation(Flags.CACHE, context, false);
  const chat = await client.variation(FeatureKeys.Chat, context, false);
  const exportOn = await client.boolVariation(FeatureKeys.Export, context, false);
  const variant = await client.variation(experiment, context, 'control');
  const shared = await client.variation(SHARED_FLAG, context, false);
  return { checkout, bulkEdit, cache, chat, exportOn, variant, shared };
}

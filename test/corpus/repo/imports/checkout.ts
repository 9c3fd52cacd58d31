// Corpus: LaunchDarkly Node server SDK calls whose keys are constants imported from keys/flags.ts.
// Source: @launchdarkly/node-server-sdk, LDClient.variation(key, context, defaultValue) and boolVariation (docs.launchdarkly.com/sdk/server-side/node-js#evaluating-flags).
import * as ld from '@launchdarkly/node-server-sdk';
import { FLAGS, SANDBOX as SANDBOX_FLAG, Flags, rolloutKey } from './keys/flags';
import * as keys from './keys/flags';
import { MISSING_FLAG } from './keys/flags';
import { ESCAPED } from '../../../../../../../etc/flags';

const client = ld.init(process.env.LD_SDK_KEY ?? '');

export async function renderCheckout(context: ld.LDContext): Promise<Record<string, unknown>> {
  await client.waitForInitialization({ timeout: 10 });
  const portal = await client.variation(FLAGS.NEW_PORTAL, context, false);
  const bulkEdit = await client.boolVariation(
    FLAGS.BULK_EDIT,
    context,
    false,
  );
  const sandbox = await client.variation(SANDBOX_FLAG, context, false);
  const beta = await client.boolVariation(Flags.Beta, context, false);
  const viaNamespace = await client.variation(keys.SANDBOX, context, false);
  const nested = await client.boolVariation(keys.FLAGS.BULK_EDIT, context, false);
  const rollout = await client.variation(rolloutKey, context, false);
  const missing = await client.variation(MISSING_FLAG, context, false);
  const escaped = await client.variation(ESCAPED, context, false);
  return { portal, bulkEdit, sandbox, beta, viaNamespace, nested, rollout, missing, escaped };
}

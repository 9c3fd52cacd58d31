// Corpus: blind4 / orders-api: the nightly reconciliation job (PostHog node, ConfigCat node, DevCycle node).
// Source: posthog-node (isFeatureEnabled(key, distinctId), getFeatureFlag, getFeatureFlagPayload), configcat-node (getValueAsync), @devcycle/nodejs-server-sdk (variableValue(user, key, default)).
import { PostHog } from 'posthog-node';
import * as configcat from 'configcat-node';
import { initializeDevCycle } from '@devcycle/nodejs-server-sdk';

const posthog = new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://eu.posthog.com' });
const configCat = configcat.getClient(process.env.CONFIGCAT_KEY ?? '');
const devcycle = initializeDevCycle(process.env.DEVCYCLE_SERVER_SDK_KEY ?? '');

export async function runReconciliation(merchantId: string): Promise<void> {
  const user = { user_id: merchantId };
  const strict = await posthog.isFeatureEnabled('ord-strict-reconcile', merchantId);
  const strategy = (await posthog.getFeatureFlag('ord-match-strategy', merchantId)) ?? 'exact';
  const batchSize = await configCat.getValueAsync('ordReconcileBatchSize', 500, new configcat.User(merchantId));
  const dryRun =
    (await configCat.getValueAsync(
      'ordReconcileDryRun',
      true,
    )) || process.env.NODE_ENV !== 'production';
  const window = devcycle.variableValue(user, 'ord-reconcile-window-days', 7);
  const notify = devcycle.variableValue(user, 'ord-reconcile-notify', {
    email: true,
    slack: false,
  });
  console.log({ strict, strategy, batchSize, dryRun, window, notify });
  await posthog.shutdown();
}

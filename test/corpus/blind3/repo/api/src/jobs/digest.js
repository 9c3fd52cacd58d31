// Corpus: blind3 api, a nightly job: PostHog node, ConfigCat node, DevCycle node, Flagsmith node.
// Source: posthog-node PostHog (isFeatureEnabled(key, distinctId), getFeatureFlagPayload) .d.ts; configcat-node IConfigCatClient.getValueAsync; @devcycle/nodejs-server-sdk variableValue(user, key, default); flagsmith-nodejs Flags.isFeatureEnabled/getFeatureValue.
import { PostHog } from 'posthog-node';
import * as configcat from 'configcat-node';
import { initializeDevCycle } from '@devcycle/nodejs-server-sdk';
import Flagsmith from 'flagsmith-nodejs';

const posthog = new PostHog(process.env.POSTHOG_KEY, { host: 'https://eu.posthog.com' });
const configCatClient = configcat.getClient(process.env.CONFIGCAT_KEY);
const devcycleClient = await initializeDevCycle(process.env.DEVCYCLE_SERVER_SDK_KEY).onClientInitialized();
const flagsmith = new Flagsmith({ environmentKey: process.env.FLAGSMITH_KEY });

export async function runDigest(accounts) {
  for (const account of accounts) {
    const distinctId = account.ownerId;
    if (!(await posthog.isFeatureEnabled('weekly-digest', distinctId))) continue;
    const layout = await posthog.getFeatureFlag('digest-layout', distinctId, {
      personProperties: { plan: account.plan },
    });
    const limits = await posthog.getFeatureFlagPayload(
      'digest-limits',
      distinctId,
    );
    const user = new configcat.User(account.id, account.email);
    const batchSize = await configCatClient.getValueAsync('digest-batch-size', 100, user);
    const dvcUser = { user_id: account.id, country: account.country };
    const attachPdf = devcycleClient.variableValue(dvcUser, 'digest-attach-pdf', false);
    const flags = await flagsmith.getIdentityFlags(account.id, { plan: account.plan });
    const tone = flags.getFeatureValue('digest_tone');
    if (flags.isFeatureEnabled('digest_unsubscribe_footer')) account.footer = true;
    posthog.capture({ distinctId, event: 'digest-sent', properties: { layout, batchSize, attachPdf, tone, limits } });
  }
  await posthog.shutdown();
}

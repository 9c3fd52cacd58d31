// Corpus: LaunchDarkly Node.js server SDK from CommonJS.
// Source: @launchdarkly/node-server-sdk README (init, waitForInitialization, variation) and
// LDClient.d.ts of @launchdarkly/js-server-sdk-common (variationDetail).
const LaunchDarkly = require('@launchdarkly/node-server-sdk');

const client = LaunchDarkly.init(process.env.LD_SDK_KEY);

async function sendDigest(user, flagKey) {
  const context = { kind: 'user', key: user.id };
  const weekly = await client.variation('weekly-digest', context, false);
  const variant = await client.variation(flagKey, context, 'control');
  const detail = await client.variationDetail(
    'digest-template',
    context,
    'plain',
  );
  return { weekly, variant, template: detail.value };
}

module.exports = { sendDigest };

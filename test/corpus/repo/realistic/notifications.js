// Corpus: a notifications worker (Node, CommonJS) calling Unleash's top-level functions, PostHog, Flagsmith, DevCycle and ConfigCat, with a then chain over lines and a log line naming a flag.
// Source: unleash-client (initialize(options); isEnabled(name, context?, fallback?) and
// getVariant(name, context?) exported at the top level); posthog-node (new PostHog(apiKey, options)
// .isFeatureEnabled(key, distinctId), getFeatureFlag(key, distinctId, options?)); flagsmith-nodejs
// (new Flagsmith({ environmentKey }).getIdentityFlags(identifier, traits?) -> Flags
// .isFeatureEnabled(name), getFeatureValue(name)); @devcycle/nodejs-server-sdk
// (initializeDevCycle(key) .variableValue(user, key, defaultValue)); configcat-node
// (configcat.getClient(sdkKey) .getValueAsync(key, defaultValue, user)).
const { initialize, isEnabled, getVariant } = require('unleash-client');
const { PostHog } = require('posthog-node');
const Flagsmith = require('flagsmith-nodejs');
const { initializeDevCycle } = require('@devcycle/nodejs-server-sdk');
const configcat = require('configcat-node');

initialize({ url: 'https://unleash.internal/api/', appName: 'notifications' });
const posthog = new PostHog(process.env.POSTHOG_KEY, { host: 'https://eu.i.posthog.com' });
const flagsmith = new Flagsmith({ environmentKey: process.env.FLAGSMITH_KEY });
const devcycle = initializeDevCycle(process.env.DVC_KEY);
const configCatClient = configcat.getClient(process.env.CONFIGCAT_KEY);

async function send(user, message, route) {
  const sms = isEnabled('notify-sms-fallback', { userId: user.id });
  const tone = getVariant('notify-tone', { userId: user.id });
  const digest = await posthog.isFeatureEnabled('notify-weekly-digest', user.id);
  posthog
    .getFeatureFlag('notify-channel-priority', user.id, { groups: { company: user.companyId } })
    .then((variant) => route(variant));
  const flags = await flagsmith.getIdentityFlags(user.id, { plan: user.plan });
  const quietHours = flags.isFeatureEnabled('notify_quiet_hours');
  const batchSize = flags.getFeatureValue('notify_batch_size');
  const pushV2 = await devcycle.variableValue({ user_id: user.id }, 'notify-push-v2', false);
  const template = await configCatClient.getValueAsync('notifyTemplateVersion', 1, new configcat.User(user.id));
  const perKind = await posthog.isFeatureEnabled(`notify-${message.kind}`, user.id);

  // A log line naming a flag is no reference.
  console.log('notify-weekly-digest evaluated', digest);
  return { sms, tone, quietHours, batchSize, pushV2, template, perKind };
}

module.exports = { send };

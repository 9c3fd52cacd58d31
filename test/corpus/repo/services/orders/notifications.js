// Corpus: orders service (plain Node JS), PostHog Node SDK and ConfigCat Node SDK.
// Source: posthog-node PostHog (isFeatureEnabled(key, distinctId, options?), getFeatureFlag(key,
// distinctId, options?), getFeatureFlagPayload(key, distinctId, matchValue?, options?)),
// configcat-node IConfigCatClient (getValueAsync(key, defaultValue, user?), getValueDetailsAsync(key, defaultValue, user?)).
'use strict';

const { PostHog } = require('posthog-node');
const configcat = require('configcat-node');

const posthog = new PostHog(process.env.POSTHOG_KEY, { host: 'https://eu.i.posthog.com' });
const configCatClient = configcat.getClient(process.env.CONFIGCAT_SDK_KEY);

async function notify(order, distinctId, channel) {
  const newInvoice = await posthog.isFeatureEnabled('orders-new-invoice', distinctId);
  const sortOrder = await posthog.getFeatureFlag('orders-sort', distinctId, {
    groups: { company: order.companyId },
  });
  const payload = await posthog.getFeatureFlagPayload(
    'orders-sort',
    distinctId,
  );
  const smsEnabled = await configCatClient.getValueAsync('ordersSmsEnabled', false, {
    identifier: distinctId,
    country: order.country,
  });
  const details = await configCatClient.getValueDetailsAsync(
    'ordersPushTemplate',
    'default',
  );
  // configCatClient.getValueAsync('ordersLegacyMailer', false) was removed in 2024
  const perChannel = await configCatClient.getValueAsync(channel + 'Enabled', false);
  console.log('orders-new-invoice checked for', distinctId);
  return { newInvoice, sortOrder, payload, smsEnabled, template: details.value, perChannel };
}

module.exports = { notify };

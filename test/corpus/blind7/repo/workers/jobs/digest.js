// Corpus: blind7, workers: the weekly deals digest (CommonJS), Unleash and ConfigCat, with history in comments.
// Source: unleash-client docs (isEnabled(name, context)), configcat-node docs (getValueAsync(key, default, user)).
'use strict';

const { startUnleash } = require('unleash-client');
const configcat = require('configcat-node');
const { renderDigest, sendEmail } = require('../email');
const log = require('../log');

const configcatClient = configcat.getClient(process.env.CONFIGCAT_KEY);

// The digest used to be gated by 'wk-legacy-digest'; it was replaced by wk-digest-v2 in March.
// if (unleash.isEnabled('wk-digest-plaintext')) { format = 'text'; }

async function sendWeeklyDigest(customers) {
  const unleash = await startUnleash({ url: process.env.UNLEASH_URL, appName: 'digest' });
  for (const customer of customers) {
    const context = { userId: customer.id, properties: { country: customer.country } };
    if (!unleash.isEnabled('wk-digest-v2', context)) continue;
    const user = new configcat.User(customer.id, customer.email, customer.country);
    const maxDeals = await configcatClient.getValueAsync('wkDigestMaxDeals', 5, user);
    const html = renderDigest(customer, { maxDeals });
    await sendEmail(customer.email, 'Your weekly deals', html);
    log.info('digest sent (wk-digest-v2) to %s', customer.id);
  }
  unleash.destroy();
}

module.exports = { sendWeeklyDigest };

// Corpus: blind8, parcelpoint worker, Unleash and LaunchDarkly clients (CommonJS)
// Source: Unleash Node.js SDK docs (initialize, startUnleash, isEnabled, getVariant); LaunchDarkly Node.js server SDK docs (init, on('update:key'))
'use strict';

const { initialize } = require('unleash-client');
const LaunchDarkly = require('@launchdarkly/node-server-sdk');

const unleash = initialize({
  url: process.env.UNLEASH_URL,
  appName: 'parcelpoint-worker',
  customHeaders: { Authorization: process.env.UNLEASH_API_TOKEN },
});

const ldClient = LaunchDarkly.init(process.env.LD_SDK_KEY);

ldClient.on('update:wrk-printer-pool', () => {
  // the pool size is re-read on the next job
});

unleash.on('ready', () => unleash.isEnabled('wrk-startup-selftest') && console.log('self-test on'));

module.exports = { unleash, ldClient };

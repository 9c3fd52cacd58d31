// Corpus: blind5 (issue 14), the bookings API's LaunchDarkly client, shared through module.exports.
// Source: @launchdarkly/node-server-sdk docs (init, CommonJS require).
'use strict';
const LaunchDarkly = require('@launchdarkly/node-server-sdk');

const client = LaunchDarkly.init(process.env.LD_SDK_KEY, {
  stream: process.env.FF_LD_STREAMING !== 'off',
});

function contextFor(req) {
  return { kind: 'user', key: req.user.id, country: req.user.country };
}

module.exports = { client, contextFor };

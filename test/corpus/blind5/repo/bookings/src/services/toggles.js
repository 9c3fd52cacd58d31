// Corpus: blind5 (issue 14), the Unleash Node SDK: bare imported functions, a fallback function, events.
// Source: unleash-client-node README (initialize, isEnabled, getVariant, fallback function, events).
'use strict';
const { initialize, isEnabled, getVariant } = require('unleash-client');

const unleash = initialize({
  url: process.env.UNLEASH_URL,
  appName: 'bookings',
  customHeaders: { Authorization: process.env.UNLEASH_TOKEN },
});

unleash.on('ready', () => console.log('unleash ready'));
unleash.on('changed', (toggles) => console.log(`${toggles.length} toggles changed`));

function groupBookingAllowed(userId) {
  return isEnabled('bk-group-booking', { userId });
}

function waitlistMode(userId) {
  const variant = getVariant('bk-waitlist-mode', { userId });
  return variant.enabled ? variant.payload.value : 'fifo';
}

function refundsAutomated(userId) {
  return unleash.isEnabled('bk-auto-refunds', { userId }, () => false);
}

module.exports = { groupBookingAllowed, waitlistMode, refundsAutomated };

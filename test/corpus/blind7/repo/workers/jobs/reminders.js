// Corpus: blind7, workers: check-in reminder job (CommonJS), LaunchDarkly Node server SDK and Unleash.
// Source: @launchdarkly/node-server-sdk docs (allFlagsState(context).getFlagValue, variation with a callback-free await),
// unleash-client docs (isEnabled with a fallback function).
'use strict';

const LaunchDarkly = require('@launchdarkly/node-server-sdk');
const { initialize } = require('unleash-client');
const { sendPush, sendSms } = require('../channels');
const log = require('../log');

const ldClient = LaunchDarkly.init(process.env.LD_SDK_KEY);
const unleash = initialize({ url: process.env.UNLEASH_URL, appName: 'reminders' });

const BATCH_SIZE = Number(process.env.FF_WK_REMINDER_BATCH || 500);

async function remind(bookings) {
  await ldClient.waitForInitialization({ timeout: 10 });
  for (let i = 0; i < bookings.length; i += BATCH_SIZE) {
    const batch = bookings.slice(i, i + BATCH_SIZE);
    await Promise.all(batch.map((booking) => remindOne(booking)));
  }
}

async function remindOne(booking) {
  const context = { kind: 'user', key: booking.customerId, country: booking.country };
  const state = await ldClient.allFlagsState(context);
  const channels = [];
  if (state.getFlagValue('wk-push-reminders')) channels.push('push');
  if (state.getFlagValue('wk-sms-reminders') && booking.phone) channels.push('sms');

  const hoursBefore = await ldClient.variation('wk-reminder-hours-before', context, 24);
  const smsProvider = unleash.getVariant('wk-sms-provider', { userId: booking.customerId });
  const quiet = unleash.isEnabled('wk-quiet-hours', { userId: booking.customerId }, () => true);

  log.info('reminding %s via %j (wk-quiet-hours=%s)', booking.id, channels, quiet);
  for (const channel of channels) {
    if (channel === 'push') await sendPush(booking, { hoursBefore, quiet });
    else await sendSms(booking, { provider: smsProvider.name, quiet });
  }
}

module.exports = { remind };

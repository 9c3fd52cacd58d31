// Corpus: blind5 (issue 14), ConfigCat (async and callback forms) and the DevCycle Node SDK.
// Source: configcat-node docs (getClient, getValueAsync, getValue with a callback); @devcycle/nodejs-server-sdk (variableValue, variable).
'use strict';
const configcat = require('configcat-node');
const { initializeDevCycle } = require('@devcycle/nodejs-server-sdk');

const configCatClient = configcat.getClient(process.env.CONFIGCAT_SDK_KEY, configcat.PollingMode.AutoPoll);

async function loyaltyFor(user) {
  const devcycleClient = await initializeDevCycle(process.env.DEVCYCLE_SERVER_KEY).onClientInitialized();
  const groupBookings = await configCatClient.getValueAsync('bkGroupDiscounts', false, new configcat.User(user.id));
  configCatClient.getValue('bkWaitlistEmails', false, (value) => {
    if (value) user.notify('waitlist');
  });
  const tiers = devcycleClient.variableValue({ user_id: user.id }, 'bk-loyalty-tiers', false);
  const banner = devcycleClient.variable({ user_id: user.id }, 'bk-fee-banner', 'none').value;
  const everything = devcycleClient.allVariables({ user_id: user.id });
  return { groupBookings, tiers, banner, count: Object.keys(everything).length };
}

module.exports = { loyaltyFor };

// Corpus: blind8, parcelpoint worker, nightly reconciliation
// Source: DevCycle Node.js server SDK docs (initializeDevCycle, variableValue(user, key, default), variable); ConfigCat Node.js SDK docs (getClient, getValueAsync)
'use strict';

const { initializeDevCycle } = require('@devcycle/nodejs-server-sdk');
const configcat = require('configcat-node');

const devcycleClient = initializeDevCycle(process.env.DVC_SERVER_KEY);
const configCatClient = configcat.getClient(process.env.CONFIGCAT_SDK_KEY);

async function reconcile(run) {
  await devcycleClient.onClientInitialized();
  const user = { user_id: `run-${run.id}`, customData: { region: run.region } };

  const windowDays = devcycleClient.variableValue(user, 'wrk-reconcile-window', 30);
  const strict = devcycleClient.variable(user, 'wrk-strict-matching', false).value;
  const dryRun = process.env['FF_WRK_DRY_RUN'] === '1';

  const chunkSize = await configCatClient.getValueAsync(
    'wrkReconcileChunkSize',
    500,
    new configcat.User(run.region),
  );

  return { windowDays, strict, dryRun, chunkSize };
}

module.exports = { reconcile };

// Corpus: blind3 api, CommonJS notifications module: Statsig node and Split node.
// Source: statsig-node index.d.ts (checkGate(user, gateName), getExperiment(user, name), getConfig); @splitsoftware/splitio types (getTreatment(key, splitName), getTreatments(key, names)).
'use strict';

const statsig = require('statsig-node');
const { SplitFactory } = require('@splitsoftware/splitio');

const factory = SplitFactory({ core: { authorizationKey: process.env.SPLIT_API_KEY } });
const splitClient = factory.client();

async function userFor(req) {
  return { userID: req.user.id, email: req.user.email, custom: { plan: req.user.plan } };
}

async function sendDigest(req, mailer) {
  if (!(await statsig.checkGate(await userFor(req), 'digest-emails'))) return;
  const experiment = await statsig.getExperiment(
    await userFor(req),
    'digest-subject-lines',
  );
  const throttle = statsig.getConfig(await userFor(req), 'digest-throttle');
  await mailer.send({ subject: experiment.get('subject', 'Your week'), throttle: throttle.value });
}

function channelTreatments(userId) {
  const treatments = splitClient.getTreatments(userId, [
    'push-notifications',
    'sms-fallback',
  ]);
  return {
    push: treatments['push-notifications'] === 'on',
    sms: treatments['sms-fallback'] === 'on',
  };
}

function quietHours(userId) {
  const treatment = splitClient.getTreatment(userId, 'quiet-hours');
  // A Split treatment named like a flag, compared: a string, not a reference.
  return treatment === 'quiet-hours-strict';
}

module.exports = { sendDigest, channelTreatments, quietHours };

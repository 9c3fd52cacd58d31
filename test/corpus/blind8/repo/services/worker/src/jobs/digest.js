// Corpus: blind8, parcelpoint worker, weekly shipper digest
// Source: statsig-node docs (Statsig.initialize, checkGate(user, gate), getConfig(user, config), getExperiment); PostHog Node docs (isFeatureEnabled(key, distinctId))
'use strict';

const Statsig = require('statsig-node');
const { PostHog } = require('posthog-node');

const posthog = new PostHog(process.env.POSTHOG_KEY);

async function buildDigest(shipper) {
  await Statsig.initialize(process.env.STATSIG_SERVER_SECRET);
  const user = { userID: shipper.id, custom: { plan: shipper.plan } };

  const includeCo2 = await Statsig.checkGate(user, 'wrk_digest_co2');
  const sections = (await Statsig.getConfig(user, 'wrk_digest_sections')).get('order', ['volume', 'returns']);
  const subject = (await Statsig.getExperiment(user, 'wrk_digest_subject')).get('subject', 'Your week at parcelpoint');
  const charts = await posthog.isFeatureEnabled('wrk-digest-charts', shipper.id);

  // wrk_digest_co2: the CO2 section needs the emissions export to have run first
  return { includeCo2, sections, subject, charts };
}

module.exports = { buildDigest };

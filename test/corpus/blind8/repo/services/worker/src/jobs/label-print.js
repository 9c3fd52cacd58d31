// Corpus: blind8, parcelpoint worker, label printing job
// Source: Unleash Node.js SDK docs (bare isEnabled / getVariant after initialize, context with properties); BullMQ docs (Worker)
'use strict';

const { Worker } = require('bullmq');
const { isEnabled, getVariant } = require('unleash-client');
const { ldClient } = require('../unleash');
const logger = require('../logger');

async function printLabel(job) {
  const { site, parcelId, carrier } = job.data;
  const context = { userId: parcelId, properties: { site, carrier } };

  const batching = isEnabled(
    'wrk-label-batching',
    context,
  );
  const format = getVariant('wrk-label-format', context);
  // const legacy = isEnabled('wrk-legacy-zpl', context);
  const sitePrinter = isEnabled(`wrk-printer-${site}`, context);
  const pool = await ldClient.variation('wrk-printer-pool', { kind: 'service', key: site }, 4);

  logger.info('wrk-label-batching=%s format=%s', batching, format.name);
  if (!sitePrinter) {
    logger.warn('site printer disabled, using the pool of %d', pool);
  }
  return { batched: batching, zpl: format.payload ? format.payload.value : null };
}

module.exports = new Worker('labels', printLabel, { connection: { host: process.env.REDIS_HOST } });

// Corpus: blind4 / orders-api: logging and caching helpers whose calls look like flag reads.
// Source: pino (child, info), node-cache (get), lodash (get), Express (req.get).
const pino = require('pino');
const NodeCache = require('node-cache');
const get = require('lodash/get');

const logger = pino({ level: process.env.LOG_LEVEL || 'info' });
const cache = new NodeCache({ stdTTL: 60 });

function isEnabledFor(level) {
  return logger.isLevelEnabled(level);
}

function logFlagChange(req) {
  logger.info({ flag: 'ord-self-cancel', header: req.get('x-flag-override') }, 'ord-page-size changed');
  const cached = cache.get('ord-invoice-renderer');
  return get(req, 'flags.ord-show-returns', cached);
}

module.exports = { logger, isEnabledFor, logFlagChange };

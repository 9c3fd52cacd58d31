// Corpus: blind4 / orders-api: the orders router (CommonJS), reading the per-request flag snapshot.
// Source: @launchdarkly/node-server-sdk (LDFlagsState.getFlagValue; LDClient.variation returns a Promise).
const express = require('express');
const { requireFlag } = require('../middleware/flags');
const { listOrders, cancelOrder } = require('../services/orders-store');

const router = express.Router();

router.get('/', async (req, res) => {
  const pageSize = req.flags.getFlagValue('ord-page-size') || 20;
  const showReturns = req.flags.getFlagValue('ord-show-returns') === true;
  const orders = await listOrders(req.user.id, { pageSize, includeReturns: showReturns });
  res.json(orders);
});

router.post('/:id/cancel', requireFlag('ord-self-cancel'), async (req, res) => {
  const grace = await req.ld.variation('ord-cancel-grace-minutes', req.ldContext, 30);
  const refundNow = req.user.vip && (await req.ld.boolVariation('ord-instant-refund-vip', req.ldContext, false));
  res.json(await cancelOrder(req.params.id, { grace, refundNow }));
});

router.get('/:id/invoice', (req, res, next) => {
  req.ld
    .variation('ord-invoice-renderer', req.ldContext, 'pdfkit')
    .then((renderer) => res.type('pdf').send(renderer))
    .catch(next);
});

module.exports = router;

// Corpus: blind5 (issue 14), Express routes using the shared client under a renamed import.
// Source: @launchdarkly/node-server-sdk docs (variation with a callback, promises, boolVariation, variationDetail).
'use strict';
const express = require('express');
const { client: ld, contextFor } = require('../flags/client');

const router = express.Router();

router.post('/reservations', async (req, res, next) => {
  try {
    const context = contextFor(req);
    const hold = await ld.variation('bk-hold-seats', context, false);
    ld.variation('bk-overbooking-guard', context, false, (err, guard) => {
      if (err) req.log.warn({ err }, 'flag evaluation failed');
      res.locals.guard = guard;
    });
    const priority = await ld.boolVariation('bk-priority-queue', context, false);
    res.status(201).json({ hold, priority });
  } catch (error) {
    next(error);
  }
});

router.get('/reservations/:id', (req, res) => {
  ld.variationDetail('bk-receipt-layout', contextFor(req), 'classic')
    .then((detail) => res.json({ id: req.params.id, layout: detail.value, reason: detail.reason.kind }))
    .catch(() => res.json({ id: req.params.id, layout: 'classic' }));
});

module.exports = router;

// Corpus: blind / api shipping routes (Split Node.js SDK)
// Source: @splitsoftware/splitio IClient.getTreatment(key, featureFlagName, attributes) / getTreatments / getTreatmentWithConfig / getTreatmentsByFlagSet (types/splitio.d.ts)
import { SplitFactory } from '@splitsoftware/splitio';
import { Router } from 'express';

const factory = SplitFactory({ core: { authorizationKey: process.env.SPLIT_SDK_KEY ?? 'localhost' } });
const splitClient = factory.client();

export const shippingRouter = Router();

shippingRouter.get('/quote/:accountId', async (req, res) => {
  await splitClient.ready();
  const key = { matchingKey: req.params.accountId, bucketingKey: req.sessionID };

  const carrierTreatment = splitClient.getTreatment(key, 'shipping_carrier_selection', { country: req.query.country });
  const options = splitClient.getTreatments(key, ['shipping_same_day', 'shipping_locker_pickup']);
  const boxing = splitClient.getTreatmentWithConfig(
    key,
    'shipping_box_optimizer',
  );
  const checkoutSet = splitClient.getTreatmentsByFlagSet(key, 'checkout_flags');

  const methods = ['standard'];
  if (options.shipping_same_day === 'on') methods.push('same-day');
  if (options['shipping_locker_pickup'] === 'on') methods.push('locker');
  splitClient.track(req.params.accountId, 'account', 'quote_requested', methods.length);

  res.json({ carrier: carrierTreatment, methods, boxConfig: boxing.config, flagSetSize: Object.keys(checkoutSet).length });
});

// Corpus: blind5 (issue 14), the Split Node SDK: the key first, a flag set (not a flag), a treatments result.
// Source: @splitsoftware/splitio docs (SplitFactory, getTreatment, getTreatmentWithConfig, getTreatments, getTreatmentsByFlagSet).
'use strict';
const { SplitFactory } = require('@splitsoftware/splitio');

const factory = SplitFactory({ core: { authorizationKey: process.env.SPLIT_SDK_KEY } });
const client = factory.client();

async function feesFor(userId, attributes) {
  await client.ready();
  const dynamicFees = client.getTreatment(userId, 'bk_dynamic_fees', attributes);
  const { treatment, config } = client.getTreatmentWithConfig(userId, 'bk_fee_table', attributes);
  const table = treatment === 'on' && config ? JSON.parse(config) : {};
  const bySet = client.getTreatmentsByFlagSet(userId, 'checkout_fees');
  const t = client.getTreatments(userId, ['bk_service_fee', 'bk_card_surcharge']);
  const service = t.bk_service_fee === 'on' ? 2.5 : 0;
  const surcharge = t['bk_card_surcharge'] === 'on' ? 1.2 : 0;
  return { dynamicFees, table, bySet, service, surcharge };
}

module.exports = { feesFor };

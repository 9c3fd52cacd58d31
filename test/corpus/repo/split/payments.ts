// Corpus: Split (Harness FME) Node.js SDK.
// Source: @splitsoftware/splitio, types/splitio.d.ts: IClient.getTreatment(key, featureFlagName,
// attributes?), getTreatments(key, featureFlagNames, attributes?) returning Treatments (an object
// keyed by feature flag name), getTreatmentWithConfig(key, featureFlagName).
import { SplitFactory } from '@splitsoftware/splitio';

const factory = SplitFactory({ core: { authorizationKey: 'server-key' } });
const client = factory.client();

export function paymentOptions(customerId: string, splitName: string) {
  const t = client.getTreatments(customerId, ['pay_later', 'one_click_checkout']);
  const options: string[] = [];
  if (t.pay_later === 'on') {
    options.push('pay-later');
  }
  if (t.one_click_checkout === 'on') {
    options.push('one-click');
  }
  const shipping = client.getTreatment(customerId, 'old_shipping');
  const returns = client.getTreatment(
    customerId,
    'free_returns',
  );
  const custom = client.getTreatment(customerId, splitName);
  const config = client.getTreatmentWithConfig(customerId, 'checkout_banner');
  return { options, shipping, returns, custom, banner: config.config };
}

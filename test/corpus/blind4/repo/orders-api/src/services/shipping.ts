// Corpus: blind4 / orders-api: carrier selection, Split's Node SDK (key first, feature name second).
// Source: @splitsoftware/splitio (SplitIO.IClient: getTreatment(key, splitName), getTreatments(key, names), getTreatmentWithConfig).
import { SplitFactory } from '@splitsoftware/splitio';

const factory = SplitFactory({ core: { authorizationKey: process.env.SPLIT_KEY ?? 'localhost' } });
const split = factory.client();

export async function chooseCarrier(accountId: string, weightKg: number): Promise<string> {
  await split.ready();
  const carrier = split.getTreatment(accountId, 'ord_carrier_selection');
  const { treatment: insurance, config } = split.getTreatmentWithConfig(
    accountId,
    'ord_parcel_insurance',
    { weightKg },
  );
  const treatments = split.getTreatments(accountId, ['ord_locker_delivery', 'ord_green_shipping']);
  if (treatments.ord_locker_delivery === 'on' && weightKg < 5) return 'locker';
  if (treatments['ord_green_shipping'] === 'on') return 'bike-courier';
  return insurance === 'on' && config ? `${carrier}+insured` : carrier;
}

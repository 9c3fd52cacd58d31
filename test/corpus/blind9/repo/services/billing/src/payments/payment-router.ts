// Corpus: blind9, brightgrid billing service, payment routing
// Source: configcat-node typings (getClient, IConfigCatClient.getValueAsync(key, default, user), getValueDetailsAsync), @growthbook/growthbook (GrowthBookClient.isOn(key, userContext), getFeatureValue), statsig-node (Statsig.getExperiment(user, name))
import * as configcat from 'configcat-node';
import { GrowthBookClient } from '@growthbook/growthbook';
import Statsig from 'statsig-node';

const configCatClient = configcat.getClient(process.env.CONFIGCAT_SDK_KEY!, configcat.PollingMode.AutoPoll);
const gbClient = new GrowthBookClient({ clientKey: process.env.GROWTHBOOK_CLIENT_KEY!, apiHost: 'https://cdn.growthbook.io' });

export type PaymentRoute = 'direct-debit' | 'card' | 'open-banking';

export async function choosePaymentRoute(accountId: string, amountPence: number): Promise<PaymentRoute> {
  const user = new configcat.User(accountId, undefined, 'GB', { band: amountPence > 50_000 ? 'high' : 'normal' });
  const openBanking = await configCatClient.getValueAsync(
    'bilOpenBanking',
    false,
    user,
  );
  const cardLimitDetails = await configCatClient.getValueDetailsAsync('bilCardLimitPence', 25_000, user);

  const userContext = { attributes: { id: accountId, amountPence } };
  const retrySmart = gbClient.isOn('bil-smart-retry', userContext);
  const retryDays = gbClient.getFeatureValue('bil-retry-days', 3, userContext);

  const experiment = await Statsig.getExperiment({ userID: accountId }, 'bil_checkout_copy');
  const copy = experiment.get('headline', 'Pay your bill');

  if (openBanking && amountPence > 10_000) return 'open-banking';
  if (amountPence <= cardLimitDetails.value) return retrySmart && retryDays > 2 ? 'card' : 'direct-debit';
  console.debug('route copy', copy);
  return 'direct-debit';
}

// Corpus: blind8, parcelpoint pricing service, volume discounts
// Source: Flagsmith Node.js SDK docs (getIdentityFlags, isFeatureEnabled, getFeatureValue); Statsig node-core docs (Statsig, getFeatureGate, getDynamicConfig, getExperiment, getLayer)
import Flagsmith from 'flagsmith-nodejs';
import { Statsig, StatsigUser } from '@statsig/statsig-node-core';

const flagsmith = new Flagsmith({ environmentKey: process.env.FLAGSMITH_SERVER_KEY ?? '' });
const statsig = new Statsig(process.env.STATSIG_SERVER_KEY ?? '');

export async function discountFor(accountId: string, plan: string, monthlyParcels: number): Promise<number> {
  const flags = await flagsmith.getIdentityFlags(accountId, { plan, monthly_parcels: monthlyParcels });
  if (!flags.isFeatureEnabled('prc_volume_discount')) return 0;
  const cap = Number(flags.getFeatureValue('prc_discount_cap') ?? 15);

  const user = new StatsigUser({ userID: accountId, custom: { plan } });
  const loyalty = statsig.getFeatureGate(user, 'prc_loyalty_tier');
  const bands = statsig.getDynamicConfig(
    user,
    'prc_discount_bands',
  );
  const copy = statsig.getExperiment(user, 'prc_discount_copy').getValue('headline', 'Volume discount');
  const layer = statsig.getLayer(user, 'prc_checkout_layer');

  const steps = bands.getValue('steps', [100, 500, 2000]) as number[];
  const step = steps.filter((s) => monthlyParcels >= s).length;
  const base = Math.min(cap, step * 5 + (loyalty.value ? 2 : 0));
  void copy;
  return layer.getValue('discount_multiplier', 1) === 1 ? base : base * 1.1;
}

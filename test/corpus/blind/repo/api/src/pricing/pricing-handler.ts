// Corpus: blind / api pricing handler (Statsig: statsig-node and @statsig/statsig-node-core)
// Source: statsig-node checkGate(user, gateName) / getConfig(user, configName) / getExperiment / getLayer (docs.statsig.com/server/nodejsServerSDK); @statsig/statsig-node-core Statsig.getDynamicConfig / getFeatureGate (docs.statsig.com/server-core/node-core)
import statsig, { type StatsigUser } from 'statsig-node';
import { Statsig as StatsigCore, StatsigUser as CoreUser } from '@statsig/statsig-node-core';
import type { Request, Response } from 'express';

const core = new StatsigCore(process.env.STATSIG_SERVER_KEY ?? '');

export async function getPrice(req: Request, res: Response): Promise<void> {
  const user: StatsigUser = { userID: req.params.userId, country: req.header('cf-ipcountry') ?? undefined };

  const surgePricing = await statsig.checkGate(user, 'surge_pricing');
  const priceConfig = await statsig.getConfig(user, 'price_rounding');
  const bundleExperiment = await statsig.getExperiment(
    user,
    'bundle_discount_test',
  );
  const layer = await statsig.getLayer(user, 'checkout_upsell_layer');

  const rounding = priceConfig.getValue('mode', 'nearest');
  const bundlePct = bundleExperiment.get('discount_pct', 0);
  const upsellCopy = layer.get('copy', '');

  const coreUser = new CoreUser({ userID: req.params.userId });
  const currencyConfig = core.getDynamicConfig(coreUser, 'currency_display');
  const taxGate = core.getFeatureGate(coreUser, 'tax_inclusive_prices');

  res.json({
    surge: surgePricing,
    rounding,
    bundlePct,
    upsellCopy,
    currency: currencyConfig.get('symbol_position', 'before'),
    taxInclusive: taxGate.value,
  });
}

// Corpus: Statsig legacy Node server SDK (statsig-node).
// Source: statsig-io/node-js-server-sdk docs/README: statsig.checkGate(user, gateName),
// getConfig(user, configName), getExperiment(user, experimentName), each with the user first.
import Statsig, { type StatsigUser } from 'statsig-node';

export async function checkoutConfig(user: StatsigUser, gateName: string) {
  const enabled = await Statsig.checkGate(user, 'one_page_checkout');
  const config = await Statsig.getConfig(user, 'checkout_config');
  const experiment = await Statsig.getExperiment(
    user,
    'checkout_button_color',
  );
  const custom = await Statsig.checkGate(user, gateName);
  const legacy = Statsig.checkGateSync(user, 'legacy_gate');
  return { enabled, config, experiment, custom, legacy };
}

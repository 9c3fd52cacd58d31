// Corpus: blind7, web app: flags read outside React: the Statsig JS client, DevCycle JS, ConfigCat JS snapshots,
// Source: @statsig/js-client (checkGate, getFeatureGate, getExperiment, getLayer, getDynamicConfig, logEvent),
// @devcycle/js-client-sdk (variable(key, default).onUpdate, variableValue, allVariables), configcat-js (snapshot().getValue,
// getValueDetailsAsync), unleash-proxy-client (isEnabled, getVariant), flagsmith (getValue with { json, fallback }, hasFeature).
// the Unleash proxy client and Flagsmith JS options.
import { StatsigClient } from '@statsig/js-client';
import { initializeDevCycle } from '@devcycle/js-client-sdk';
import * as configcat from 'configcat-js';
import { UnleashClient } from 'unleash-proxy-client';
import flagsmith from 'flagsmith';

export const statsigClient = new StatsigClient(import.meta.env.VITE_STATSIG_KEY, { userID: 'anonymous' });
const devcycleClient = initializeDevCycle(import.meta.env.VITE_DEVCYCLE_KEY, { user_id: 'anonymous', isAnonymous: true });
const configCatClient = configcat.getClient(import.meta.env.VITE_CONFIGCAT_KEY, configcat.PollingMode.AutoPoll);
const unleash = new UnleashClient({ url: '/proxy', clientKey: 'proxy-key', appName: 'web' });

export async function pageChrome(): Promise<Record<string, unknown>> {
  await statsigClient.initializeAsync();
  const header = statsigClient.getFeatureGate('web_header_v3');
  const footer = statsigClient.getLayer('web_footer_layer').get('links', [] as string[]);
  const nav = statsigClient.getExperiment('web_nav_experiment').get('items', 5);
  const theme = statsigClient.getDynamicConfig('web_theme_tokens').value;
  statsigClient.logEvent('web_chrome_rendered', 'v3');
  return { header: header.value, footer, nav, theme, darkMode: statsigClient.checkGate('web_dark_mode') };
}

export function watchBanner(render: (banner: string) => void): void {
  const bannerVariable = devcycleClient.variable('web-banner-copy', 'Welcome back');
  render(bannerVariable.value);
  bannerVariable.onUpdate((value) => render(value));
  const limit = devcycleClient.variableValue('web-recent-searches-limit', 5);
  const all = devcycleClient.allVariables();
  if (all['web-legacy-header']?.value === true) document.body.classList.add('legacy-header');
  console.debug('recent searches limit', limit);
}

export async function promoStrip(userId: string): Promise<{ strip: boolean; links: string }> {
  await configCatClient.waitForReady();
  const snapshot = configCatClient.snapshot();
  const strip = snapshot.getValue('webPromoStrip', false);
  const details = await configCatClient.getValueDetailsAsync('webFooterLinks', '', new configcat.User(userId));
  return { strip, links: details.value };
}

export async function unleashChrome(): Promise<{ search: boolean; color: string }> {
  await unleash.start();
  const search = unleash.isEnabled('web-omnisearch');
  const color = unleash.getVariant('web-accent-color').payload?.value ?? 'teal';
  return { search, color };
}

export function flagsmithTheme(): { theme: Record<string, string>; status: boolean } {
  const theme = flagsmith.getValue('web_theme', { json: true, fallback: {} }) as Record<string, string>;
  const status = flagsmith.hasFeature('web_status_page', { fallback: false });
  return { theme, status };
}

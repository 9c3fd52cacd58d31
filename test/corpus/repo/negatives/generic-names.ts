// Corpus: negatives (TypeScript).
// Source: none of the SDKs: Mapbox GL JS (Map.getLayer(id)), a product model, a preferences store,
// a CLI parser, a subscription plan, log4js-style loggers, vitest.
// Also: method names the flag SDKs use too, called on objects that are not SDK clients, and
// flag-looking strings in logs and tests. No reference here.
import { describe, expect, it } from 'vitest';
import { cli, logger, map, preferences, product, subscription } from './app';

export function render(selectedSku: string, level: number) {
  const heatmap = map.getLayer('checkout-heatmap');
  const variant = product.getVariant(selectedSku);
  const size = product.variation('size-xl');
  const theme = preferences.getValue('theme-dark');
  const dryRun = cli.getFlag('dry-run');
  const sso = subscription.hasFeature('sso-login');
  if (logger.isEnabled(level)) logger.info('checkout-new-flow evaluated');
  return { heatmap, variant, size, theme, dryRun, sso };
}

describe('checkout-new-flow', () => {
  it('renders the checkout-new-flow banner', () => {
    expect(render('sku-1', 1).theme).toBeDefined();
  });
});

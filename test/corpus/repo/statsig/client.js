// Corpus: Statsig JavaScript client SDK (@statsig/js-client).
// Source: @statsig/js-client, src/StatsigClient.d.ts: checkGate(name, options?),
// getDynamicConfig(name, options?), getExperiment(name, options?).
import { StatsigClient } from '@statsig/js-client';

const client = new StatsigClient('client-key', { userID: 'a-user' });

export async function banner() {
  await client.initializeAsync();
  if (!client.checkGate('promo_banner')) {
    return null;
  }
  const copy = client.getDynamicConfig('promo_copy');
  return copy.get('text', '');
}

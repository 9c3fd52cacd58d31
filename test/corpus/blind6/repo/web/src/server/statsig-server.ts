// Corpus: blind6, the Statsig server core SDK in a Next.js route handler, with the key in a template literal without interpolation.
// Source: Statsig Node core SDK docs (Statsig, StatsigUser, checkGate, getLayer, getDynamicConfig).
import { Statsig, StatsigUser } from '@statsig/statsig-node-core';

const statsig = new Statsig(process.env.STATSIG_SECRET ?? '');
const initialized = statsig.initialize();

export async function GET(request: Request): Promise<Response> {
  await initialized;
  const user = new StatsigUser({ userID: request.headers.get('x-user') ?? 'anon' });
  const layer = statsig.getLayer(user, `web_home_layer`);
  const pricing = statsig.getDynamicConfig(
    user,
    'web_pricing_table',
  );
  const beta = statsig.checkGate(user, 'web_beta_program');
  return Response.json({ hero: layer.getValue('hero', 'default'), tiers: pricing.getValue('tiers', []), beta });
}

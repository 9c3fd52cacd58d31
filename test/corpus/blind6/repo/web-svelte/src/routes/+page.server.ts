// Corpus: blind6, SvelteKit server load: private env modules and the Statsig server core SDK.
// Source: SvelteKit docs ($env/static/private, $env/dynamic/private, load); Statsig Node core SDK docs (checkGate, getExperiment).
import { FF_SV_EDGE_RENDER } from '$env/static/private';
import { env } from '$env/dynamic/private';
import { statsig } from '$lib/server/statsig';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const user = { userID: locals.userId };
  const heroTest = statsig.getExperiment(user, 'sv_hero_copy');
  return {
    edge: FF_SV_EDGE_RENDER === 'true',
    ssrCache: env.FF_SV_SSR_CACHE === 'on',
    livePreview: statsig.checkGate(user, 'sv_live_preview'),
    headline: heroTest.get('headline', 'Watch anywhere'),
  };
};

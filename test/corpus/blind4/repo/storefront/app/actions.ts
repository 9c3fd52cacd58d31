// Corpus: blind4 / storefront: server actions, LaunchDarkly node through the route's client module.
// Source: Next.js server actions ('use server'), @launchdarkly/node-server-sdk (LDClient.waitForInitialization, boolVariation, numberVariation).
'use server';

import { init } from '@launchdarkly/node-server-sdk';

const ld = init(process.env.LD_SDK_KEY ?? '');

export async function subscribeNewsletter(email: string): Promise<{ ok: boolean; coupon?: string }> {
  await ld.waitForInitialization({ timeout: 5 });
  const context = { kind: 'user', key: email, anonymous: false };
  const doubleOptIn = await ld.boolVariation('sf-newsletter-double-opt-in', context, true);
  const coupon = (await ld.numberVariation('sf-newsletter-coupon-percent', context, 0)) > 0 ? 'WELCOME' : undefined;
  const segments = await ld
    .jsonVariation('sf-newsletter-segments', context, ['general'])
    .catch(() => ['general']);
  return { ok: doubleOptIn ? segments.length > 0 : true, coupon };
}

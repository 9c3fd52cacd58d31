// Corpus: blind4 / storefront: the cart route handler, LaunchDarkly's Node server SDK.
// Source: @launchdarkly/node-server-sdk (LDClient: variation, boolVariation, jsonVariation, variationDetail).
import { NextResponse, type NextRequest } from 'next/server';
import { init, type LDClient, type LDContext } from '@launchdarkly/node-server-sdk';

let ldClient: LDClient | null = null;

function getLd(): LDClient | null {
  if (!process.env.LD_SDK_KEY) return null;
  ldClient ??= init(process.env.LD_SDK_KEY);
  return ldClient;
}

export async function POST(request: NextRequest) {
  const body = await request.json();
  const context: LDContext = { kind: 'user', key: body.userId ?? 'anon' };
  const ld = getLd();

  const maxItems = (await ld?.variation('sf-cart-max-items', context, 50)) ?? 50;
  const mergeGuest = await ld?.boolVariation('sf-cart-merge-guest', context, false);
  const upsell = ld
    ? await ld.jsonVariation('sf-cart-upsell-rules', context, { enabled: false, skus: [] })
    : { enabled: false, skus: [] };
  const detail = await ld?.variationDetail(
    'sf-cart-reservation-minutes',
    context,
    15,
  );

  if (body.items.length > maxItems) {
    return NextResponse.json({ error: 'too many items' }, { status: 422 });
  }
  return NextResponse.json({ mergeGuest, upsell, holdMinutes: detail?.value ?? 15 });
}

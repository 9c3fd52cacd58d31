// Corpus: blind3 web, a Next.js App Router server component (async, no hooks).
// Source: @openfeature/server-sdk, Client in dist/types.d.ts (getBooleanValue, getStringValue, getObjectValue<T>, getBooleanDetails).
import { OpenFeature } from '@openfeature/server-sdk';
import { cookies } from 'next/headers';
import { FLAG_KEYS, GIFT_WRAP } from '@/lib/flag-keys';
import { contextFor, isOn } from '@/lib/flags';
import { CheckoutForm } from './CheckoutForm';

type ShippingRules = { freeAbove: number; regions: string[] };

export default async function CheckoutPage() {
  const userId = (await cookies()).get('uid')?.value ?? 'anonymous';
  const client = OpenFeature.getClient('web');
  const context = { targetingKey: userId };

  const [express, bannerCopy] = await Promise.all([
    client.getBooleanValue('express-checkout', false, context),
    client.getStringValue(
      'checkout-banner-copy',
      'Free returns on every order',
      context,
    ),
  ]);
  const rules = await client.getObjectValue<ShippingRules>(
    'shipping-rules',
    { freeAbove: 50, regions: [] },
    context,
  );
  const giftWrap = await isOn(GIFT_WRAP, contextFor(userId));
  const legacyTotals = await client.getBooleanValue(`legacy-totals`, true, context);
  const wallet = await client?.getBooleanDetails('wallet-pay', false, context);

  return (
    <main>
      {bannerCopy && <p className="banner">{bannerCopy}</p>}
      <CheckoutForm
        express={express}
        giftWrap={giftWrap || (await isOn(FLAG_KEYS.expressCheckout, contextFor(userId)))}
        freeAbove={rules.freeAbove}
        legacyTotals={legacyTotals}
        wallet={wallet.value}
      />
    </main>
  );
}

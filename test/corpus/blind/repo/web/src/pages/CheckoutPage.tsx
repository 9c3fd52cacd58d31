// Corpus: blind / web storefront checkout page (LaunchDarkly React SDK)
// Source: launchdarkly-react-client-sdk, useFlags / useLDClient (docs.launchdarkly.com/sdk/client-side/react/react-web, lib/index.d.ts)
import React, { useEffect, useMemo } from 'react';
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import { CheckoutForm } from '../components/CheckoutForm';
import { ExpressPay } from '../components/ExpressPay';
import { formatMoney } from '../lib/money';

interface CheckoutPageProps {
  cartId: string;
  total: number;
}

export function CheckoutPage({ cartId, total }: CheckoutPageProps) {
  const { expressCheckout, addressAutocomplete: autocomplete = false, giftWrapOption } = useFlags();
  const ldClient = useLDClient();

  const shippingCopy = useMemo(
    () =>
      ldClient?.variation(
        'shipping-estimate-copy',
        'Arrives in 3-5 business days',
      ) as string,
    [ldClient],
  );

  useEffect(() => {
    if (!ldClient) return;
    const tipsEnabled = ldClient.variation('checkout-tips-widget', false);
    if (tipsEnabled) {
      ldClient.track('checkout-tips-shown', { cartId });
    }
  }, [ldClient, cartId]);

  return (
    <main className="checkout">
      <h1>Checkout</h1>
      {expressCheckout && <ExpressPay cartId={cartId} />}
      <CheckoutForm
        cartId={cartId}
        autocomplete={autocomplete}
        showGiftWrap={giftWrapOption}
        shippingCopy={shippingCopy}
      />
      <p className="total">{formatMoney(total)}</p>
    </main>
  );
}

// Corpus: blind / web cart drawer (DevCycle React SDK and Unleash React proxy client)
// Source: @devcycle/react-client-sdk useVariableValue / useVariable / useDevCycleClient (docs.devcycle.com/sdk/client-side-sdks/react); @unleash/proxy-client-react useFlag / useVariant / useUnleashClient (docs.getunleash.io/reference/sdks/react)
import React from 'react';
import { useDevCycleClient, useVariable, useVariableValue } from '@devcycle/react-client-sdk';
import { useFlag, useUnleashClient, useVariant } from '@unleash/proxy-client-react';

export function CartDrawer({ items }: { items: { sku: string; qty: number }[] }) {
  const freeShippingThreshold = useVariableValue('cart-free-shipping-threshold', 50);
  const upsell = useVariable('cart-upsell-carousel', false);
  const devcycle = useDevCycleClient();
  const saveForLater = useFlag('cart-save-for-later');
  const checkoutButton = useVariant('cart-checkout-button-color');
  const unleash = useUnleashClient();

  const bundles = devcycle.variableValue(
    'cart-bundle-suggestions',
    false,
  );
  const quantityStepper = unleash.isEnabled('cart-quantity-stepper');

  return (
    <aside>
      {items.map((item) => (
        <div key={item.sku}>
          {item.sku} × {quantityStepper ? <input type="number" defaultValue={item.qty} /> : item.qty}
          {saveForLater && <button type="button">Save for later</button>}
        </div>
      ))}
      {upsell.value && <Upsell />}
      {bundles && <Bundles />}
      <p>Free shipping over {freeShippingThreshold}</p>
      <button style={{ background: checkoutButton.payload?.value ?? 'black' }}>Checkout</button>
    </aside>
  );
}

const Upsell = () => <div className="upsell" />;
const Bundles = () => <div className="bundles" />;

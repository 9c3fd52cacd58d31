// Corpus: blind4 / storefront: the checkout summary, GrowthBook React.
// Source: @growthbook/growthbook-react (useFeatureIsOn, useFeatureValue, useGrowthBook, IfFeatureEnabled, FeatureString).
'use client';

import { FeatureString, IfFeatureEnabled, useFeatureIsOn, useFeatureValue, useGrowthBook } from '@growthbook/growthbook-react';

type ShippingTier = { label: string; min: number };

export function CheckoutSummary({ total }: { total: number }) {
  const gb = useGrowthBook();
  const expressPay = useFeatureIsOn('sf-express-pay');
  const tiers = useFeatureValue<ShippingTier[]>('sf-shipping-tiers', [
    { label: 'Standard', min: 0 },
    { label: 'Free', min: 50 },
  ]);
  const tipJar = gb?.isOn('sf-tip-jar') ?? false;
  const rounding = gb?.getFeatureValue('sf-price-rounding', 'none') ?? 'none';
  const freeShipping = tiers.find((tier) => total >= tier.min)?.label === 'Free';

  return (
    <aside>
      <h3>
        <FeatureString feature="sf-summary-title" default="Order summary" />
      </h3>
      <p data-rounding={rounding}>{freeShipping ? 'Free shipping' : 'Shipping calculated next'}</p>
      {expressPay && <button type="button">Pay now</button>}
      {tipJar ? <button type="button">Add a tip</button> : null}
      <IfFeatureEnabled
        feature="sf-gift-message"
      >
        <textarea placeholder="Gift message" />
      </IfFeatureEnabled>
      <IfFeatureEnabled feature="sf-carbon-offset" fallback={<span />}>
        <label>
          <input type="checkbox" /> Offset emissions
        </label>
      </IfFeatureEnabled>
    </aside>
  );
}

// Corpus: storefront service, checkout page with GrowthBook, Statsig and OpenFeature React hooks.
// Source: @growthbook/growthbook-react (useFeatureIsOn(id), useFeatureValue<T>(id, fallback),
// useGrowthBook(), <IfFeatureEnabled feature>, <FeatureString feature default>),
// @statsig/react-bindings (useGateValue(name), useFeatureGate(name), useExperiment(name),
// useStatsigClient()), @openfeature/react-sdk (useBooleanFlagValue(key, default, options),
// useStringFlagDetails(key, default)).
import React from 'react';
import { FeatureString, IfFeatureEnabled, useFeatureIsOn, useFeatureValue, useGrowthBook } from '@growthbook/growthbook-react';
import { useExperiment, useFeatureGate, useGateValue, useStatsigClient } from '@statsig/react-bindings';
import { useBooleanFlagValue, useStringFlagDetails } from '@openfeature/react-sdk';
import type { Cart } from '../types';

type Layout = 'classic' | 'steps';

export default function Checkout({ cart }: { cart: Cart }) {
  const expressPay = useFeatureIsOn('express-pay');
  const maxCoupons = useFeatureValue<number>(
    'max-coupons',
    1,
  );
  const gb = useGrowthBook();
  const layout = gb?.getFeatureValue<Layout>('checkout-layout', 'classic') ?? 'classic';
  const showUpsell = useGateValue('checkout_upsell');
  const { value: trustBadges } = useFeatureGate(
    'checkout_trust_badges',
  );
  const copyTest = useExperiment('checkout_copy_test');
  const headline = copyTest.get('headline', 'Review your order');
  const { client } = useStatsigClient();
  const newTotals = useBooleanFlagValue('checkout-new-totals', false, {
    updateOnContextChanged: true,
  });
  const { value: theme, reason } = useStringFlagDetails(
    'checkout-theme',
    'light',
  );

  const onPay = () => {
    if (client.checkGate('checkout_fraud_check')) {
      client.logEvent('pay_clicked', cart.id);
    }
  };

  return (
    <main data-layout={layout} data-theme={theme} data-reason={reason}>
      <h1>{headline}</h1>
      <IfFeatureEnabled
        feature="gift-wrap"
      >
        <label>
          <input type="checkbox" /> Gift wrap
        </label>
      </IfFeatureEnabled>
      {expressPay && <button onClick={onPay}>Express pay</button>}
      {showUpsell && trustBadges ? <aside>Protected checkout</aside> : null}
      <p>Up to {maxCoupons} coupons. Totals: {newTotals ? 'v2' : 'v1'}</p>
      <FeatureString
        feature="checkout-cta"
        default="Place order"
      />
    </main>
  );
}

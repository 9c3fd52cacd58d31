// Corpus: blind / web pricing table (Statsig React bindings and JS client)
// Source: @statsig/react-bindings, useGateValue / useFeatureGate / useExperiment / useDynamicConfig / useLayer / useStatsigClient (docs.statsig.com/client/javascript-sdk/react)
import React from 'react';
import {
  useDynamicConfig,
  useExperiment,
  useFeatureGate,
  useGateValue,
  useLayer,
  useStatsigClient,
} from '@statsig/react-bindings';

export function PricingTable({ plans }: { plans: { id: string; price: number }[] }) {
  const annualToggle = useGateValue('annual_billing_toggle');
  const enterpriseGate = useFeatureGate('enterprise_contact_form');
  const pricingExperiment = useExperiment('pricing_page_layout');
  const discounts = useDynamicConfig('regional_discounts');
  const hero = useLayer('marketing_hero_layer');
  const { client } = useStatsigClient();

  const columns = pricingExperiment.get('columns', 3);
  const discountPct = discounts.get('eu_discount_pct', 0);
  const headline = hero.get('headline', 'Simple pricing');

  const onSelect = (planId: string) => {
    client.logEvent('plan_selected', planId);
    if (client.checkGate('instant_trial')) {
      window.location.assign(`/trial?plan=${planId}`);
    }
  };

  return (
    <div className={`grid cols-${columns}`}>
      <h2>{headline}</h2>
      {annualToggle && <label><input type="checkbox" /> Bill annually</label>}
      {plans.map((plan) => (
        <button key={plan.id} onClick={() => onSelect(plan.id)}>
          {(plan.price * (1 - discountPct / 100)).toFixed(2)}
        </button>
      ))}
      {enterpriseGate.value ? <a href="/contact">Talk to sales</a> : null}
    </div>
  );
}

// Corpus: blind3 web, the pricing page: PostHog React, Statsig React bindings, the app's own hooks.
// Source: posthog-js/react (useFeatureFlagVariantKey, useFeatureFlagPayload, PostHogFeature) .d.ts; @statsig/react-bindings (useStatsigClient, useExperiment, useGateValue).
'use client';

import { PostHogFeature, useFeatureFlagPayload, useFeatureFlagVariantKey } from 'posthog-js/react';
import { useExperiment, useGateValue, useStatsigClient } from '@statsig/react-bindings';
import { useForm } from 'react-hook-form';
import { useCopyVariant, useDarkPricingTable, useFlagEnabled } from '@/hooks/useFlagEnabled';

type PlanForm = { seats: number; annual: boolean };

export function Pricing() {
  const variant = useFeatureFlagVariantKey('pricing-page-layout');
  const payload = useFeatureFlagPayload('pricing-faq') as { items: string[] } | undefined;
  const annualToggle = useGateValue('annual-billing-toggle');
  const { client } = useStatsigClient();
  const seatConfig = client.getDynamicConfig('seat-limits');
  const experiment = useExperiment('pricing-anchor');
  // The app's own hooks: keys reach the SDK inside them, not here.
  const compare = useFlagEnabled('pricing-compare-table');
  const headline = useCopyVariant('pricing-headline-copy');
  const dark = useDarkPricingTable();
  const { getValues, register } = useForm<PlanForm>();

  const onSubmit = () => {
    const { seats } = getValues();
    client.logEvent('pricing-submit', String(seats));
  };

  return (
    <form onSubmit={onSubmit} className={dark ? 'dark' : undefined}>
      <h1>{headline}</h1>
      <input type="number" {...register('seats')} max={seatConfig.get('max', 50)} />
      {annualToggle && <input type="checkbox" {...register('annual')} />}
      <PostHogFeature
        flag="pricing-enterprise-cta"
        match={true}
        fallback={<a href="/contact">Contact sales</a>}
      >
        <a href="/enterprise">Talk to us</a>
      </PostHogFeature>
      {compare && <table />}
      {variant === 'grid' ? <ul className="grid" /> : <ul />}
      <p>{experiment.get('anchor_price', 99)}</p>
      <ul>{payload?.items.map((item) => <li key={item}>{item}</li>)}</ul>
    </form>
  );
}

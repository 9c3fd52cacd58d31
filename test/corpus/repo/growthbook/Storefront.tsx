// Corpus: GrowthBook React SDK.
// Source: @growthbook/growthbook-react, dist/index.d.ts: useFeatureIsOn(id), useFeatureValue(id,
// fallback), IfFeatureEnabled { feature, children }, FeatureString { feature, default }.
import React from 'react';
import {
  FeatureString,
  IfFeatureEnabled,
  useFeatureIsOn,
  useFeatureValue,
} from '@growthbook/growthbook-react';

export function Storefront() {
  const checklist = useFeatureIsOn('onboarding-checklist');
  const columns = useFeatureValue(
    'pricing-table',
    3,
  );

  return (
    <main>
      <IfFeatureEnabled
        feature="spring-sale-banner"
      >
        <SaleBanner />
      </IfFeatureEnabled>
      <h1>
        <FeatureString feature="hero-copy" default="Welcome" />
      </h1>
      <IfFeatureEnabled feature="sidebar-v2">
        <Sidebar />
      </IfFeatureEnabled>
      <PricingTable columns={columns} checklist={checklist} />
    </main>
  );
}

function SaleBanner() {
  return null;
}
function Sidebar() {
  return null;
}
function PricingTable(props: { columns: number; checklist: boolean }) {
  return props.checklist ? null : null;
}

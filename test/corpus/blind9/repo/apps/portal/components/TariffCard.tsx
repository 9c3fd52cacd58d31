// Corpus: blind9, brightgrid customer portal, tariff card
// Source: @growthbook/growthbook-react typings (IfFeatureEnabled, FeatureString, useFeature) and the team's useTariffFeatures hook
'use client';

import { FeatureString, IfFeatureEnabled, useFeature } from '@growthbook/growthbook-react';
import { useTariffFeatures } from '../hooks/useTariffFeatures';

interface TariffCardProps {
  accountId: string;
  exportFormat: string;
  exportReason?: string;
}

export function TariffCard({ accountId, exportFormat, exportReason }: TariffCardProps) {
  // The team's hook: its fields are app state, not flag reads.
  const { showTimeOfUse, evBundleDiscount, greenBadge } = useTariffFeatures();
  const heatPumpPromo = useFeature('portal-heat-pump-promo');

  return (
    <article data-account={accountId}>
      <h2>
        <FeatureString
          feature="portal-tariff-headline"
          default="Your tariff"
        />
      </h2>
      {showTimeOfUse && <TimeOfUseTable />}
      {evBundleDiscount > 0 && <p>EV bundle: {evBundleDiscount}% off</p>}
      {greenBadge && <span className="badge">100% renewable</span>}
      <IfFeatureEnabled
        feature="portal-solar-export-card"
      >
        <SolarExportCard format={exportFormat} reason={exportReason} />
      </IfFeatureEnabled>
      {heatPumpPromo.on && <aside>{String(heatPumpPromo.value)}</aside>}
      {/* <IfFeatureEnabled feature="portal-winter-bonus"><WinterBonus /></IfFeatureEnabled> */}
    </article>
  );
}

function TimeOfUseTable() {
  return <table className="tou" />;
}

function SolarExportCard({ format, reason }: { format: string; reason?: string }) {
  return <div data-format={format} data-reason={reason} />;
}

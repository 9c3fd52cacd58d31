// Corpus: blind9, brightgrid customer portal, solar quote
// Source: @statsig/react-bindings typings (useGateValue, useFeatureGate, useExperiment, useDynamicConfig, useStatsigClient) and DynamicConfig.get
'use client';

import { useExperiment, useDynamicConfig, useFeatureGate, useGateValue, useStatsigClient } from '@statsig/react-bindings';

export function SolarQuote({ roofArea }: { roofArea: number }) {
  const batteryUpsell = useGateValue('portal_battery_upsell');
  const financeGate = useFeatureGate(
    'portal_solar_finance',
  );
  const pricing = useExperiment('portal_solar_pricing_test');
  const panels = useDynamicConfig('portal_panel_catalogue');
  const { client } = useStatsigClient();

  const pricePerPanel = pricing.get('price_per_panel', 420);
  const maxPanels = panels.get('max_panels', 16);
  const count = Math.min(maxPanels, Math.floor(roofArea / 1.7));
  const showInstaller = client.checkGate('portal_installer_marketplace');

  return (
    <div>
      <p>
        {count} panels, £{count * pricePerPanel}
      </p>
      {batteryUpsell && <p>Add a battery and store your sunshine.</p>}
      {financeGate.value && <a href="/finance">Spread the cost</a>}
      {showInstaller && <a href="/installers">Choose an installer</a>}
    </div>
  );
}

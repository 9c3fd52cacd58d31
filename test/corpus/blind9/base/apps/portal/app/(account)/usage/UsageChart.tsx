// Corpus: blind9, brightgrid customer portal, usage chart (client component)
// Source: launchdarkly-react-client-sdk typings (useFlags, useLDClient, LDFlagSet camelCased keys)
'use client';

import { useEffect, useMemo } from 'react';
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';

interface UsageChartProps {
  accountId: string;
  granularity: 'half-hour' | 'day' | 'month';
  showCarbon: boolean;
  months: number;
}

export function UsageChart({ accountId, granularity, showCarbon, months }: UsageChartProps) {
  const { portalSmartMeterOverlay, portalPeakShading: shadePeaks = false, portalLegacyGauge } = useFlags();
  const ldClient = useLDClient();

  useEffect(() => {
    ldClient?.track('usage-chart-viewed', { accountId, granularity });
  }, [ldClient, accountId, granularity]);

  const series = useMemo(() => buildSeries(months, granularity), [months, granularity]);

  return (
    <section aria-label="Energy usage">
      <Chart
        series={series}
        shadePeaks={shadePeaks}
        overlay={portalSmartMeterOverlay ? 'smart-meter' : undefined}
        carbon={showCarbon}
        gauge={portalLegacyGauge}
      />
    </section>
  );
}

function buildSeries(months: number, granularity: string): number[] {
  const points = granularity === 'month' ? months : months * 30;
  return Array.from({ length: points }, (_, index) => Math.round(Math.sin(index) * 10 + 12));
}

function projectCost(series: number[]): number {
  return (series.reduce((sum, kwh) => sum + kwh, 0) * 0.245) / 12;
}

function Chart(props: { series: number[]; shadePeaks: boolean; overlay?: string; carbon: boolean; gauge?: boolean }) {
  return <svg data-points={props.series.length} data-peaks={props.shadePeaks} data-overlay={props.overlay} data-carbon={props.carbon} />;
}

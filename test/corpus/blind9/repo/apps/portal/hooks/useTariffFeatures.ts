// Corpus: blind9, brightgrid customer portal, the team's hook composing SDK hooks
// Source: @growthbook/growthbook-react typings (useFeatureIsOn, useFeatureValue, useGrowthBook) and launchdarkly-react-client-sdk (useFlags)
import { useFeatureIsOn, useFeatureValue, useGrowthBook } from '@growthbook/growthbook-react';
import { useFlags } from 'launchdarkly-react-client-sdk';

export interface TariffFeatures {
  showTimeOfUse: boolean;
  evBundleDiscount: number;
  greenBadge: boolean;
  exportRate: string;
}

/** What the tariff screens may show; the SDK hooks stay in here. */
export function useTariffFeatures(): TariffFeatures {
  const showTimeOfUse = useFeatureIsOn('portal-time-of-use');
  const evBundleDiscount = useFeatureValue<number>(
    'portal-ev-bundle-discount',
    0,
  );
  const flags = useFlags();
  const growthbook = useGrowthBook();
  const exportRate = growthbook?.getFeatureValue('portal-export-rate-label', 'standard') ?? 'standard';

  return {
    showTimeOfUse,
    evBundleDiscount,
    greenBadge: Boolean(flags.portalGreenBadge),
    exportRate,
  };
}

/** The same features for the comparison table, on their own switch. */
export function useComparisonFeatures(): { enabled: boolean; columns: number } {
  const enabled = useFeatureIsOn('portal-tariff-comparison');
  const columns = useFeatureValue('portal-comparison-columns', 3);
  return { enabled, columns };
}

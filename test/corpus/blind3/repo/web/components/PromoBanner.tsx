// Corpus: blind3 web, GrowthBook React components and hooks.
// Source: @growthbook/growthbook-react, dist/GrowthBookReact.d.ts (IfFeatureEnabled, FeatureString, useFeatureValue<T>, useFeatureIsOn, useGrowthBook).
'use client';

import {
  FeatureString,
  IfFeatureEnabled,
  useFeatureIsOn,
  useFeatureValue,
  useGrowthBook,
} from '@growthbook/growthbook-react';

type BannerTheme = { background: string; dismissible: boolean };

export function PromoBanner({ onDismiss }: { onDismiss: () => void }) {
  const theme = useFeatureValue<BannerTheme>('promo-banner-theme', {
    background: '#fff',
    dismissible: true,
  });
  const countdown = useFeatureIsOn(
    'promo-countdown',
  );
  const gb = useGrowthBook();
  const discount = gb?.getFeatureValue('promo-discount-percent', 0) ?? 0;

  return (
    <IfFeatureEnabled
      feature="promo-banner"
    >
      <section style={{ background: theme.background }}>
        <FeatureString
          feature="promo-headline"
          default="Winter sale"
        />
        {discount > 0 && <strong>-{discount}%</strong>}
        {countdown && <Countdown />}
        {theme.dismissible && (
          <button type="button" onClick={onDismiss}>
            ×
          </button>
        )}
      </section>
    </IfFeatureEnabled>
  );
}

function Countdown() {
  return <time />;
}

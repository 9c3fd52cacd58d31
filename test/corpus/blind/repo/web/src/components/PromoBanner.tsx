// Corpus: blind / web promo banner (GrowthBook React SDK)
// Source: @growthbook/growthbook-react, useFeatureIsOn / useFeatureValue / IfFeatureEnabled / FeatureString (docs.growthbook.io/lib/react)
import * as React from 'react';
import {
  FeatureString,
  IfFeatureEnabled,
  useFeatureIsOn,
  useFeatureValue,
  useGrowthBook,
} from '@growthbook/growthbook-react';

type BannerTheme = { background: string; foreground: string };

export default function PromoBanner({ region }: { region: string }) {
  const showCountdown = useFeatureIsOn('promo-countdown');
  const theme = useFeatureValue<BannerTheme>('promo-banner-theme', {
    background: '#111',
    foreground: '#fff',
  });
  const maxItems = useFeatureValue(
    'promo-carousel-size',
    4,
  );
  const gb = useGrowthBook();
  const regional = gb?.isOn(`promo-${region}`) ?? false;

  return (
    <section style={{ background: theme.background, color: theme.foreground }}>
      <IfFeatureEnabled feature="promo-free-shipping">
        <strong>Free shipping this week</strong>
      </IfFeatureEnabled>
      <IfFeatureEnabled
        feature="holiday-takeover"
      >
        <HolidayHero />
      </IfFeatureEnabled>
      <h2>
        <FeatureString feature="promo-headline" default="Deals of the day" />
      </h2>
      {showCountdown && <Countdown />}
      {regional && <RegionalDeals region={region} max={maxItems} />}
    </section>
  );
}

function HolidayHero() {
  return <div className="holiday" />;
}
function Countdown() {
  return <time />;
}
function RegionalDeals(props: { region: string; max: number }) {
  return <ul data-region={props.region} data-max={props.max} />;
}

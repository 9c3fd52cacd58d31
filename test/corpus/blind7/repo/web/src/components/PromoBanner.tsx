// Corpus: blind7, web app: promotions, GrowthBook React SDK.
// Source: @growthbook/growthbook-react docs (useFeatureIsOn, useFeatureValue, useFeature, IfFeatureEnabled, FeatureString, useGrowthBook).
import React from 'react';
import {
  FeatureString,
  IfFeatureEnabled,
  useFeature,
  useFeatureIsOn,
  useFeatureValue,
  useGrowthBook,
} from '@growthbook/growthbook-react';
import { useTranslation } from 'react-i18next';
import { Countdown } from './Countdown';
import { track } from '../lib/tracking';

type BannerTheme = 'sunset' | 'ocean' | 'forest';

interface PromoBannerProps {
  campaignId: string;
  endsAt: Date;
}

export function PromoBanner({ campaignId, endsAt }: PromoBannerProps): JSX.Element | null {
  const { t } = useTranslation('promo');
  const gb = useGrowthBook();
  const theme = useFeatureValue<BannerTheme>('promo-banner-theme', 'sunset');
  const showCountdown = useFeatureIsOn('promo-countdown');
  const discount = useFeature<number>('promo-discount-percent').value ?? 0;

  if (gb?.isOff('promo-banner-kill-switch') === false) {
    return null;
  }

  const onClick = (): void => {
    track('promo-banner-clicked', { campaignId, theme });
  };

  return (
    <section className={`promo promo--${theme}`} onClick={onClick}>
      <h2>{t('promo.title', { discount })}</h2>
      <IfFeatureEnabled feature="promo-free-breakfast">
        <p>{t('promo.breakfast')}</p>
      </IfFeatureEnabled>
      {showCountdown && <Countdown until={endsAt} />}
      <IfFeatureEnabled
        feature="promo-member-prices"
      >
        <MemberPrices campaignId={campaignId} />
      </IfFeatureEnabled>
      <p className="promo__cta">
        <FeatureString
          feature="promo-cta-copy"
          default={t('promo.cta')}
        />
      </p>
    </section>
  );
}

function MemberPrices({ campaignId }: { campaignId: string }): JSX.Element {
  const { t } = useTranslation('promo');
  const tiers = useFeatureValue('promo-member-tiers', ['gold', 'platinum']);
  return (
    <ul data-campaign={campaignId}>
      {tiers.map((tier) => (
        <li key={tier}>{t(`promo.tier.${tier}`)}</li>
      ))}
    </ul>
  );
}

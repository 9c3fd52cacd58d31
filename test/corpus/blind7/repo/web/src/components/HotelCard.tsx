// Corpus: blind7, web app: a hotel card, LaunchDarkly withLDConsumer props and GrowthBook keys from the shared keys package.
// Source: launchdarkly-react-client-sdk docs (withLDConsumer()(Component) injects flags and ldClient props),
// @growthbook/growthbook-react (useFeatureIsOn).
import React from 'react';
import { withLDConsumer, type LDProps } from 'launchdarkly-react-client-sdk';
import { useFeatureIsOn } from '@growthbook/growthbook-react';
import { FeatureKeys } from '@tripwise/feature-keys';
import { formatMoney } from '../lib/money';
import type { Hotel } from '../types';

interface HotelCardProps extends LDProps {
  hotel: Hotel;
  currency: string;
  onSelect: (hotelId: string) => void;
}

function HotelCard({ hotel, currency, onSelect, flags, ldClient }: HotelCardProps): JSX.Element {
  const dealRibbon = useFeatureIsOn(FeatureKeys.DEAL_RIBBON);
  const nightly = hotel.total / Math.max(hotel.nights, 1);

  const select = (): void => {
    ldClient?.track('hotel-card-selected', { hotelId: hotel.id });
    onSelect(hotel.id);
  };

  return (
    <article className="hotel-card" onClick={select}>
      {dealRibbon && hotel.discount > 0 && <span className="ribbon">-{hotel.discount}%</span>}
      <img src={hotel.photo} alt={hotel.name} loading="lazy" />
      <h3>{hotel.name}</h3>
      <p>{formatMoney(flags?.hcShowNightlyPrice ? nightly : hotel.total, currency)}</p>
      {flags?.hcVirtualTour && hotel.tourUrl ? <a href={hotel.tourUrl}>360°</a> : null}
      {flags?.['hcGuestFavourite'] && hotel.rating >= 4.8 ? <span className="badge">Guest favourite</span> : null}
    </article>
  );
}

export default withLDConsumer()(HotelCard);

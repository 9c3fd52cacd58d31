// Corpus: blind7, web app: flight results, the rarer client forms: renamed useFlags destructuring, hook-call chains,
// Source: launchdarkly-react-client-sdk (useFlags, useLDClient), @growthbook/growthbook-react (IfFeatureEnabled, useGrowthBook,
// useFeatureValue<T>), posthog-js/react (PostHogFeature, useFeatureFlagEnabled), @openfeature/react-sdk (useSuspenseFlag,
// useObjectFlagDetails), @devcycle/react-client-sdk (useDevCycleClient), configcat-react (useConfigCatClient),
// @statsig/react-bindings (useStatsigClient, client.getFeatureGate, client.getDynamicConfig), @splitsoftware/splitio-react.
// JSX attributes holding a literal in braces or a constant, Statsig client objects, OpenFeature suspense and object hooks,
// GrowthBook feature(), DevCycle and ConfigCat client hooks, Split treatments indexed by a constant.
import React, { useEffect, useState } from 'react';
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import { IfFeatureEnabled, useFeatureValue, useGrowthBook } from '@growthbook/growthbook-react';
import { PostHogFeature, useFeatureFlagEnabled } from 'posthog-js/react';
import { useObjectFlagDetails, useSuspenseFlag } from '@openfeature/react-sdk';
import { useDevCycleClient } from '@devcycle/react-client-sdk';
import { useConfigCatClient } from 'configcat-react';
import { useStatsigClient } from '@statsig/react-bindings';
import { useSplitTreatments } from '@splitsoftware/splitio-react';
import { useTranslation } from 'react-i18next';
import type { Flight } from '../types';

type Density = 'compact' | 'comfortable';

const FLIGHT_FLAGS = {
  priceGraph: 'fl-price-graph',
} as const;

const SPLIT_FARE_LOCK = 'fl_fare_lock';

interface FiltersConfig {
  maxStops: number;
  airlines: string[];
}

export function FlightResults({ flights }: { flights: Flight[] }): JSX.Element {
  const { t } = useTranslation('flights');
  const { flFlexDates: flexDates, flStopsFilter = true } = useFlags();
  const fareAlerts = useLDClient()?.variation('fl-fare-alerts', false) === true;
  const density = useFeatureValue<Density>(
    'fl-results-density',
    'comfortable',
  );
  const gb = useGrowthBook();
  const layoverTips = gb?.feature('fl-layover-tips').on ?? false;
  const priceGraph = useFeatureFlagEnabled(FLIGHT_FLAGS.priceGraph);
  const { value: seatPreview } = useSuspenseFlag('fl-seat-preview', false);
  const filters = useObjectFlagDetails<FiltersConfig>('fl-filters-config', { maxStops: 2, airlines: [] });
  const loyaltyEarn = useDevCycleClient().variableValue('fl-loyalty-earn', false);
  const configCat = useConfigCatClient();
  const { client: statsig } = useStatsigClient();
  const { treatments } = useSplitTreatments({ names: [SPLIT_FARE_LOCK] });
  const [showCo2, setShowCo2] = useState(false);

  useEffect(() => {
    let cancelled = false;
    configCat.getValueAsync('flShowCo2', false).then((value) => {
      if (!cancelled) setShowCo2(value);
    });
    return () => {
      cancelled = true;
    };
  }, [configCat]);

  const newFilters = statsig.getFeatureGate('fl_new_filters').value;
  const sortDefault = statsig.getDynamicConfig('fl_sort_defaults').get('order', 'price');
  const fareLock = treatments[SPLIT_FARE_LOCK].treatment === 'on';

  return (
    <section className={`results results--${density}`} data-sort={sortDefault}>
      {flexDates && <p>{t('flights.fl-flex-dates.hint')}</p>}
      {flStopsFilter && newFilters && <StopsFilter max={filters.value.maxStops} />}
      <IfFeatureEnabled feature={'fl-eco-badge'}>
        <span className="badge">{t('flights.eco')}</span>
      </IfFeatureEnabled>
      <PostHogFeature flag={FLIGHT_FLAGS.priceGraph} match={true}>
        {priceGraph && <canvas id="price-graph" />}
      </PostHogFeature>
      {flights.map((flight) => (
        <article key={flight.id}>
          {flight.carrier} {flight.departure}
          {showCo2 && <small>{flight.co2Kg} kg CO2</small>}
          {layoverTips && flight.stops > 0 && <small>{t('flights.layover')}</small>}
          {fareLock && <button type="button">{t('flights.lock')}</button>}
          {fareAlerts && <button type="button">{t('flights.alert')}</button>}
          {loyaltyEarn && <small>{t('flights.points', { points: flight.points })}</small>}
          {seatPreview && <a href={`/flights/${flight.id}/seats`}>{t('flights.seats')}</a>}
        </article>
      ))}
    </section>
  );
}

function StopsFilter({ max }: { max: number }): JSX.Element {
  return <input type="range" min={0} max={max} />;
}

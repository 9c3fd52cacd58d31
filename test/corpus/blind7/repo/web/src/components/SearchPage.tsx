// Corpus: blind7, web app: the search page, LaunchDarkly React SDK.
// Source: launchdarkly-react-client-sdk docs (useFlags camelCased keys, useLDClient, variationDetail on the JS client).
import React, { useEffect, useMemo, useState } from 'react';
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import { useTranslation } from 'react-i18next';
import { ResultList } from './ResultList';
import { FilterBar } from './FilterBar';
import { MapView } from './MapView';
import { track } from '../lib/tracking';
import type { SearchResult } from '../types';

interface SearchPageProps {
  initialResults: SearchResult[];
  market: string;
}

export function SearchPage({ initialResults, market }: SearchPageProps): JSX.Element {
  const { t } = useTranslation('search');
  const { webSearchMapView, webSearchFilterChips = true, webSearchPriceHistogram } = useFlags();
  const ldClient = useLDClient();
  const [results, setResults] = useState(initialResults);
  const [sort, setSort] = useState<'price' | 'rating'>('price');

  const sorted = useMemo(
    () => [...results].sort((a, b) => (sort === 'price' ? a.price - b.price : b.rating - a.rating)),
    [results, sort],
  );

  useEffect(() => {
    track('search-page-viewed', { market, count: results.length });
  }, [market, results.length]);

  useEffect(() => {
    if (!ldClient) return;
    const detail = ldClient.variationDetail('web-search-autorefresh', false);
    if (detail.value !== true) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/search?market=${market}`);
      setResults((await response.json()) as SearchResult[]);
    }, 60_000);
    return () => clearInterval(timer);
  }, [ldClient, market]);

  const compareEnabled = ldClient?.variation('web-search-compare', false) === true;

  return (
    <main aria-label={t('search.title')}>
      {webSearchFilterChips && <FilterBar sort={sort} onSort={setSort} />}
      {webSearchPriceHistogram ? <PriceHistogram results={results} /> : null}
      <ResultList results={sorted} compare={compareEnabled} />
      {webSearchMapView && (
        <MapView
          pins={results.map((result) => result.location)}
          label={t('search.map')}
        />
      )}
    </main>
  );
}

function PriceHistogram({ results }: { results: SearchResult[] }): JSX.Element {
  const buckets = new Map<number, number>();
  for (const result of results) {
    const bucket = Math.floor(result.price / 50) * 50;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
  }
  return (
    <ul className="histogram">
      {[...buckets.entries()].map(([bucket, count]) => (
        <li key={bucket} style={{ height: count * 4 }} title={`${bucket}+`} />
      ))}
    </ul>
  );
}

// Corpus: LaunchDarkly React Web SDK.
// Source: launchdarkly-react-client-sdk, lib/index.d.ts (useFlags, useLDClient, withLDConsumer,
// LDProps: "Keys are camelCased using lodash.camelcase") and the React Web SDK reference on
// docs.launchdarkly.com (flags are read as camelCased properties of the hook's result).
import React from 'react';
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import { LegacySearchBox, SearchBox } from './search-box';

export function SearchPage({ query }: { query: string }) {
  const { fastSearch, legacySearch } = useFlags();
  const ldClient = useLDClient();

  if (legacySearch) {
    return <LegacySearchBox query={query} />;
  }

  const threshold = ldClient?.variation(
    'search-threshold',
    0.5,
  );
  const showThemes = useFlags().holidayTheme;
  const fastSearchLabel = 'Fast search (beta)';

  return (
    <SearchBox
      query={query}
      fast={fastSearch}
      threshold={threshold}
      festive={showThemes}
      label={fastSearchLabel}
    />
  );
}

// Corpus: blind7, web app: a hook bundling the LaunchDarkly flags the trip pages read, with a typed useFlags.
// Source: launchdarkly-react-client-sdk docs (useFlags<T>() with camelCased keys, useLDClient().allFlags()).
import { useMemo } from 'react';
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';

interface TripFlags {
  tripItineraryPdf: boolean;
  tripShareLink: boolean;
  tripWeatherWidget: 'off' | 'compact' | 'full';
}

export interface TripFeatureSet {
  pdf: boolean;
  share: boolean;
  weather: 'off' | 'compact' | 'full';
  carbon: boolean;
}

export function useTripFlags(): TripFeatureSet {
  const flags = useFlags<TripFlags>();
  const ldClient = useLDClient();

  return useMemo(() => {
    const all = ldClient?.allFlags() ?? {};
    return {
      pdf: flags.tripItineraryPdf,
      share: flags.tripShareLink && navigator.share !== undefined,
      weather: flags['tripWeatherWidget'] ?? 'off',
      carbon: all['trip-carbon-estimate'] === true,
    };
  }, [flags, ldClient]);
}

// Corpus: blind5 (issue 14), the LaunchDarkly React SDK: a useFlags() result destructured later.
// Source: launchdarkly-react-client-sdk docs (useFlags returns camelCased keys; useLDClient).
import { useFlags, useLDClient } from "launchdarkly-react-client-sdk";
import { ResultCard, ResultRow, MapPane } from "./results";
import type { Trip } from "@/types";

export function SearchResults({ trips }: { trips: Trip[] }) {
  const flags = useFlags();
  const ldClient = useLDClient();
  const sortDefault = ldClient?.variation('pt-sort-default', 'price') as string;

  const {
    resultCards,
    mapView = false,
  } = flags;

  const alertsOn = flags?.priceAlerts === true;
  const sorted = [...trips].sort((a, b) => (sortDefault === 'price' ? a.price - b.price : a.departs - b.departs));

  return (
    <div className="results">
      {mapView && <MapPane trips={sorted} />}
      {sorted.map((trip) =>
        resultCards ? <ResultCard key={trip.id} trip={trip} alerts={alertsOn} /> : <ResultRow key={trip.id} trip={trip} />,
      )}
    </div>
  );
}

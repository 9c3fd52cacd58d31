// Corpus: blind4 / storefront: the team's own hooks around the LaunchDarkly React SDK.
// Source: launchdarkly-react-client-sdk (useFlags, useLDClient; camelCased keys by default).
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import { useMemo } from 'react';

/** Whether a flag is on; the caller names the flag (camelCase, as useFlags returns it). */
export function useLdFlag(name: string): boolean {
  const flags = useFlags();
  return Boolean(flags[name]);
}

/** A typed variation read through the client, for flags with object values. */
export function useLdValue<T>(key: string, fallback: T): T {
  const client = useLDClient();
  return useMemo(() => (client?.variation(key, fallback) as T) ?? fallback, [client, key, fallback]);
}

/** The promo strip config: a wrapper hook that names its flag itself. */
export function usePromoStrip() {
  const client = useLDClient();
  return client?.variation('sf-promo-strip', { text: '', href: '/' }) as { text: string; href: string };
}

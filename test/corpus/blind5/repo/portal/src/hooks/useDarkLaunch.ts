// Corpus: blind5 (issue 14), the team's own hooks around SDKs: keys computed at run time.
// Source: launchdarkly-react-client-sdk (useFlags, useLDClient) and @unleash/proxy-client-react (useFlag).
import camelCase from 'lodash/camelCase';
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import { useFlag } from '@unleash/proxy-client-react';

export function useDarkLaunch(key: string): boolean {
  const all = useFlags();
  return Boolean(all[camelCase(key)]);
}

export function useMarketBanner(market: string): string {
  const ldClient = useLDClient();
  return ldClient?.variation(`pt-${market}-banner`, 'none') ?? 'none';
}

export function useToggle(name: string): boolean {
  return useFlag(name);
}

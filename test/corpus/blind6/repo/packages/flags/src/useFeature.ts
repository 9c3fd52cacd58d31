// Corpus: blind6, the monorepo's own hook wrapping the LaunchDarkly React SDK.
// Source: LaunchDarkly React Web SDK reference (useFlags, useLDClient).
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';
import camelCase from 'lodash/camelCase';
import type { FlagKey } from './keys';

/** Whether the flag is on for the current user; keys are the registry's kebab-case keys. */
export function useFeature(key: FlagKey): boolean {
  const flags = useFlags();
  return Boolean(flags[camelCase(key)]);
}

export function useFeatureValue<T>(key: FlagKey, fallback: T): T {
  const client = useLDClient();
  return (client?.variation(key, fallback) as T) ?? fallback;
}

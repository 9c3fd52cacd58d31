// Corpus: blind3 web, the app's own hooks around the OpenFeature React SDK.
// Source: @openfeature/react-sdk, dist/types.d.ts (useBooleanFlagValue, useStringFlagValue, useFlag).
'use client';

import { useBooleanFlagValue, useFlag, useStringFlagValue } from '@openfeature/react-sdk';

/** The app's hook: the SDK receives the caller's key (a dynamic key here). */
export function useFlagEnabled(flagKey: string): boolean {
  return useBooleanFlagValue(flagKey, false);
}

export function useCopyVariant(flagKey: string, fallback = 'control'): string {
  return useStringFlagValue(flagKey, fallback, { updateOnContextChanged: true });
}

/** A hook of the app for one flag: the key is a literal the SDK receives. */
export function useDarkPricingTable(): boolean {
  const { value } = useFlag('dark-pricing-table', false);
  return value;
}

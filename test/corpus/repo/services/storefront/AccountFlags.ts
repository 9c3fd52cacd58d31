// Corpus: storefront service, a custom hook over the LaunchDarkly React SDK: flags destructured from a bound result, comments inside an argument list.
// Source: launchdarkly-react-client-sdk lib/index.d.ts (useFlags(): LDFlagSet with camelCased keys, useLDClient(): LDClient), js-client LDClient.variation(key, defaultValue).
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';

export function useAccountFlags() {
  const ld = useFlags();
  const { accountExport, accountDelete: canDelete = false } = ld;
  const ldClient = useLDClient();
  const cap = ldClient?.variation(
    // the number of saved addresses shown before "more"
    'account-address-cap',
    5,
  ) as number;
  return { accountExport: accountExport === true, canDelete, cap };
}

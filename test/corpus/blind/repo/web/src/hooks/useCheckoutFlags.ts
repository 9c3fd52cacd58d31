// Corpus: blind / web checkout flags hook (LaunchDarkly React SDK, typed flags and a bound useFlags() result)
// Source: launchdarkly-react-client-sdk useFlags<T extends LDFlagSet>() (react-client-sdk src/useFlags.ts); ProviderConfig.reactOptions.useCamelCaseFlagKeys (docs.launchdarkly.com/sdk/client-side/react/react-web#flag-keys)
import { useFlags } from 'launchdarkly-react-client-sdk';

export interface CheckoutFlags {
  oneClickBuy: boolean;
  savedCardsLimit: number;
  checkoutTheme: string;
}

export function useCheckoutFlags() {
  const flags = useFlags<CheckoutFlags>();
  const { oneClickBuy, savedCardsLimit = 3 } = flags;

  return {
    oneClick: oneClickBuy,
    cardsLimit: savedCardsLimit,
    theme: flags.checkoutTheme ?? 'default',
  };
}

export function useRawKeyFlags(): boolean {
  // with useCamelCaseFlagKeys: false the original keys are the property names
  const raw = useFlags();
  return Boolean(raw['checkout-address-book']);
}

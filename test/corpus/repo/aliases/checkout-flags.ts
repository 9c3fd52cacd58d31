// Corpus: registry aliases and their case variants.
// Source: prove-hooks README, "Aliases": registry aliases match on identifier boundaries only, and
// flags.aliasCaseVariants ["camel"] also matches the camelCase spelling of each alias.
import { init, type LDContext } from '@launchdarkly/node-server-sdk';

const ldClient = init('sdk-key');

export const NEW_CHECKOUT = 'new-checkout';

export async function checkoutEnabled(context: LDContext): Promise<boolean> {
  return ldClient.boolVariation(NEW_CHECKOUT, context, false);
}

export function checkoutBanner(newCheckout: boolean): string {
  return newCheckout ? 'Try the new checkout' : '';
}

export function checkoutV2Banner(newCheckoutV2: boolean): string {
  const newCheckoutVariant = newCheckoutV2 ? 'b' : 'a';
  return `variant-${newCheckoutVariant}`;
}

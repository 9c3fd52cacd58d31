// Corpus: blind3 web (round 2, added after the scanner was read), keys in a TS namespace and a glob in a comment.
// Source: TypeScript handbook "Namespaces" (exported members); @openfeature/server-sdk Client.getBooleanValue (dist/types.d.ts).
import { OpenFeature } from '@openfeature/server-sdk';

// Matched by the build's `src/**/*.ts` glob; see also lib/*.d.ts.
export namespace LegacyFlags {
  export const CART_V1 = 'legacy-cart-v1';
  const INTERNAL_ONLY = 'legacy-internal-only';
  export const internal = INTERNAL_ONLY.length;
}

const client = OpenFeature.getClient('legacy');

export async function legacyCart(userId: string): Promise<boolean> {
  const oldCart = await client.getBooleanValue(LegacyFlags.CART_V1, false, { targetingKey: userId });
  const notes = await client.getStringValue('legacy-cart-notes', '', { targetingKey: userId });
  return oldCart && notes.length > 0;
}

// Corpus: blind3 web, the app's own wrapper around the LaunchDarkly server SDK.
// Source: @launchdarkly/node-server-sdk, LDClient in dist/api/LDClient.d.ts (variation, boolVariation).
import { init, type LDClient, type LDContext } from '@launchdarkly/node-server-sdk';
import type { FlagKey } from './flag-keys';

let client: LDClient | undefined;

export async function getLdClient(): Promise<LDClient> {
  if (!client) {
    client = init(process.env.LAUNCHDARKLY_SDK_KEY ?? '');
    await client.waitForInitialization({ timeout: 5 });
  }
  return client;
}

/** The app's wrapper: the key is whatever the caller passes. */
export async function isOn(key: FlagKey, context: LDContext): Promise<boolean> {
  const ld = await getLdClient();
  return ld.boolVariation(key, context, false);
}

export async function variant<T>(
  key: string,
  context: LDContext,
  fallback: T,
): Promise<T> {
  const ld = await getLdClient();
  return (await ld.variation(
    key,
    context,
    fallback,
  )) as T;
}

export function contextFor(userId: string, plan?: string): LDContext {
  return { kind: 'user', key: userId, plan: plan ?? 'free' };
}

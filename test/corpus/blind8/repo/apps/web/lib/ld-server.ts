// Corpus: blind8, parcelpoint web, LaunchDarkly server client for React Server Components
// Source: LaunchDarkly Node.js server SDK docs (init, waitForInitialization, variation, LDContext)
import 'server-only';
import * as ld from '@launchdarkly/node-server-sdk';
import type { LDContext } from '@launchdarkly/node-server-sdk';

let client: ld.LDClient | undefined;

export async function getServerLd(): Promise<ld.LDClient> {
  if (!client) {
    client = ld.init(process.env.LD_SDK_KEY ?? '');
    await client.waitForInitialization({ timeout: 5 });
  }
  return client;
}

export function shopperContext(userId: string, country: string): LDContext {
  return { kind: 'user', key: userId, country };
}

/** One place to log evaluations; the key comes from the caller. */
export async function serverFlag<T>(key: string, context: LDContext, fallback: T): Promise<T> {
  const ldClient = await getServerLd();
  const value = (await ldClient.variation(key, context, fallback)) as T;
  return value;
}

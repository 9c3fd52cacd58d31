// Corpus: blind4 / storefront: the server-side flag client of the Next.js app.
// Source: @openfeature/server-sdk (dist/types.d.ts: Client.getBooleanValue, getStringValue, getObjectValue).
import 'server-only';
import { OpenFeature, type Client, type EvaluationContext, type JsonValue } from '@openfeature/server-sdk';
import { cookies, headers } from 'next/headers';

let cached: Client | undefined;

export function getFlagClient(): Client {
  cached ??= OpenFeature.getClient('storefront');
  return cached;
}

export async function buildContext(): Promise<EvaluationContext> {
  const jar = await cookies();
  const h = await headers();
  return {
    targetingKey: jar.get('sid')?.value ?? 'anonymous',
    country: h.get('x-vercel-ip-country') ?? 'US',
  };
}

/** A boolean flag for the current request; the key comes from the caller. */
export async function isFlagOn(flagKey: string, fallback = false): Promise<boolean> {
  const context = await buildContext();
  return getFlagClient().getBooleanValue(flagKey, fallback, context);
}

export async function readJsonFlag<T extends JsonValue>(flagKey: string, fallback: T): Promise<T> {
  return (await getFlagClient().getObjectValue<T>(
    flagKey,
    fallback,
    await buildContext(),
  )) as T;
}

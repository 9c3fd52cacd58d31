// Corpus: blind6, a singleton OpenFeature client built with a builder-style provider and keys from a string enum.
// Source: OpenFeature JS server SDK (setProviderAndWait, getClient, getBooleanValue, getStringValue); TypeScript handbook (string enums).
import { OpenFeature, type EvaluationContext } from '@openfeature/server-sdk';
import { FlagdProvider } from '@openfeature/flagd-provider';

export enum ServerFlag {
  EdgeCache = 'web-edge-cache',
  SsrStreaming = 'web-ssr-streaming',
}

let ready: Promise<void> | undefined;

export async function serverFlag(flag: ServerFlag, context: EvaluationContext): Promise<boolean> {
  ready ??= OpenFeature.setProviderAndWait(new FlagdProvider({ host: 'flagd', port: 8013 }));
  await ready;
  return OpenFeature.getClient().getBooleanValue(flag, false, context);
}

export async function edgeCacheTtl(context: EvaluationContext): Promise<string> {
  await ready;
  return OpenFeature.getClient()
    .getStringValue(ServerFlag.EdgeCache, '60s', context);
}

export async function streaming(context: EvaluationContext): Promise<boolean> {
  await ready;
  const client = OpenFeature.getClient();
  return client.getBooleanValue(ServerFlag.SsrStreaming, true, context);
}

// Corpus: blind5 (issue 14), the portal's LaunchDarkly server client, made once per process.
// Source: @launchdarkly/node-server-sdk docs (init, waitForInitialization, offline option).
import { init, type LDClient } from '@launchdarkly/node-server-sdk';

let ldClient: LDClient | undefined;

export async function getLdClient(): Promise<LDClient> {
  if (ldClient) return ldClient;
  const offline = process.env.FF_LD_OFFLINE === '1';
  ldClient = init(process.env.LD_SDK_KEY ?? '', { offline });
  await ldClient.waitForInitialization({ timeout: 5 });
  return ldClient;
}

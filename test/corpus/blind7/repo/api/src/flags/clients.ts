// Corpus: blind7 (tripwise travel platform), api service: the flag SDK clients, built once.
// Source: launchdarkly-node-server-sdk, unleash-client, posthog-node, statsig-node, @splitsoftware/splitio,
// configcat-node, @devcycle/nodejs-server-sdk, @openfeature/server-sdk, flagsmith-nodejs, @growthbook/growthbook docs.
import * as ld from '@launchdarkly/node-server-sdk';
import { initialize, type Unleash } from 'unleash-client';
import { PostHog } from 'posthog-node';
import Statsig from 'statsig-node';
import { SplitFactory } from '@splitsoftware/splitio';
import * as configcat from 'configcat-node';
import { initializeDevCycle } from '@devcycle/nodejs-server-sdk';
import { OpenFeature } from '@openfeature/server-sdk';
import Flagsmith from 'flagsmith-nodejs';
import { GrowthBook } from '@growthbook/growthbook';
import { logger } from '../logging';

export interface FlagClients {
  ld: ld.LDClient;
  unleash: Unleash;
  posthog: PostHog;
  split: SplitIO.IClient;
  configcat: configcat.IConfigCatClient;
  devcycle: Awaited<ReturnType<typeof initializeDevCycle>>;
  flagsmith: Flagsmith;
}

const streaming = process.env.FF_API_LD_STREAMING !== 'false';
const pollSeconds = Number(process.env.FF_API_POLL_SECONDS ?? '30');

export async function createFlagClients(): Promise<FlagClients> {
  const ldClient = ld.init(process.env.LD_SDK_KEY!, {
    stream: streaming,
    logger: ld.basicLogger({ level: 'warn' }),
  });
  const unleash = initialize({
    url: process.env.UNLEASH_URL!,
    appName: 'tripwise-api',
    refreshInterval: pollSeconds * 1000,
    customHeaders: { Authorization: process.env.UNLEASH_TOKEN! },
  });
  const posthog = new PostHog(process.env.POSTHOG_KEY!, {
    host: 'https://eu.posthog.com',
    personalApiKey: process.env.POSTHOG_PERSONAL_KEY,
    featureFlagsPollingInterval: pollSeconds * 1000,
  });
  await Statsig.initialize(process.env.STATSIG_SERVER_SECRET!, { environment: { tier: process.env.NODE_ENV ?? 'development' } });
  const factory = SplitFactory({
    core: { authorizationKey: process.env.SPLIT_KEY! },
    startup: { readyTimeout: 5 },
  });
  const split = factory.client();
  const configcatClient = configcat.getClient(process.env.CONFIGCAT_KEY!, configcat.PollingMode.AutoPoll, {
    pollIntervalSeconds: pollSeconds,
  });
  const devcycle = await initializeDevCycle(process.env.DEVCYCLE_SERVER_KEY!).onClientInitialized();
  const flagsmith = new Flagsmith({ environmentKey: process.env.FLAGSMITH_KEY!, enableLocalEvaluation: true });

  await Promise.all([ldClient.waitForInitialization({ timeout: 10 }), split.ready()]);
  logger.info('flag clients ready', { streaming, pollSeconds });
  return { ld: ldClient, unleash, posthog, split, configcat: configcatClient, devcycle, flagsmith };
}

export function createGrowthBook(attributes: Record<string, unknown>): GrowthBook {
  return new GrowthBook({
    apiHost: 'https://cdn.growthbook.io',
    clientKey: process.env.GROWTHBOOK_CLIENT_KEY,
    attributes,
    enableDevMode: process.env.FF_API_GB_DEVMODE === '1',
  });
}

export const openFeatureClient = OpenFeature.getClient('tripwise-api');

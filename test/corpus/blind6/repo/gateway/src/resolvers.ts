// Corpus: blind6, Apollo Server resolvers: the OpenFeature client and the Statsig server SDK in the context.
// Source: Apollo Server docs (resolvers, context); OpenFeature server SDK (getBooleanValue, getObjectValue); statsig-node docs (checkGate, getConfig).
import Statsig from 'statsig-node';
import type { Client } from '@openfeature/server-sdk';
import type { StatsigUser } from 'statsig-node';

interface GatewayContext {
  featureClient: Client;
  user: StatsigUser;
}

interface RankingConfig {
  model: string;
  depth: number;
}

export const resolvers = {
  Query: {
    home: async (_parent: unknown, _args: unknown, { featureClient, user }: GatewayContext) => {
      const personalized = await featureClient.getBooleanValue('gw-personalized-home', false, { targetingKey: user.userID });
      const ranking = await featureClient.getObjectValue<RankingConfig>(
        'gw-ranking-config',
        { model: 'baseline', depth: 3 },
      );
      return { personalized, ranking };
    },
    search: async (_parent: unknown, args: { q: string }, ctx: GatewayContext) => {
      const persisted = await Statsig.checkGate(ctx.user, 'gw_persisted_queries');
      const limits = await Statsig.getConfig(ctx.user, 'gw_search_limits');
      return { q: args.q, persisted, limit: limits.get('max', 20) };
    },
  },
  Mutation: {
    rate: async (_p: unknown, args: { id: string; stars: number }, { featureClient }: GatewayContext) =>
      (await featureClient.getBooleanDetails('gw-half-stars', false)).value ? args.stars : Math.round(args.stars),
  },
};

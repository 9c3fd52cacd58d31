// Corpus: blind7, api service: flight search, the rarer server forms: LaunchDarkly migration flags, inline contexts,
// Source: @launchdarkly/node-server-sdk (migrationVariation, variation(key, context, default, callback), allFlagsState().allValues()),
// posthog-node (getAllFlags), @splitsoftware/splitio (SplitKey { matchingKey, bucketingKey }, getTreatmentsWithConfig),
// statsig-node (getExperimentSync, getConfigSync), @statsig/statsig-node-core (getFeatureGate), @openfeature/server-sdk (FlagEvaluationOptions).
// callback and promise forms, allValues() maps; PostHog getAllFlags maps; Split key objects and getTreatmentsWithConfig;
// Statsig sync variants and the node-core getFeatureGate; OpenFeature evaluation options with hooks.
import { LDMigrationStage, type LDClient, type LDContext } from '@launchdarkly/node-server-sdk';
import type { PostHog } from 'posthog-node';
import Statsig from 'statsig-node';
import { Statsig as StatsigCore, StatsigUser } from '@statsig/statsig-node-core';
import type { Unleash } from 'unleash-client';
import { OpenFeature, type Hook } from '@openfeature/server-sdk';
import { FaresDb, LegacyFaresDb } from './fares-db';
import { logger } from '../logging';

const auditHook: Hook = {
  after: (hookContext, details) => logger.debug('flag evaluated', { flag: hookContext.flagKey, value: details.value }),
};

export interface FlightQuery {
  userId: string;
  sessionId: string;
  origin: string;
  destination: string;
  cabin: 'economy' | 'premium' | 'business';
  passengers: number;
}

export class FlightSearchService {
  private readonly features = OpenFeature.getClient('flights');

  constructor(
    private readonly ld: LDClient,
    private readonly posthog: PostHog,
    private readonly split: SplitIO.IClient,
    private readonly statsigCore: StatsigCore,
    private readonly unleash: Unleash,
    private readonly faresDb: FaresDb,
    private readonly legacyDb: LegacyFaresDb,
  ) {}

  async fares(query: FlightQuery): Promise<unknown[]> {
    const context: LDContext = { kind: 'user', key: query.userId, cabin: query.cabin };
    const { value: stage, tracker } = await this.ld.migrationVariation('fl-fares-db-migration', context, LDMigrationStage.Off);
    tracker.op('read');
    const source = stage === LDMigrationStage.Off || stage === LDMigrationStage.DualWrite ? this.legacyDb : this.faresDb;

    const ndc = await this.ld.boolVariation('fl-ndc-content', { kind: 'user', key: query.userId }, false);
    const [carbonLabels, fareFamilies] = await Promise.all([
      this.ld.boolVariation(`fl-carbon-labels`, context, false),
      this.ld.stringVariation('fl-fare-families', context, 'basic'),
    ]);

    this.ld.variation('fl-seat-fees', context, false, (err: Error | null, seatFees: boolean) => {
      if (err) logger.warn('fl-seat-fees callback failed', { err });
      else logger.debug('seat fees', { seatFees });
    });

    return source.search({ ...query, ndc, carbonLabels, fareFamilies });
  }

  async bootstrap(query: FlightQuery): Promise<Record<string, unknown>> {
    const state = await this.ld.allFlagsState({ kind: 'user', key: query.userId }, { clientSideOnly: true });
    const values = state.allValues();
    const phFlags = await this.posthog.getAllFlags(query.userId, { onlyEvaluateLocally: true });
    return {
      baggageCalculator: values['fl-baggage-calculator'] ?? false,
      priceAlerts: phFlags['fl-price-alerts-v2'] === true,
      farePredictor: this.ld.variation('fl-fare-predictor', { kind: 'user', key: query.userId }, false).then((on) => on === true),
    };
  }

  calendar(query: FlightQuery): { calendar: boolean; sorting: string; ancillaries: unknown } {
    const key: SplitIO.SplitKey = { matchingKey: query.userId, bucketingKey: query.sessionId };
    const calendar = this.split.getTreatment(key, 'fl_fare_calendar', { cabin: query.cabin }) === 'on';
    const configs = this.split.getTreatmentsWithConfig(
      query.userId,
      ['fl_sorting_v2', 'fl_ancillary_bundles'],
      { cabin: query.cabin, passengers: query.passengers },
    );
    return {
      calendar,
      sorting: configs['fl_sorting_v2'].treatment,
      ancillaries: JSON.parse(configs.fl_ancillary_bundles.config ?? 'null'),
    };
  }

  experiments(query: FlightQuery): Record<string, unknown> {
    const user = { userID: query.userId, custom: { cabin: query.cabin } };
    const sortOrder = Statsig.getExperimentSync(user, 'fl_sort_order_test').get('order', 'price');
    const blocklist = Statsig.getConfigSync(user, 'fl_airline_blocklist').get('carriers', [] as string[]);
    const coreUser = new StatsigUser({ userID: query.userId });
    const ancillaries = this.statsigCore.getFeatureGate(coreUser, 'fl_ancillaries').value;
    return { sortOrder, blocklist, ancillaries };
  }

  async multiCity(query: FlightQuery, ctx: { userId: string; properties?: Record<string, string> }): Promise<boolean> {
    const allowed = this.unleash.isEnabled('fl-multi-city', { ...ctx, properties: { ...ctx.properties, cabin: query.cabin } });
    const priceFreeze = await this.features.getBooleanValue('fl-price-freeze', false, { targetingKey: query.userId }, { hooks: [auditHook] });
    this.ld.track('fl-search-performed', { kind: 'user', key: query.userId });
    return allowed && priceFreeze;
  }
}

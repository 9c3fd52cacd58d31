// Corpus: blind9, brightgrid billing service, tariff pricing written with Effect
// Source: effect (Effect.gen, Effect.tryPromise, Effect.promise, pipe) and @openfeature/server-sdk (getBooleanValue, getNumberValue), @statsig/statsig-node-core (checkGate(user, name))
import { Effect, pipe } from 'effect';
import { OpenFeature } from '@openfeature/server-sdk';
import { Statsig, StatsigUser } from '@statsig/statsig-node-core';
import { TARIFF_FLAGS } from './tariff-flags';

const openFeature = OpenFeature.getClient('billing');
const statsig = new Statsig(process.env.STATSIG_SERVER_KEY!);

export const seasonalMultiplier = (accountId: string, month: number) =>
  Effect.gen(function* () {
    const seasonal = yield* Effect.tryPromise(() =>
      openFeature.getBooleanValue(TARIFF_FLAGS.seasonalRates, false, { targetingKey: accountId }),
    );
    if (!seasonal) return 1;
    const winterUplift = yield* Effect.promise(() =>
      openFeature.getNumberValue('bil-winter-uplift', 1.08, { targetingKey: accountId }),
    );
    return month >= 10 || month <= 2 ? winterUplift : 1;
  });

export const standingCharge = (accountId: string, days: number) =>
  pipe(
    Effect.tryPromise(() => openFeature.getBooleanValue(
      TARIFF_FLAGS.standingChargeSplit,
      false,
    )),
    Effect.map((split) => (split ? days * 48.2 : days * 53.1)),
  );

export const carbonLevy = (accountId: string, kwh: number) =>
  Effect.sync(() => {
    const user = new StatsigUser({ userID: accountId });
    const levyOn = statsig.checkGate(user, 'bil_carbon_levy_gate');
    const levy = statsig.getDynamicConfig(user, 'bil_carbon_levy_rates');
    const perKwh = levy.getValue('pence_per_kwh', 0.2) as number;
    return levyOn ? kwh * perKwh : 0;
  });

// The old levy: openFeature.getBooleanValue('bil-carbon-levy', false)
export const ratesFor = (accountId: string, flagKey: string) =>
  Effect.tryPromise(() => openFeature.getStringValue(flagKey, 'standard', { targetingKey: accountId }));

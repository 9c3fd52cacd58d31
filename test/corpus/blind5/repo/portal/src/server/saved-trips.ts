// Corpus: blind5 (issue 14), the Flagsmith Node SDK: identity flags held in a local, environment flags in a then().
// Source: flagsmith-nodejs docs (getIdentityFlags, getEnvironmentFlags, Flags.isFeatureEnabled, getFeatureValue).
import Flagsmith from 'flagsmith-nodejs';

const flagsmith = new Flagsmith({ environmentKey: process.env.FLAGSMITH_SERVER_KEY ?? '' });

export async function listSavedTrips(userId: string, plan: 'free' | 'pro') {
  const flags = await flagsmith.getIdentityFlags(userId, { plan });
  if (!flags.isFeatureEnabled('pt_saved_trips')) return [];
  const limit = Number(flags.getFeatureValue('pt_trip_limit') ?? 20);
  const maintenance = await flagsmith
    .getEnvironmentFlags()
    .then((env) => env.isFeatureEnabled('pt_maintenance_mode'));
  return maintenance ? [] : fetchTrips(userId, limit);
}

declare function fetchTrips(userId: string, limit: number): Promise<unknown[]>;

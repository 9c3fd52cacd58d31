// Corpus: blind / api segments (Flagsmith Node.js SDK)
// Source: flagsmith-nodejs Flagsmith.getEnvironmentFlags / getIdentityFlags, Flags.isFeatureEnabled / getFeatureValue / getFlag (docs.flagsmith.com/clients/server-side, build/esm/sdk/models.d.ts)
import Flagsmith from 'flagsmith-nodejs';

const flagsmith = new Flagsmith({ environmentKey: process.env.FLAGSMITH_SERVER_KEY ?? '', enableLocalEvaluation: true });

export async function segmentFeatures(accountId: string, traits: Record<string, string | number>) {
  const environmentFlags = await flagsmith.getEnvironmentFlags();
  const maintenance = environmentFlags.isFeatureEnabled('api_maintenance_mode');

  const identityFlags = await flagsmith.getIdentityFlags(accountId, traits);
  const exportFormats = identityFlags.getFeatureValue('segment_export_formats');
  const lookalike = identityFlags.isFeatureEnabled(
    'segment_lookalike_audiences',
  );
  const realtime = identityFlags.getFlag('segment_realtime_sync');

  return {
    maintenance,
    exportFormats: String(exportFormats ?? 'csv').split(','),
    lookalike,
    realtime: realtime.enabled,
  };
}

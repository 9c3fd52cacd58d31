// Corpus: OpenFeature Node.js server SDK.
// Source: @openfeature/server-sdk, dist/types.d.ts: Client.getBooleanValue(flagKey, defaultValue,
// context?, options?), getObjectValue<T extends JsonValue>(flagKey, defaultValue, ...),
// getStringDetails(flagKey, defaultValue, ...); openfeature.dev/docs/reference/technologies/server/javascript.
import { OpenFeature } from '@openfeature/server-sdk';

interface PanelConfig {
  columns: number;
  compact: boolean;
}

const client = OpenFeature.getClient('dashboard');

export async function dashboardSettings(tenant: string, flagKey: string) {
  const context = { targetingKey: tenant };
  const panel = await client.getObjectValue<PanelConfig>('panel-config', { columns: 2, compact: false }, context);
  const rateLimit = await client.getNumberValue(
    'rate-limit',
    100,
    context,
  );
  const theme = await client.getStringDetails('ui-theme', 'light', context);
  const parser = await client.getBooleanValue('new-parser', false, context);
  const custom = await client.getBooleanValue(flagKey, false, context);
  return { panel, rateLimit, theme: theme.value, parser, custom };
}

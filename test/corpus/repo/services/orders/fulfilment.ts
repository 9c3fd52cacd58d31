// Corpus: orders service (Node), Split, Unleash and DevCycle server SDKs plus environment flags.
// Source: @splitsoftware/splitio types/splitio.d.ts (getTreatment(key: SplitKey, featureFlagName,
// attributes?) where SplitKey is a string or { matchingKey, bucketingKey },
// getTreatmentWithConfig(key, name), getTreatmentsWithConfig(key, names) -> TreatmentsWithConfig),
// unleash-client (isEnabled(name, context?, fallback?), getVariant(name, context?)),
// @devcycle/nodejs-server-sdk (variableValue(user, key, defaultValue), variable(user, key, defaultValue)).
import { SplitFactory } from '@splitsoftware/splitio';
import { initialize } from 'unleash-client';
import { initializeDevCycle } from '@devcycle/nodejs-server-sdk';
import { metrics } from './metrics';

const split = SplitFactory({ core: { authorizationKey: process.env.SPLIT_KEY ?? '' } }).client();
const unleash = initialize({ url: 'https://unleash.internal/api/', appName: 'orders' });
const devcycleClient = initializeDevCycle(process.env.DEVCYCLE_SERVER_KEY ?? '');

type Order = { id: string; accountId: string; orgId: string; region: string; plan: string };

export async function planShipments(order: Order, toggleName: string) {
  const splitShipments = split.getTreatment(
    { matchingKey: order.accountId, bucketingKey: order.orgId },
    'orders_split_shipments',
    { plan: order.plan },
  );
  const exportConfig = split.getTreatmentWithConfig(order.accountId, 'orders_export_config');
  const parsed = JSON.parse(exportConfig.config ?? '{}') as { format?: string };
  const carriers = split.getTreatmentsWithConfig(order.accountId, [
    'orders_carrier_dhl',
    'orders_carrier_ups',
  ]);
  const useDhl = carriers.orders_carrier_dhl.treatment === 'on';
  const upsConfig = carriers['orders_carrier_ups'].config;

  const context = { userId: order.accountId, properties: { region: order.region } };
  const autoCancel = unleash.isEnabled('orders.auto-cancel', context, false);
  const routing = unleash.isEnabled(`orders-${order.region}-routing`, context);
  const custom = unleash.isEnabled(toggleName, context);
  const emailVariant = unleash.getVariant('orders-email-variant', context);
  metrics.increment('orders.auto-cancel.checked');

  const user = { user_id: order.accountId, country: order.region };
  const pageSize = devcycleClient.variableValue(user, 'orders-page-size', 25);
  const taxInclusive = devcycleClient.variableValue(
    { user_id: order.accountId, country: order.region },
    'orders-tax-inclusive',
    false,
  );
  const theme = devcycleClient.variable(user, 'orders-theme', 'light');

  const asyncWrites = process.env.FF_ORDERS_ASYNC === 'true';
  const audit = process.env['FF_ORDERS_AUDIT'] ?? 'off';
  const shadow = process.env.FF_ORDERS_SHADOW_WRITE === '1';
  const regional = process.env[`FF_ORDERS_${order.region.toUpperCase()}`];

  return {
    splitShipments, parsed, useDhl, upsConfig, autoCancel, routing, custom,
    variant: emailVariant.name, pageSize, taxInclusive, theme: theme.value,
    asyncWrites, audit, shadow, regional,
  };
}

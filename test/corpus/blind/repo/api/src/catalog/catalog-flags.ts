// Corpus: blind / api catalog (OpenFeature server SDK, ConfigCat Node SDK, PostHog Node SDK)
// Source: @openfeature/server-sdk Client.getBooleanValue / getObjectValue<T> / getStringDetails (openfeature.dev/docs/reference/technologies/server/javascript); configcat-node IConfigCatClient.getValueAsync / getValueDetailsAsync (configcat.com/docs/sdk-reference/node); posthog-node PostHog.isFeatureEnabled(key, distinctId) / getFeatureFlag / getFeatureFlagPayload (posthog.com/docs/libraries/node)
import { OpenFeature } from '@openfeature/server-sdk';
import * as configcat from 'configcat-node';
import { PostHog } from 'posthog-node';

type GridConfig = { columns: number; dense: boolean };

const features = OpenFeature.getClient('catalog');
const configCatClient = configcat.getClient(process.env.CONFIGCAT_SDK_KEY ?? '');
const posthog = new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://eu.posthog.com' });

export async function catalogSettings(accountId: string) {
  const evaluationContext = { targetingKey: accountId };
  const variantsEnabled = await features.getBooleanValue('catalog-product-variants', false, evaluationContext);
  const grid = await features.getObjectValue<GridConfig>(
    'catalog-grid-config',
    { columns: 4, dense: false },
    evaluationContext,
  );
  const sortDetails = await features.getStringDetails('catalog-default-sort', 'relevance', evaluationContext);

  const user = new configcat.User(accountId);
  const bulkEdit = await configCatClient.getValueAsync('catalogBulkEdit', false, user);
  const importLimit = await configCatClient.getValueDetailsAsync(
    'catalogImportRowLimit',
    1000,
    user,
  );

  const aiDescriptions = await posthog.isFeatureEnabled('catalog-ai-descriptions', accountId);
  const layoutVariant = await posthog.getFeatureFlag('catalog-card-layout', accountId, { groups: { company: accountId } });
  const badges = await posthog.getFeatureFlagPayload('catalog-badges', accountId);

  return {
    variantsEnabled,
    grid,
    sort: sortDetails.value,
    bulkEdit,
    importLimit: importLimit.value,
    aiDescriptions,
    layoutVariant,
    badges,
  };
}

// Corpus: blind / worker reindex job (CommonJS; Unleash top-level functions, ConfigCat Node SDK)
// Source: unleash-client initialize / isEnabled / getVariant (github.com/Unleash/unleash-client-node README); configcat-node getClient / getValueAsync (configcat.com/docs/sdk-reference/node)
const { initialize, isEnabled, getVariant } = require('unleash-client');
const configcat = require('configcat-node');

initialize({ url: process.env.UNLEASH_URL, appName: 'reindex-worker' });
const configCatClient = configcat.getClient(process.env.CONFIGCAT_SDK_KEY, configcat.PollingMode.AutoPoll);

async function reindex(index, documents) {
  const parallel = isEnabled('reindex-parallel-shards');
  const strategy = getVariant('reindex-batching-strategy', { properties: { index } });
  const batchSize = await configCatClient.getValueAsync('reindexBatchSize', 500);
  const dryRun = await configCatClient.getValueAsync(
    'reindexDryRun',
    false,
    new configcat.User('worker', undefined, undefined, { index }),
  );

  const batches = [];
  for (let offset = 0; offset < documents.length; offset += batchSize) {
    batches.push(documents.slice(offset, offset + batchSize));
  }
  const toggle = `reindex-${index}-aliases`;
  const aliases = isEnabled(toggle);
  return { parallel, strategy: strategy.name, dryRun, batches: batches.length, aliases };
}

module.exports = { reindex };

// Corpus: Flagsmith Node.js server SDK.
// Source: flagsmith-nodejs, sdk/models.d.ts: Flags.isFeatureEnabled(featureName),
// getFeatureValue(featureName), getFlag(featureName); the client's getEnvironmentFlags().
const Flagsmith = require('flagsmith-nodejs');

const flagsmith = new Flagsmith({ environmentKey: process.env.FLAGSMITH_SERVER_KEY });

async function uploadLimit() {
  const flags = await flagsmith.getEnvironmentFlags();
  if (!flags.isFeatureEnabled('large_uploads')) {
    return 10;
  }
  const limit = flags.getFeatureValue('upload_limit_mb');
  const flag = flags.getFlag(
    'upload_checksum',
  );
  return flag.enabled ? Number(limit) : 50;
}

module.exports = { uploadLimit };

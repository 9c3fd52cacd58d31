// Corpus: blind6, a scheduled Netlify function (CommonJS) sending the weekly digest with PostHog Node.
// Source: PostHog Node docs (isFeatureEnabled, getFeatureFlag, getFeatureFlagPayload, shutdown); Netlify scheduled functions docs.
const { PostHog } = require('posthog-node');
const { listSubscribers, send } = require('./mailer');

const posthog = new PostHog(process.env.POSTHOG_KEY, { host: 'https://eu.i.posthog.com' });

exports.handler = async function handler() {
  for (const user of await listSubscribers()) {
    if (!(await posthog.isFeatureEnabled('fn-weekly-digest', user.id))) continue;
    const layout = await posthog.getFeatureFlag(
      'fn-digest-layout',
      user.id,
      { personProperties: { plan: user.plan } },
    );
    const copy = await posthog.getFeatureFlagPayload('fn-digest-copy', user.id);
    await send(user, { layout, copy });
  }
  await posthog.shutdown();
  return { statusCode: 200 };
};

exports.config = { schedule: '@weekly' };

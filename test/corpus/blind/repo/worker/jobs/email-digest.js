// Corpus: blind / worker email digest job (CommonJS; LaunchDarkly Node.js server SDK, PostHog Node SDK)
// Source: @launchdarkly/node-server-sdk init / LDClient.variation (docs.launchdarkly.com/sdk/server-side/node-js); posthog-node PostHog.isFeatureEnabled / getFeatureFlag (posthog.com/docs/libraries/node)
'use strict';

const LaunchDarkly = require('@launchdarkly/node-server-sdk');
const { PostHog } = require('posthog-node');
const { sendMail } = require('../lib/mailer');

const ld = LaunchDarkly.init(process.env.LD_SDK_KEY);
const posthog = new PostHog(process.env.POSTHOG_KEY);

async function runDigest(users) {
  await ld.waitForInitialization({ timeout: 10 });
  for (const user of users) {
    const context = { kind: 'user', key: user.id, email: user.email };
    const weekly = await ld.variation('digest-weekly-schedule', context, false);
    const subjectLine = await ld.variation(
      'digest-subject-line',
      context,
      'Your weekly summary',
    );
    // const legacy = await ld.variation('digest-legacy-template', context, false);
    const personalised = await posthog.isFeatureEnabled('digest-personalised-picks', user.id);
    const sendHour = Number(process.env.FF_DIGEST_SEND_HOUR || 9);

    if (!weekly && new Date().getDay() !== 1) continue;
    await sendMail(user.email, subjectLine, { personalised, sendHour });
  }
  await posthog.shutdown();
}

module.exports = { runDigest };

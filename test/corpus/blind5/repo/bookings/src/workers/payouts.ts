// Corpus: blind5 (issue 14), PostHog Node in a payout worker: flags, group flags and the all-flags result.
// Source: posthog-node README (isFeatureEnabled, getFeatureFlag with groups, getAllFlags, capture).
import { PostHog } from 'posthog-node';

const posthog = new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://eu.posthog.com' });

export async function runPayout(hostId: string, companyId: string, amount: number) {
  const instant = await posthog.isFeatureEnabled('bk-instant-payout', hostId);
  const schedule = await posthog.getFeatureFlag('bk-payout-schedule', hostId, {
    groups: { company: companyId },
  });
  const all = await posthog.getAllFlags(hostId);
  const fee = all['bk-payout-fees'] === 'reduced' ? 0.01 : 0.02;
  posthog.capture({ distinctId: hostId, event: 'payout_sent', properties: { amount, instant, schedule } });
  return amount * (1 - fee);
}

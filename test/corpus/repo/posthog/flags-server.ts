// Corpus: PostHog Node.js SDK (posthog-node).
// Source: posthog.com/docs/feature-flags/installation/nodejs and posthog-node's client types:
// isFeatureEnabled(key, distinctId, options?), getFeatureFlag(key, distinctId, options?),
// getFeatureFlagPayload(key, distinctId, matchValue?).
import { PostHog } from 'posthog-node';

const client = new PostHog('phc_project_token', { host: 'https://eu.i.posthog.com' });

export async function serverFlags(distinctId: string, flagName: string) {
  const beta = await client.isFeatureEnabled('server-side-beta', distinctId);
  const variant = await client.getFeatureFlag(
    'checkout-copy',
    distinctId,
  );
  const payload = await client.getFeatureFlagPayload('checkout-copy', distinctId, variant);
  const other = await client.isFeatureEnabled(flagName, distinctId);
  return { beta, variant, payload, other };
}

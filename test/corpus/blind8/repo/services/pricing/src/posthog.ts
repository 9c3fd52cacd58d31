// Corpus: blind8, parcelpoint pricing service, PostHog flags for the business portal
// Source: PostHog Node.js SDK docs (isFeatureEnabled, getFeatureFlag, getFeatureFlagPayload, getAllFlags with distinctId first)
import { PostHog } from 'posthog-node';

const client = new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://eu.i.posthog.com' });

export async function portalFlags(accountId: string) {
  const all = await client.getAllFlags(accountId, { groups: { company: accountId } });
  const invoiceExport = all['prc-invoice-export'] === true;
  const creditLine = await client.isFeatureEnabled('prc-credit-line', accountId);
  const tiers = await client.getFeatureFlagPayload(
    'prc-tier-table',
    accountId,
  );
  const quoteUi = await client.getFeatureFlag('prc-quote-ui', accountId, { groups: { company: accountId } });
  return { invoiceExport, creditLine, tiers, quoteUi };
}

export async function shutdownPostHog(): Promise<void> {
  await client.shutdown();
}

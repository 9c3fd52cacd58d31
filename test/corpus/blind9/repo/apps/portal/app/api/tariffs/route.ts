// Corpus: blind9, brightgrid customer portal, tariffs route handler
// Source: @devcycle/nodejs-server-sdk typings (initializeDevCycle, variableValue(user, key, default), variable) and posthog-node (isFeatureEnabled(key, distinctId, options), getAllFlags)
import { NextResponse } from 'next/server';
import { initializeDevCycle } from '@devcycle/nodejs-server-sdk';
import { PostHog } from 'posthog-node';

const devcycleClient = initializeDevCycle(process.env.DEVCYCLE_SERVER_SDK_KEY!);
const posthog = new PostHog(process.env.POSTHOG_KEY!, { host: 'https://eu.i.posthog.com' });

export async function GET(request: Request) {
  const accountId = new URL(request.url).searchParams.get('account') ?? 'anonymous';
  const user = { user_id: accountId, country: 'GB' };

  const agileRates = devcycleClient.variableValue(user, 'portal-agile-rates', false);
  const rateCap = devcycleClient.variable(
    user,
    'portal-rate-cap-pence',
    35,
  ).value;
  const fixedOffer = await posthog.isFeatureEnabled(
    'portal-fixed-offer',
    accountId,
    { personProperties: { region: 'south-west' } },
  );
  const allFlags = await posthog.getAllFlags(accountId);
  const showLoyalty = allFlags['portal-loyalty-credit'] === true;

  const flagName = request.headers.get('x-debug-flag');
  const debugValue = flagName ? await posthog.getFeatureFlag(flagName, accountId) : undefined;

  return NextResponse.json({ agileRates, rateCap, fixedOffer, showLoyalty, debugValue });
}

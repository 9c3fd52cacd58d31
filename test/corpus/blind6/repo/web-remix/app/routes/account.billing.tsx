// Corpus: blind6, Remix action and loader with the LaunchDarkly server client from an app helper.
// Source: LaunchDarkly Node server SDK reference (variation, allFlagsState, allValues); Remix docs (action, redirect).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { getLaunchDarklyClient } from '~/lib/launchdarkly.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const ldClient = await getLaunchDarklyClient();
  const context = { kind: 'user', key: request.headers.get('x-user') ?? 'anonymous' };
  const state = await ldClient.allFlagsState(context, { clientSideOnly: true });
  const all = state.allValues();
  return { annual: all['rmx-annual-plans'] === true, bootstrap: state.toJSON() };
}

export async function action({ request }: ActionFunctionArgs) {
  const ldClient = await getLaunchDarklyClient();
  const form = await request.formData();
  const context = { kind: 'user', key: String(form.get('userId')) };
  const proration = await ldClient.variation('rmx-proration-preview', context, false);
  return redirect(proration ? '/account/billing/preview' : '/account/billing/done');
}

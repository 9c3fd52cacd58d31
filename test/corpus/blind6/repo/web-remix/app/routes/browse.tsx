// Corpus: blind6, Remix route: the loader evaluates flags on the server, the component reads loader data.
// Source: Remix docs (loader, useLoaderData, json); Flagsmith Node SDK docs (getIdentityFlags, isFeatureEnabled, getFeatureValue).
import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import Flagsmith from 'flagsmith-nodejs';
import { requireUserId } from '~/session.server';

const flagsmith = new Flagsmith({ environmentKey: process.env.FLAGSMITH_SERVER_KEY! });

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const flags = await flagsmith.getIdentityFlags(userId, { plan: 'standard' });
  return json({
    watchParty: flags.isFeatureEnabled('rmx_watch_party'),
    railCount: Number(flags.getFeatureValue('rmx_rail_count') ?? 6),
    newSearch: process.env.FF_RMX_NEW_SEARCH === '1',
  });
}

export default function Browse() {
  const { watchParty, railCount, newSearch } = useLoaderData<typeof loader>();
  return (
    <main data-rails={railCount}>
      {newSearch ? <input type="search" /> : null}
      {watchParty && <a href="/party">Start a watch party</a>}
    </main>
  );
}

// Corpus: blind / web search results (LaunchDarkly React SDK with keys imported through a barrel)
// Source: launchdarkly-react-client-sdk useLDClient; @launchdarkly/js-client-sdk LDClient.boolVariation / stringVariation (js-core LDClient.d.ts)
import React from 'react';
import { useLDClient } from 'launchdarkly-react-client-sdk';
import { FLAGS, SearchFlag, RANKING_FLAG } from '../../flags';
import { SEARCH_RANKING_FLAG } from '../../flags/keys';

export function SearchResults({ results }: { results: { id: string; title: string }[] }) {
  const ldClient = useLDClient();
  const facets = ldClient?.variation(FLAGS.searchFacets, false);
  const spellcheck = ldClient?.variation(
    FLAGS.searchSpellcheck,
    true,
  );
  const infinite = ldClient?.variation(SearchFlag.InfiniteScroll, false);
  const recent = ldClient?.variation(SearchFlag.RecentQueries, false);
  const model = ldClient?.variation(RANKING_FLAG, 'bm25');
  const modelAgain = ldClient?.variation(SEARCH_RANKING_FLAG, 'bm25');

  return (
    <div data-model={model ?? modelAgain}>
      {facets && <aside className="facets" />}
      {spellcheck && <p className="did-you-mean" />}
      <ul className={infinite ? 'infinite' : 'paged'}>
        {results.map((result) => (
          <li key={result.id}>{result.title}</li>
        ))}
      </ul>
      {recent && <RecentQueries />}
    </div>
  );
}

const RecentQueries = () => <ol className="recent" />;

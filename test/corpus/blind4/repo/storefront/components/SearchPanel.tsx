// Corpus: blind4 / storefront: search, OpenFeature React.
// Source: @openfeature/react-sdk (useBooleanFlagValue, useStringFlagValue, useNumberFlagValue, useObjectFlagValue, useFlag, useBooleanFlagDetails).
'use client';

import { useBooleanFlagDetails, useBooleanFlagValue, useFlag, useNumberFlagValue, useObjectFlagValue, useStringFlagValue } from '@openfeature/react-sdk';

type Facets = { brand: boolean; price: boolean; color: boolean };

export function SearchPanel({ query }: { query: string }) {
  const typoTolerance = useBooleanFlagValue('sf-search-typo-tolerance', true);
  const placeholder = useStringFlagValue('sf-search-placeholder', 'Search products');
  const pageSize = useNumberFlagValue('sf-search-page-size', 24);
  const facets = useObjectFlagValue<Facets>('sf-search-facets', { brand: true, price: true, color: false });
  const { value: visualSearch } = useFlag('sf-visual-search', false);
  const voice = useBooleanFlagDetails(
    'sf-voice-search',
    false,
  );

  return (
    <form role="search" data-typos={typoTolerance} data-size={pageSize}>
      <input defaultValue={query} placeholder={placeholder} />
      {facets.brand && <fieldset id="brand" />}
      {facets.color && <fieldset id="color" />}
      {visualSearch ? <button type="button">Search by photo</button> : null}
      {voice.value && !voice.errorCode && <button type="button">Voice</button>}
    </form>
  );
}

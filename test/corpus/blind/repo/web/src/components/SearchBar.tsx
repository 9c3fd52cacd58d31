// Corpus: blind / web search bar (Flagsmith React SDK)
// Source: flagsmith/react, useFlags(flags, traits) / useFlagsmith (docs.flagsmith.com/clients/javascript#react, react.d.ts)
import React, { useState } from 'react';
import { useFlags, useFlagsmith } from 'flagsmith/react';

export function SearchBar({ onSearch }: { onSearch: (query: string) => void }) {
  const flags = useFlags(['search_suggestions', 'search_placeholder_text'], ['plan']);
  const flagsmith = useFlagsmith();
  const [query, setQuery] = useState('');

  const placeholder = flags.search_placeholder_text.value ?? 'Search products';
  const voiceSearch = flagsmith.hasFeature('voice_search');
  const debounceMs = Number(flagsmith.getValue('search_debounce_ms', { fallback: 250 }));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(query);
      }}
    >
      <input value={query} placeholder={placeholder} onChange={(e) => setQuery(e.target.value)} data-debounce={debounceMs} />
      {flags.search_suggestions.enabled && <Suggestions query={query} />}
      {voiceSearch ? <button type="button">🎤</button> : null}
      {flags.plan === 'pro' && <span className="badge">Pro</span>}
    </form>
  );
}

function Suggestions({ query }: { query: string }) {
  return <ul aria-label={`suggestions for ${query}`} />;
}

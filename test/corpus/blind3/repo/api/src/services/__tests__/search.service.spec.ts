// Corpus: blind3 api, vitest tests of the search service against OpenFeature's in-memory provider.
// Source: @openfeature/server-sdk InMemoryProvider (flag configuration) and Client.getBooleanValue; vitest vi.spyOn.
import { InMemoryProvider, OpenFeature } from '@openfeature/server-sdk';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SearchService } from '../search.service';

const flagConfig = {
  'search-page-size': { variants: { small: 10, large: 50 }, defaultVariant: 'small', disabled: false },
  'search-fuzzy-matching': { variants: { on: true, off: false }, defaultVariant: 'on', disabled: false },
};

describe('SearchService', () => {
  beforeAll(async () => {
    await OpenFeature.setProviderAndWait('search', new InMemoryProvider(flagConfig));
  });

  it('uses the page size of search-page-size', async () => {
    const result = await new SearchService().search('boots', { targetingKey: 'u1' });
    expect(result.pageSize).toBe(10);
  });

  it('asks the provider for search-synonyms on the fallback client', async () => {
    const client = OpenFeature.getClient('search');
    const spy = vi.spyOn(client, 'getBooleanValue').mockResolvedValue(true);
    await new SearchService(client).search('boots', { targetingKey: 'u1' });
    expect(spy).toHaveBeenCalledWith('search-synonyms', false, { targetingKey: 'u1' });
  });

  it('agrees with the client on fuzzy matching', async () => {
    const client = OpenFeature.getClient('search');
    const fuzzy = await client.getBooleanValue('search-fuzzy-matching', false);
    expect(fuzzy).toBe(true);
  });
});

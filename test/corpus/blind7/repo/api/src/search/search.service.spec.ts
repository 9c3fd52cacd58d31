// Corpus: blind7, api service: unit test of SearchService with a mocked LaunchDarkly client (mocks evaluate no flag).
// Source: Jest docs (jest.fn, mockResolvedValue, toHaveBeenCalledWith, expect.anything).
import { SearchService } from './search.service';
import type { LDClient } from '@launchdarkly/node-server-sdk';

function mockLdClient(values: Record<string, unknown>): jest.Mocked<LDClient> {
  const lookup = (key: string, _context: unknown, fallback: unknown): Promise<unknown> =>
    Promise.resolve(key in values ? values[key] : fallback);
  return {
    variationDetail: jest.fn((key: string, context: unknown, fallback: unknown) =>
      lookup(key, context, fallback).then((value) => ({ value, reason: { kind: 'FALLTHROUGH' } })),
    ),
    jsonVariation: jest.fn(lookup),
    numberVariation: jest.fn(lookup),
    boolVariation: jest.fn(lookup),
    stringVariation: jest.fn(lookup),
  } as unknown as jest.Mocked<LDClient>;
}

describe('SearchService', () => {
  it('uses the typeahead index when the flag is on', async () => {
    const ldClient = mockLdClient({ 'srch-typeahead-v2': true });
    const index = { typeahead: jest.fn().mockResolvedValue(['Lisbon']), prefix: jest.fn() };
    const service = new SearchService(ldClient, index as never, { get: jest.fn(), set: jest.fn() } as never);

    await expect(service.suggestions({ text: 'Lis', market: 'PT' } as never)).resolves.toEqual(['Lisbon']);
    expect(ldClient.boolVariation).toHaveBeenCalledWith('srch-typeahead-v2', expect.anything(), false);
    expect(index.prefix).not.toHaveBeenCalled();
  });
});

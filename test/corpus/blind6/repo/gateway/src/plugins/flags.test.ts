// Corpus: blind6, Vitest test of the gateway: the SDKs are mocked, nothing is evaluated.
// Source: Vitest docs (vi.mock, vi.mocked, mockReturnValue); statsig-node types.
import { describe, expect, it, vi } from 'vitest';
import Statsig from 'statsig-node';
import { resolvers } from '../resolvers';

vi.mock('statsig-node', () => ({
  default: { checkGate: vi.fn(), getConfig: vi.fn(() => ({ get: (_k: string, d: number) => d })) },
}));

describe('search', () => {
  it('passes the gate through', async () => {
    vi.mocked(Statsig.checkGate).mockReturnValue(Promise.resolve(true));
    const result = await resolvers.Query.search(undefined, { q: 'nature' }, { user: { userID: 'u' } } as never);
    expect(result.persisted).toBe(true);
    expect(Statsig.checkGate).toHaveBeenCalledOnce();
  });
});

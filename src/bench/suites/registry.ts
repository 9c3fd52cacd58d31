// Suite: loading a flag registry cold (parse and index the file's text) and warm (a hit in the
// persisted registry cache, as on every hook run after the first).
import { FLAG_STATUSES } from '../../core/flags/registry.js';
import type { BenchCase, BenchSuite, SuiteResources } from '../suite.js';
import { generateRegistryJson } from './inputs.js';

const SIZES = [100, 1_000];

export const suite: BenchSuite = {
  name: 'registry',
  summary: 'registry load: cold parse + index (100 and 1000 flags), warm cache hit (1000 flags)',
  async createCases(resources: SuiteResources): Promise<readonly BenchCase[]> {
    const { parseRegistry } = await import('../../core/flags/registry-parse.js');
    const { indexRegistry } = await import('../../core/flags/registry.js');
    const { RegistryCache } = await import('../../cache/registry-cache.js');
    const cases: BenchCase[] = [];
    for (const size of SIZES) {
      const text = generateRegistryJson(size);
      const bytes = new TextEncoder().encode(text);
      const parse = () => {
        const parsed = parseRegistry(text, { source: 'flags.json', format: 'json' });
        if (!parsed.ok) throw new Error('generated registry is invalid');
        return parsed.registry;
      };
      cases.push({ name: `cold/${size}-flags`, run: () => indexRegistry(parse()).keyOfAlias });
      // Warm is measured at 1000 flags only: fewer benchmarks, so each gets more of the time budget.
      if (size < 1_000) continue;
      // A cache that has this registry: each lookup hashes the content and finds it. The worker
      // removes the cache's folder when the suite is measured.
      const cache = new RegistryCache({ dir: resources.makeTempDir(), ttlMs: 3_600_000, maxEntries: 4, toolVersion: 'bench', flagStatuses: FLAG_STATUSES });
      await cache.resolve('flags.json', bytes, undefined, async () => parse());
      cases.push({
        name: `warm/${size}-flags`,
        async: true,
        run: async () => indexRegistry(await cache.resolve('flags.json', bytes, undefined, async () => parse())).keyOfAlias,
      });
    }
    return cases;
  },
};

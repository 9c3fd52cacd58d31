// Suite: the flag matcher with every preset, at 10 and 1,000 registry flags
// (one alias each, camelCase variants on), so a cost that grows with the registry shows up.
import { createSeededRandom } from './inputs.js';
import type { BenchCase, BenchSuite } from '../suite.js';

const FLAG_COUNTS = [10, 1000] as const;

export const suite: BenchSuite = {
  name: 'flag-matcher',
  summary: 'flag matcher matchLine on candidate lines (10 and 1,000 flags) and plain lines',
  async createCases(): Promise<readonly BenchCase[]> {
    const { compileFlagMatcher } = await import('../../core/flags/compile-matcher.js');
    const { PRESET_NAMES } = await import('../../core/flags/presets/names.js');
    const random = createSeededRandom(3);
    const cases: BenchCase[] = [];
    for (const count of FLAG_COUNTS) {
      const flags = Array.from({ length: count }, (_, i) => ({ key: `flag-number-${i}`, status: 'active' as const, aliases: [`FLAG_NUMBER_${i}`] }));
      const registry = { source: 'flags.json', flags };
      const settings = { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel' as const] };
      const matcher = compileFlagMatcher(settings, registry);
      const pick = (): number => Math.floor(random() * count);
      // Candidate lines as the engine passes them: each holds at least one anchor.
      const hits = Array.from({ length: 64 }, (_, i) =>
        [
          `  const show = ldClient.variation('flag-number-${pick()}', context, false);`,
          `  if (FLAG_NUMBER_${pick()} && process.env.FF_FLAG_NUMBER_${pick()}) {`,
          `  const on = useFeatureIsOn('unknown-flag-${i}');`,
          `  const { flagNumber${pick()}, other } = useFlags();`,
        ][i % 4]!,
      );
      const plain = Array.from({ length: 64 }, (_, i) => `  const total${i} = items.reduce((sum, item) => sum + item.price * item.quantity, ${i});`);
      // Compiling and parsing are measured by the compile and registry suites.
      cases.push({ name: `match-candidates/${count}-flags`, run: () => hits.reduce((n, line) => n + matcher.matchLine(line).length, 0) });
      if (count === 1000) cases.push({ name: `match-plain/${count}-flags`, run: () => plain.reduce((n, line) => n + matcher.matchLine(line).length, 0) });
    }
    return cases;
  },
};

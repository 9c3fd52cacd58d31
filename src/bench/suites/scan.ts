// Suite: flag scanning of staged diffs (parser + prefilter + matcher) at several sizes and
// registry sizes, with the real compiled matcher of the default presets.
import type { BenchCase, BenchSuite } from '../suite.js';
import { splitChunks } from './diff.js';
import { buildRegistryIndex, loadDefaultMatcherSettings } from './flags-inputs.js';
import { generateDiff } from './inputs.js';

/** [changed lines, flags in the registry]: small commit to large merge, small to large registry. */
const SHAPES: readonly (readonly [number, number])[] = [
  [1_000, 10],
  [1_000, 1_000],
  [10_000, 100],
];

export const suite: BenchSuite = {
  name: 'scan',
  summary: 'flag scanning of diffs: 1k and 10k lines, registries of 10 to 1000 flags',
  async createCases(): Promise<readonly BenchCase[]> {
    const { compileFlagMatcher } = await import('../../core/flags/compile-matcher.js');
    const { scanDiffChunks } = await import('../../core/scan/scan-diff.js');
    const { selectAlways } = await import('../../core/scan/diff-scanner.js');
    const settings = await loadDefaultMatcherSettings();
    const cases: BenchCase[] = [];
    for (const [lines, flags] of SHAPES) {
      const selection = selectAlways(compileFlagMatcher(settings, await buildRegistryIndex(flags)));
      // One reference every 50 lines: a busy feature branch.
      const chunks = splitChunks(generateDiff({ lines, flagEvery: 50, flagCount: flags, seed: lines + flags }));
      cases.push({ name: `${lines}-lines/${flags}-flags`, run: () => scanDiffChunks(chunks, selection).lines.length });
    }
    return cases;
  },
};

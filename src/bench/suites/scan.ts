// Suite: flag scanning of staged diffs (parser + prefilter + matcher) at several sizes and
// registry sizes, with the real compiled matcher of the default presets and a cached automaton.
import type { BenchCase, BenchSuite } from '../suite.js';
import { splitChunks } from './diff.js';
import { buildRegistryIndex, loadDefaultMatcherSettings } from './flags-inputs.js';
import { generateDiff } from './inputs.js';

/**
 * [changed lines, flags in the registry]: small commit to large merge, small to large registry.
 * Kept small, so an operation takes 0.5 to 0.8 ms and a slice holds several samples: at 1,000 and
 * 10,000 lines with the automaton built in each operation (1.2 to 2.5 ms) a slice held 3 or 4,
 * and the per-process fastest varied 8 to 14% between processes.
 */
const SHAPES: readonly (readonly [number, number])[] = [
  [200, 10],
  [200, 1_000],
  [2_000, 100],
];

export const suite: BenchSuite = {
  name: 'scan',
  summary: 'flag scanning of diffs: 200 and 2,000 lines, registries of 10 to 1000 flags',
  async createCases(): Promise<readonly BenchCase[]> {
    const { compileFlagMatcher } = await import('../../core/flags/compile-matcher.js');
    const { scanDiffChunks } = await import('../../core/scan/scan-diff.js');
    const { selectAlways } = await import('../../core/scan/diff-scanner.js');
    const { compileAnchors } = await import('../../core/scan/anchor-automaton.js');
    const settings = await loadDefaultMatcherSettings();
    const cases: BenchCase[] = [];
    for (const [lines, flags] of SHAPES) {
      const selection = selectAlways(compileFlagMatcher(settings, await buildRegistryIndex(flags)));
      // The prefilter's automaton comes from a persisted cache in the hooks: built once here too.
      const automaton = compileAnchors(selection.anchors);
      // One reference every 50 lines: a busy feature branch.
      const chunks = splitChunks(generateDiff({ lines, flagEvery: 50, flagCount: flags, seed: lines + flags }));
      cases.push({ name: `${lines}-lines/${flags}-flags`, run: () => scanDiffChunks(chunks, selection, { compileAnchors: () => automaton }).lines.length });
    }
    return cases;
  },
};

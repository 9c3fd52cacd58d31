// Suite: compiling the flag matcher cold (every regex compiled) and warm (regexes from the
// per-process pattern cache), for the default presets and registries of 10 and 1000 flags.
import type { BenchCase, BenchSuite } from '../suite.js';
import { buildRegistryIndex, loadDefaultMatcherSettings } from './flags-inputs.js';

export const suite: BenchSuite = {
  name: 'compile',
  summary: 'flag matcher compile: cold (new regexes) and warm (pattern cache), 1000 flags',
  async createCases(): Promise<readonly BenchCase[]> {
    const { compileFlagMatcher } = await import('../../core/flags/compile-matcher.js');
    const { createPatternCache, listPresetRegExps } = await import('../../hooks/flag-knowledge.js');
    const settings = await loadDefaultMatcherSettings();
    const cases: BenchCase[] = [];
    for (const flags of [1_000]) {
      const index = await buildRegistryIndex(flags);
      // Cold is what a fresh process does: a new pattern cache, so every regex is created anew.
      // (V8 keeps its own per-process regexp data, so in-process cold can only be approximated.)
      cases.push({ name: `cold/${flags}-flags`, run: () => createPatternCache().matcherFor(settings, index).anchors.length });
      const warm = createPatternCache();
      warm.warmUp(listPresetRegExps(settings));
      // Warm: the regexes come from the cache; the matcher itself is built again.
      cases.push({ name: `warm/${flags}-flags`, run: () => compileFlagMatcher(settings, index, { compileRegExp: warm.compileRegExp }).anchors.length });
    }
    return cases;
  },
};

// Gaps the seventh blind corpus (test/corpus/blind7) found, each at its general cause. Each row
// names the SDK documentation or type definition that backs the form.
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const REGISTRY = {
  source: 'flags.json',
  flags: [
    { key: 'fast-search', status: 'active' as const, aliases: [] },
    { key: 'bag-fees', status: 'active' as const, aliases: [] },
  ],
};
const matcher = compileFlagMatcher({ presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] }, REGISTRY);

/** `[flag, line, kind]` of every reference in `text`. */
function found(path: string, text: string): [string | null, number, string][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]);
}

describe('a LaunchDarkly values map of an allFlagsState result, bound to a name', () => {
  // go-server-sdk/v7 flagstate.AllFlags.ToValuesMap() map[string]ldvalue.Value; Java
  // FeatureFlagsState.toValuesMap() Map<String, LDValue>; Python FeatureFlagsState.to_values_map() dict.
  it.each([
    ['Go', 'svc.go', 'func f(s *S, c ldcontext.Context) {\n\tvalues := s.ld.AllFlagsState(c).ToValuesMap()\n\tfees := values["bag-fees"]\n\t_ = fees\n}\n', 3],
    ['Java', 'Sync.java', 'class Sync {\n    int plan(LDContext context) {\n        Map<String, LDValue> values = ldClient.allFlagsState(context).toValuesMap();\n        return values.getOrDefault("bag-fees", LDValue.of(100)).intValue();\n    }\n}\n', 4],
    ['Python', 'deals.py', 'def store_for(context):\n    state = ldclient.get().all_flags_state(context)\n    values = state.to_values_map()\n    return values.get("bag-fees", False)\n', 4],
  ])('reads the key of a later read in %s', (_language, path, text, line) => {
    expect(found(path, text)).toEqual([['bag-fees', line, 'alias-read']]);
  });
});

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

/** `[expression, line]` of every dynamic key in `text`. */
function dynamicKeys(path: string, text: string): [string, number][] {
  return scanSourceText(text, path, matcher).dynamic.map((placed) => [placed.key.expression, placed.line]);
}

describe('a constant of the file as an element of a list of keys', () => {
  // @splitsoftware/splitio-react useSplitTreatments({ names: string[] }); Split Node getTreatments(key, string[]);
  // splitio go-client Treatments(key, []string, attributes); Java getTreatments(key, List<String>, attributes).
  it.each([
    ['TS hook', 'Results.tsx', "const LOCK = 'fast-search';\nexport function R() {\n  const { treatments } = useSplitTreatments({ names: [LOCK] });\n  return null;\n}\n", 3],
    ['TS server', 'sync.ts', "const LOCK = 'fast-search';\nconst t = client.getTreatments(id, ['bag-fees', LOCK], attrs);\n", 2],
    ['Go', 'svc.go', 'package svc\n\nconst lock = "fast-search"\n\nfunc f(c *client.SplitClient) {\n\t_ = c.Treatments("u", []string{"bag-fees", lock}, nil)\n}\n', 6],
  ])('reads the constant as its key (%s)', (_form, path, text, line) => {
    expect(found(path, text).filter(([flag]) => flag === 'fast-search')).toEqual([['fast-search', line, 'call']]);
    expect(dynamicKeys(path, text)).toEqual([]);
  });

  it('reports an element that is a variable as a dynamic key', () => {
    const text = "export function R({ extra }: { extra: string }) {\n  const { treatments } = useSplitTreatments({ names: ['bag-fees', extra] });\n  return null;\n}\n";
    expect(found('R.tsx', text)).toEqual([['bag-fees', 2, 'call']]);
    expect(dynamicKeys('R.tsx', text)).toEqual([['extra', 2]]);
  });
});

describe('a result object indexed by a constant of the file', () => {
  // launchdarkly-react-client-sdk: useFlags() returns LDFlagSet with camelCased keys (useCamelCaseFlagKeys, the default),
  // so `flags[FLAG]` with `const FLAG = 'fastSearch'` reads the flag `fast-search`.
  it('resolves the constant the way the object names its keys', () => {
    const text = "export function P() {\n  const flags = useFlags();\n  const FLAG = 'fastSearch';\n  return flags[FLAG] ? 1 : 0;\n}\n";
    expect(found('P.tsx', text)).toEqual([['fast-search', 4, 'alias-read']]);
  });

  it('keeps an exact-key object exact', () => {
    const text = "const LOCK = 'bag-fees';\nconst t = client.getTreatments(id, [LOCK]);\nconst on = t[LOCK] === 'on';\n";
    expect(found('s.ts', text)).toEqual([
      ['bag-fees', 2, 'call'],
      ['bag-fees', 3, 'alias-read'],
    ]);
  });
});

describe('a TypeScript type assertion on a constant key', () => {
  // TypeScript handbook "Type Assertions" (`expr as T`), `satisfies` (TS 4.9) and the non-null assertion `expr!`:
  // none changes the value, so the constant is still the key.
  it.each([
    ['FLAG as string', "const FLAG = 'fast-search';\nconst on = ldClient.variation(FLAG as string, ctx, false);\n"],
    ['FLAGS.search as FlagKey', "const FLAGS = { search: 'fast-search' } as const;\nconst on = ldClient.boolVariation(FLAGS.search as FlagKey, ctx, false);\n"],
    ['FLAG!', "const FLAG = 'fast-search';\nconst on = ldClient.boolVariation(FLAG!, ctx, false);\n"],
  ])('reads %s as the constant', (_form, text) => {
    expect(found('a.ts', text)).toEqual([['fast-search', 2, 'call']]);
    expect(dynamicKeys('a.ts', text)).toEqual([]);
  });

  it('leaves an assertion on a variable a dynamic key', () => {
    expect(dynamicKeys('a.ts', 'export const f = (name: unknown) => ldClient.variation(name as string, ctx, false);\n')).toEqual([['name as string', 1]]);
  });
});

describe('a Python key written as adjacent string literals', () => {
  // Python reference, "String literal concatenation": adjacent literals are one string ("fast-" "search" == "fast-search").
  it.each([
    ['over lines', 'on = client.is_enabled(\n    "fast-"\n    "search"\n)\n', 2],
    ['on one line', 'on = posthog.feature_enabled("fast-" \'search\', user_id)\n', 1],
  ])('reads the joined key (%s), not its first part', (_form, text, line) => {
    expect(found('a.py', text)).toEqual([['fast-search', line, 'call']]);
    expect(dynamicKeys('a.py', text)).toEqual([]);
  });
});

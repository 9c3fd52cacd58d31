// Gaps the eighth blind corpus (test/corpus/blind8) found, each at its general cause. Each row
// names the SDK documentation or type definition that backs the form.
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const REGISTRY = {
  source: 'flags.json',
  flags: [
    { key: 'fast-search', status: 'active' as const, aliases: [] },
    { key: 'FF_TRIAL_DAYS', status: 'active' as const, aliases: [] },
  ],
};
const matcher = compileFlagMatcher({ presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] }, REGISTRY);

/** `[flag, line, kind]` of every reference in `text`. */
function found(path: string, text: string): [string | null, number, string][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]);
}

/** `[expression, line]` of every dynamic key in `text`. */
function dynamicKeys(path: string, text: string): [string, number][] {
  return scanSourceText(text, path, matcher).dynamic.map((placed) => [placed.key.expression, placed.line]);
}

describe('a TypeScript key under a const assertion or satisfies', () => {
  // TypeScript handbook: `<const>'k'` is the angle-bracket spelling of `'k' as const` (.ts files only);
  // `'k' satisfies string` (TS 4.9) checks the value and leaves it unchanged.
  it.each([
    ['<const> as the key', 'quote.ts', "const v = await features.getStringValue(<const>'fast-search', 'cent', ctx);\n", 1],
    ['a constant declared <const>', 'keys.ts', "export const PICKER = <const>'fast-search';\nconst on = ldClient.boolVariation(PICKER, ctx, false);\n", 2],
    ['a constant declared with satisfies', 'quote.ts', "const HEAVY = 'fast-search' satisfies string;\nconst d = await features.getBooleanDetails(HEAVY, false, ctx);\n", 2],
  ])('reads %s', (_form, path, text, line) => {
    expect(found(path, text)).toEqual([['fast-search', line, 'call']]);
    expect(dynamicKeys(path, text)).toEqual([]);
  });
});

describe('Kotlin strings', () => {
  // Kotlin docs "String templates": `${expression}` inside a string literal is code, and may hold
  // string literals of its own; Spring Boot's Kotlin guide: `@Value("\${name:default}")` escapes the `$`.
  it('reads a call inside a string template', () => {
    const text = 'class N(private val ld: LDClient) {\n    fun f(id: String) {\n        log.debug("limit ${ld.intVariation("fast-search", context, 3)} for ${id}")\n    }\n}\n';
    expect(found('N.kt', text)).toEqual([['fast-search', 3, 'call']]);
  });

  it('reads a Spring placeholder whose dollar sign is escaped', () => {
    const text = 'class T(\n    @Value("\\${FF_TRIAL_DAYS:14}") val trialDays: Int,\n)\n';
    expect(found('T.kt', text)).toEqual([['FF_TRIAL_DAYS', 2, 'env']]);
  });
});

describe('Python', () => {
  // Python docs functools.partial: the keywords given bind those parameters, the later call's
  // positional arguments come first; LaunchDarkly Python LDClient.variation(key, context, default).
  it.each([
    ['functools.partial', 'flag = functools.partial(ld.variation, context=CTX, default=False)\nNIGHT = flag("fast-search")\n'],
    ['a bare partial', 'from functools import partial\n\nflag = partial(client.is_enabled, context=ctx)\non = flag(\n    "fast-search"\n)\n'],
  ])('reads the key of a call of %s bound to an SDK method with keywords only', (_form, text) => {
    const [reference] = found('flags.py', text);
    expect(reference?.slice(0, 1).concat(reference[2])).toEqual(['fast-search', 'call']);
    expect(dynamicKeys('flags.py', text)).toEqual([]);
  });

  it('leaves a partial that binds the key itself as it was read', () => {
    const text = 'flag = functools.partial(ld.variation, "fast-search")\non = flag(CTX, False)\n';
    expect(found('flags.py', text)).toEqual([['fast-search', 1, 'call']]);
  });

  // posthog-python Client.get_all_flags_and_payloads(distinct_id, ...) returns
  // {"featureFlags": {key: value}, "featureFlagPayloads": {key: payload}}.
  it('reads the keys of a get_all_flags_and_payloads result', () => {
    const text = 'def ui(distinct_id):\n    result = posthog.get_all_flags_and_payloads(distinct_id)\n    compact = result["featureFlags"].get("fast-search", False)\n    layout = result["featureFlagPayloads"]["fast-search"]\n    other = result["featureFlags"]\n    return compact, layout, other\n';
    expect(found('ui.py', text)).toEqual([
      ['fast-search', 3, 'alias-read'],
      ['fast-search', 4, 'alias-read'],
    ]);
  });

  // A function whose signature ends in an annotation and a colon (`-> dict:`): the binding on the
  // line after it is no annotation of a name `dict` (PEP 3107 return annotations).
  it.each([
    ['get_all_flags_and_payloads', 'result = posthog.get_all_flags_and_payloads(distinct_id)\n    on = result["featureFlags"].get("fast-search", False)'],
    ['to_values_map', 'values = ldclient.get().all_flags_state(ctx).to_values_map()\n    on = values.get("fast-search", False)'],
  ])('reads a %s result bound on the first line of an annotated function', (_method, body) => {
    const text = `def ui(distinct_id: str) -> dict:\n    ${body}\n    return on\n`;
    expect(found('ui.py', text)).toEqual([['fast-search', 3, 'alias-read']]);
  });

  it('reads the keys of a PostHog all-flags result read where it is made', () => {
    const text = 'a = posthog.get_all_flags_and_payloads(distinct_id)["featureFlags"]["fast-search"]\nb = posthog.get_all_flags_and_payloads(\n    distinct_id\n)["featureFlagPayloads"].get("fast-search")\nc = posthog.get_all_flags(distinct_id).get("fast-search", False)\nd = posthog.get_all_flags_and_payloads(distinct_id)["featureFlags"]\n';
    expect(found('ui.py', text)).toEqual([
      ['fast-search', 1, 'alias-read'],
      ['fast-search', 4, 'alias-read'],
      ['fast-search', 5, 'alias-read'],
    ]);
  });

  // posthog-node getAllFlagsAndPayloads(distinctId): { featureFlags, featureFlagPayloads }.
  it('reads the keys of a getAllFlagsAndPayloads result in Node, destructured or not', () => {
    const text = "export async function f(id: string) {\n  const all = await client.getAllFlagsAndPayloads(id);\n  const { featureFlags } = await client.getAllFlagsAndPayloads(id);\n  return [all.featureFlags['fast-search'], featureFlags['fast-search'], all.featureFlagPayloads.other];\n}\n";
    expect(found('p.ts', text)).toEqual([
      ['fast-search', 4, 'alias-read'],
      ['fast-search', 4, 'alias-read'],
      ['other', 4, 'alias-read'],
    ]);
  });

  // @splitsoftware/splitio-react useSplitTreatments(): { treatments, isReady, ... }; the flags are under `treatments`.
  it('reads a Split hook result through its treatments member only', () => {
    const text = "export function R() {\n  const split = useSplitTreatments({ names: ['fast-search'] });\n  if (!split.isReady) return null;\n  return split.treatments['fast-search'].treatment;\n}\n";
    expect(found('R.tsx', text)).toEqual([
      ['fast-search', 2, 'call'],
      ['fast-search', 4, 'alias-read'],
    ]);
  });

  // Python docs os.environ: a mapping, so `"FF_X" in os.environ` asks whether the variable is set.
  it.each([
    ['os.environ', 'traffic = "FF_TRIAL_DAYS" in os.environ\n'],
    ['environ imported bare, negated', 'from os import environ\n\nif "FF_TRIAL_DAYS" not in environ:\n    pass\n'],
  ])('reads a membership test on %s as an environment reference', (_form, text) => {
    expect(found('settings.py', text).map(([flag, , kind]) => [flag, kind])).toEqual([['FF_TRIAL_DAYS', 'env']]);
  });
});

describe('an SDK method handed to another function as a value', () => {
  // Python builtins filter(function, iterable); Go method values (spec "Method values"); JS
  // Array.prototype.filter(callback): the SDK evaluates keys the text does not show.
  it.each([
    ['Python filter', 'planner.py', 'enabled = list(filter(unleash_client.is_enabled, OPTIONAL_LEGS))\n', 'unleash_client.is_enabled'],
    ['Go helper', 'assign.go', 'package assign\n\nfunc (s *Service) f() bool {\n\treturn allOn(s.required, s.unleash.IsEnabled)\n}\n', 's.unleash.IsEnabled'],
    ['JS filter', 'gates.ts', 'export const on = names.filter(unleash.isEnabled);\n', 'unleash.isEnabled'],
  ])('reports it as a dynamic key (%s)', (_form, path, text, expression) => {
    expect(found(path, text)).toEqual([]);
    expect(dynamicKeys(path, text).map(([written]) => written)).toEqual([expression]);
  });

  it.each([
    ['a Python method bound to a name', 'check.py', 'check = client.is_enabled\n'],
    ['a JS method bound', 'v.ts', 'const v = ldClient.variation.bind(ldClient);\n'],
    ['a Go method value on its own line', 'e.go', 'package e\n\nfunc f() {\n\teval := s.ld.BoolVariation\n\t_ = eval\n}\n'],
    ['a JS property read', 'p.ts', 'const has = typeof client.isEnabled === "function";\n'],
    ['a test assertion on the method', 'p.test.ts', "expect(ldClient.variation).toHaveBeenCalledWith('fast-search', ctx, false);\nvi.mocked(ldClient.variation).mockResolvedValue(true);\n"],
    ['a Python adapter', 'a.py', 'flag = functools.partial(ld.variation, context=CTX)\nok = callable(ld.variation)\n'],
  ])('reports nothing for %s', (_form, path, text) => {
    expect(dynamicKeys(path, text)).toEqual([]);
  });
});

describe('a parameter read chained on an evaluation', () => {
  // @statsig/statsig-node-core Experiment.getValue(param, fallback), DynamicConfig.getValue, Layer.getValue:
  // the parameter of an evaluated config, not a flag key.
  it('is not a key', () => {
    const text = "const copy = statsig.getExperiment(user, 'fast-search').getValue('headline', 'Volume discount');\n";
    expect(found('d.ts', text)).toEqual([['fast-search', 1, 'call']]);
  });
});

describe('a LaunchDarkly useFlags() destructuring', () => {
  // launchdarkly-react-client-sdk useFlags(): LDFlagSet; its destructured properties are reads of that object.
  it('is an alias read of each property, renamed, defaulted or wrapped', () => {
    const text = "export function P() {\n  const {\n    fastSearch: on = false,\n  } = useFlags();\n  return on;\n}\n";
    expect(found('P.tsx', text)).toEqual([
      ['fast-search', 3, 'alias-read'],
      ['fast-search', 5, 'alias-read'],
    ]);
  });
});

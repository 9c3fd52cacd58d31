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

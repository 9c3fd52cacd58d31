// Gaps the fourth blind corpus (test/corpus/blind4) found, each at its general cause. Each row
// names the SDK documentation or type definition that backs the form.
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { lexSource, Region, regionAt } from '../../../src/core/flags/source-lexer.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const REGISTRY = {
  source: 'flags.json',
  flags: [
    { key: 'fast-search', status: 'active' as const, aliases: [] },
    { key: 'mega-menu', status: 'active' as const, aliases: [] },
    { key: 'FF_SANDBOX', status: 'active' as const, aliases: [] },
  ],
};
const matcher = compileFlagMatcher({ presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] }, REGISTRY);

/** `[flag, line, kind]` of every reference in `text`, scanned whole or in line windows. */
function found(path: string, text: string, windows?: readonly (readonly [number, number])[]): [string | null, number, string][] {
  return scanSourceText(text, path, matcher, windows, windows).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]);
}

describe('a template literal interpolation between a result binding and its reads', () => {
  // launchdarkly-react-client-sdk: useFlags() returns the flags with camelCased keys.
  it.each([
    ['a JSX attribute', "  const x = <Link href={`/c/${section}`}>{section}</Link>;\n"],
    ['a nested interpolation', '  const url = `/a/${`b${id}`}/${(() => { return 1; })()}`;\n'],
  ])('keeps the binding in scope after %s', (_, between) => {
    const text = `function Header() {\n  const { megaMenu, fastSearch: search } = useFlags();\n${between}  return megaMenu && search;\n}\n`;
    expect(found('a.tsx', text).filter(([, line]) => line === 4)).toEqual([
      ['mega-menu', 4, 'alias-read'],
      ['fast-search', 4, 'alias-read'],
    ]);
  });

  it('lexes the closing brace of an interpolation with its template, as the opening one', () => {
    const text = 'x = `a${b}c`;';
    const regions = lexSource(text, 'js');
    expect(regionAt(regions, text.indexOf('{'))).toBe(Region.STRING);
    expect(regionAt(regions, text.indexOf('b'))).toBe(Region.CODE);
    expect(regionAt(regions, text.indexOf('}'))).toBe(Region.STRING);
  });
});

describe('argument matchers of test doubles in the key position', () => {
  /** `[expression, line]` of every dynamic key in `text`. */
  const dynamicKeys = (path: string, text: string): [string, number][] => scanSourceText(text, path, matcher).dynamic.map((placed) => [placed.key.expression, placed.line]);

  it.each([
    // Mockito ArgumentMatchers (eq, any, anyString, argThat) around LDClientInterface.stringVariation(key, context, default).
    ['Mockito eq', 'A.java', 'verify(ld).stringVariation(eq("fast-search"), any(LDContext.class), eq("itext"));\n'],
    ['Mockito anyString', 'A.java', 'when(ld.boolVariation(anyString(), any(), anyBoolean())).thenReturn(true);\n'],
    ['qualified ArgumentMatchers', 'A.java', 'when(unleash.isEnabled(ArgumentMatchers.anyString())).thenReturn(true);\n'],
    // gomock (go.uber.org/mock): a generated mock of go-server-sdk's BoolVariation.
    ['gomock.Any', 'a_test.go', 'm.EXPECT().BoolVariation(gomock.Any(), gomock.Any(), false).Return(true, nil)\n'],
    // unittest.mock.ANY passed where the key goes.
    ['unittest.mock.ANY', 'test_a.py', 'client.variation(ANY, ctx, False)\n'],
  ])('reports no key and no dynamic key for %s', (_, path, text) => {
    expect(found(path, text)).toEqual([]);
    expect(dynamicKeys(path, text)).toEqual([]);
  });

  it('still reports a variable key as dynamic', () => {
    expect(dynamicKeys('A.java', 'boolean on = ld.boolVariation(flagKey, ctx, false);\n')).toEqual([['flagKey', 1]]);
  });
});

describe('a Spring property placeholder naming an environment flag', () => {
  // Spring Framework @Value: "${name:default}" resolves from the Environment, whose sources include
  // the process environment (docs.spring.io, "Using @Value").
  it.each([
    ['with a default', '  @Value("${FF_SANDBOX:false}")\n  private boolean sandbox;\n'],
    ['without one', '  @Value("${FF_SANDBOX}") boolean sandbox;\n'],
    ['as the value attribute', '  @Value(value = "${FF_SANDBOX:false}")\n  private boolean sandbox;\n'],
  ])('is an env reference %s', (_, text) => {
    expect(found('A.java', text)).toEqual([['FF_SANDBOX', 1, 'env']]);
  });

  it('is none for another property or outside the annotation', () => {
    expect(found('A.java', '  @Value("${launchdarkly.sdk-key}") String key;\n  String doc = "${FF_SANDBOX}";\n')).toEqual([]);
  });
});

describe('a Python SDK method handed to an async adapter with its arguments', () => {
  // asgiref.sync.sync_to_async(func)(*args); asyncio.to_thread(func, *args);
  // loop.run_in_executor(executor, func, *args); UnleashClient.is_enabled(feature_name, context).
  it.each([
    ['sync_to_async(...)(...)', 'compare = await sync_to_async(unleash.is_enabled)("fast-search", {"userId": uid})\n'],
    ['asyncio.to_thread', 'compare = await asyncio.to_thread(unleash.is_enabled, "fast-search", ctx)\n'],
    ['run_in_executor', 'compare = await loop.run_in_executor(None, unleash.is_enabled, "fast-search")\n'],
    ['functools.partial', 'check = functools.partial(unleash.is_enabled, "fast-search")\n'],
  ])('reads the key of %s', (_, text) => {
    expect(found('a.py', text)).toEqual([['fast-search', 1, 'call']]);
  });

  it('reads no key from a method handed to a function with no arguments after it', () => {
    expect(found('a.py', 'handlers = register(unleash.is_enabled)\nx = g(unleash.is_enabled, "fast-search")\n')).toEqual([]);
  });
});

describe('a result object indexed by a variable', () => {
  const dynamicKeys = (path: string, text: string): [string, number][] => scanSourceText(text, path, matcher).dynamic.map((placed) => [placed.key.expression, placed.line]);

  it.each([
    // launchdarkly-react-client-sdk: useFlags() returns LDFlagSet, indexed by the camelCased key.
    ['useFlags() in a wrapper hook', 'a.ts', 'export function useLdFlag(name: string): boolean {\n  const flags = useFlags();\n  return Boolean(flags[name]);\n}\n', 'name'],
    // @splitsoftware/splitio: getTreatments(key, names) returns Treatments, indexed by feature name.
    ['getTreatments()', 'a.js', "const t = client.getTreatments(user, ['a', 'b']);\nfor (const name of names) use(t[name]);\n", 'name'],
  ])('is a dynamic key: %s', (_, path, text, expression) => {
    expect(dynamicKeys(path, text)).toEqual([[expression, text.split('\n').findIndex((line) => line.includes(`[${expression}]`)) + 1]]);
  });

  it('is none when the index is a number, and a literal index stays a read', () => {
    const text = "const flags = useFlags();\nconst first = flags[0];\nconst on = flags['megaMenu'];\n";
    expect(dynamicKeys('a.ts', text)).toEqual([]);
    expect(found('a.ts', text)).toEqual([['mega-menu', 3, 'alias-read']]);
  });
});

describe('a destructuring of flags with comments between its names (as Prettier keeps them)', () => {
  // launchdarkly-react-client-sdk: const { a, b } = useFlags(); process.env destructured likewise.
  const text = [
    'export function Header() {',
    '  const {',
    '    megaMenu, // the new nav',
    '    fastSearch: search = false, /* off, by default */',
    '  } = useFlags();',
    '  return megaMenu && search;',
    '}',
    '',
  ].join('\n');

  it('binds every name and finds its reads', () => {
    expect(found('a.tsx', text)).toEqual([
      ['mega-menu', 3, 'alias-read'],
      ['fast-search', 4, 'alias-read'],
      ['mega-menu', 6, 'alias-read'],
      ['fast-search', 6, 'alias-read'],
    ]);
  });

  it('reads no name from the comments', () => {
    const commented = 'const {\n  megaMenu, // fastSearch: x, was here\n} = useFlags();\n';
    expect(found('a.tsx', commented)).toEqual([['mega-menu', 2, 'alias-read']]);
  });

  it('binds an environment variable after a comment', () => {
    expect(found('a.ts', 'const {\n  PORT, // the port\n  FF_SANDBOX = "0",\n} = process.env;\nif (FF_SANDBOX === "1") run();\n')).toEqual([
      ['FF_SANDBOX', 3, 'env'],
      ['FF_SANDBOX', 5, 'alias-read'],
    ]);
  });
});

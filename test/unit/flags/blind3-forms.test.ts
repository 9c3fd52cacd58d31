// Gaps the third blind corpus (test/corpus/blind3) found, each at its general cause. Each row
// names the SDK documentation or type definition that backs the form.
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { jsCandidates } from '../../../src/core/flags/imported-constants.js';
import { lexSource, Region, regionAt } from '../../../src/core/flags/source-lexer.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const REGISTRY = {
  source: 'flags.json',
  flags: [
    { key: 'fast-search', status: 'active' as const, aliases: [] },
    { key: 'mega-menu', status: 'active' as const, aliases: [] },
  ],
};
const matcher = compileFlagMatcher({ presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] }, REGISTRY);

/** `[flag, line, kind]` of every reference in `text`, scanned whole or in line windows. */
function found(path: string, text: string, windows?: readonly (readonly [number, number])[]): [string, number, string][] {
  return scanSourceText(text, path, matcher, windows, windows).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]);
}

describe('a window of changed lines below a `/*` that opens no comment', () => {
  // launchdarkly-react-client-sdk: LDClient.variation(key, defaultValue); useFlags() camelCases keys.
  const below = `const ldClient = useLDClient();\nconst { megaMenu } = useFlags();\nconst text = ldClient?.variation('fast-search', '');\nif (megaMenu) open();\n`;

  it.each([
    ['a glob in a line comment', `// Source: lib/esm/*.d.ts\n`],
    ['a glob in a string', `const files = 'src/**/*.ts';\n`],
    ['a route in a template literal', `const route = \`/api/*\`;\n`],
  ])('reads the calls and result reads of the window after %s', (_, above) => {
    const text = `${above}${below}`;
    const lines = text.split('\n').length - 1;
    expect(found('a.tsx', text, [[lines - 1, lines]])).toEqual([
      ['fast-search', lines - 1, 'call'],
      ['mega-menu', lines, 'alias-read'],
    ]);
  });

  it('still sees a window that starts inside a real block comment as comment', () => {
    const text = `/* disabled:\nldClient.variation('fast-search', false);\n*/\n`;
    expect(found('a.ts', text, [[2, 2]])).toEqual([['fast-search', 2, 'comment']]);
  });
});

describe('a window of changed lines below triple quotes that open no string', () => {
  it.each([
    // UnleashClient: UnleashClient.is_enabled(feature_name, context).
    ['a Python comment', 'a.py', `# docstrings use """ quotes\nx = 1\nenabled = unleash.is_enabled("fast-search")\n`],
    ['a Python one-line string', 'a.py', `QUOTES = '"""'\nx = 1\nenabled = unleash.is_enabled("fast-search")\n`],
    // io.getunleash Unleash.isEnabled(toggleName).
    ['a Java line comment', 'A.java', `// text blocks open with """\nint x = 1;\nboolean on = unleash.isEnabled("fast-search");\n`],
  ])('reads the call after %s', (_, path, text) => {
    expect(found(path, text, [[3, 3]])).toEqual([['fast-search', 3, 'call']]);
  });

  it('still sees a window inside a real docstring as no call', () => {
    const text = `def f():\n    """Calls\n    unleash.is_enabled("fast-search")\n    """\n`;
    expect(found('a.py', text, [[3, 3]]).filter(([, , kind]) => kind === 'call')).toEqual([]);
  });
});

describe('keys held in constants of nested types and namespaces', () => {
  /** `[flag, line, kind]` of the references, and the dynamic keys' expressions. */
  const scan = (path: string, text: string): [unknown[], string[]] => {
    const result = scanSourceText(text, path, matcher);
    return [result.references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]), result.dynamic.map((placed) => placed.key.expression)];
  };

  it.each([
    // Java Language Specification §8.5 (member classes), §9.3 (interface fields are static final);
    // launchdarkly java-server-sdk LDClientInterface.boolVariation(key, context, default).
    ['a Java static nested class', 'A.java', `public final class Flags {\n  public static final class Checkout {\n    public static final String NEW_FLOW = "checkout-new-flow";\n  }\n}\nclass Svc { boolean f() { return ldClient.boolVariation(Flags.Checkout.NEW_FLOW, ctx, false); } }\n`, 6],
    ['a Java interface nested in an interface', 'A.java', `interface Keys {\n  interface Search {\n    String FUZZY = "search-fuzzy";\n  }\n}\nclass Svc { boolean f() { return unleash.isEnabled(Keys.Search.FUZZY); } }\n`, 6],
    // Python reference, class definitions (nested classes); UnleashClient.is_enabled(feature_name).
    ['a Python nested class', 'a.py', `class Flags:\n    class Checkout:\n        NEW_FLOW = "checkout-new-flow"\n\n\non = client.is_enabled(Flags.Checkout.NEW_FLOW)\n`, 6],
    // TypeScript handbook, Namespaces (exported members); @openfeature/server-sdk Client.getBooleanValue.
    ['a TS namespace', 'a.ts', `export namespace Flags {\n  export const NEW_FLOW = 'checkout-new-flow';\n}\nconst on = await client.getBooleanValue(Flags.NEW_FLOW, false);\n`, 4],
  ])('reads the key of %s', (_, path, text, line) => {
    const [references, dynamic] = scan(path, text);
    expect(references.filter((reference) => (reference as unknown[])[2] === 'call')).toHaveLength(1);
    expect(references[0]).toEqual([(references[0] as string[])[0], line, 'call']);
    expect((references[0] as string[])[0]).toMatch(/^(checkout-new-flow|search-fuzzy)$/);
    expect(dynamic).toEqual([]);
  });

  it('leaves a namespace member that is not exported dynamic', () => {
    const [references, dynamic] = scan('a.ts', `namespace Flags {\n  const HIDDEN = 'hidden-flag';\n}\nconst on = await client.getBooleanValue(Flags.HIDDEN, false);\n`);
    expect(references).toEqual([]);
    expect(dynamic).toEqual(['Flags.HIDDEN']);
  });
});

describe('the files a path-alias import may name', () => {
  // Next.js docs, "Absolute Imports and Module Path Aliases": `"@/*": ["./*"]` or `["./src/*"]`.
  it('looks for `@/x` and `~/x` from the importing file up, and under src/', () => {
    const candidates = jsCandidates('web/app/api/recs', '@/lib/keys');
    expect(candidates).toContain('web/lib/keys.ts');
    expect(candidates).toContain('web/src/lib/keys.ts');
    expect(candidates).toContain('web/app/api/recs/lib/keys.ts');
    expect(candidates.indexOf('web/app/api/recs/lib/keys.ts')).toBeLessThan(candidates.indexOf('web/lib/keys.ts'));
    expect(jsCandidates('app', '~/flags')).toEqual(['app/flags.ts', 'app/flags.tsx', 'app/flags.js', 'app/flags/index.ts', 'app/src/flags.ts', 'app/src/flags.tsx', 'app/src/flags.js', 'app/src/flags/index.ts', 'flags.ts', 'flags.tsx', 'flags.js', 'flags/index.ts', 'src/flags.ts', 'src/flags.tsx', 'src/flags.js', 'src/flags/index.ts']);
  });

  it('names nothing for an alias that climbs out (`@/../x`)', () => {
    expect(jsCandidates('web', '@/../secrets')).toEqual([]);
    expect(jsCandidates('web', '~/a/../../x')).toEqual([]);
  });
});

describe('a window of changed lines that starts inside a backtick string over many lines', () => {
  const lines = (count: number, line: (k: number) => string): string => Array.from({ length: count }, (_, k) => line(k)).join('\n');
  // @launchdarkly/node-server-sdk LDClient.variation; go-server-sdk LDClient.BoolVariation.
  it.each([
    ['a GraphQL query (JS template)', 'a.ts', `const QUERY = gql\`\n  query Cart {\n${lines(25, (k) => `    field${k}`)}\n  }\n\`;\nconst on = ldClient.variation('fast-search', ctx, false);\n`],
    ['styled-components CSS', 'a.tsx', `const Button = styled.button\`\n${lines(25, (k) => `  --v${k}: 1px;`)}\n\`;\nconst on = ldClient.variation('fast-search', ctx, false);\n`],
    ['a Go raw string', 'a.go', `package x\n\nconst q = \`\nSELECT\n${lines(25, (k) => `  col${k},`)}\nFROM carts\n\`\n\nfunc f() {\n\ton, _ := client.BoolVariation("fast-search", ctx, false)\n}\n`],
  ])('reads the call after %s', (_, path, text) => {
    const total = text.split('\n').length - 1;
    const line = text.split('\n').findIndex((row) => row.includes('fast-search')) + 1;
    expect(found(path, text, [[line - 15, Math.min(total, line + 15)]])).toEqual([['fast-search', line, 'call']]);
  });

  it('reads no call in a code sample inside a long template literal', () => {
    const text = `const SAMPLE = \`\n${lines(25, (k) => `// step ${k}`)}\nldClient.variation('fast-search', ctx, false);\n\`;\n`;
    const line = 27;
    expect(found('a.ts', text, [[line - 15, line]])).toEqual([]);
  });

  it('is not moved by balanced backticks on one line (JSDoc code spans, one-line templates)', () => {
    const text = `/**\n * Returns \`true\` when on.\n */\nconst a = \`x\` + \`y\`;\nconst on = ldClient.variation('fast-search', ctx, false);\n`;
    expect(found('a.ts', text, [[4, 5]])).toEqual([['fast-search', 5, 'call']]);
  });
});

describe('JS regex literals', () => {
  // ECMAScript 2024 §12.9.5 (regular expression literals) and §12 (the goal symbols a `/` is read by).
  it.each([
    ['a `/*` in a regex opens no comment', "const trimmed = url.replace(/\\/*$/, '');\nconst on = ldClient.variation('fast-search', ctx, false);\n"],
    ['a backtick in a regex opens no template', "const quotes = /[`'\"]/g;\nconst on = ldClient.variation('fast-search', ctx, false);\n"],
    ['a quote in a regex after `return` opens no string', "function f(s) {\n  return /'/.test(s) && ldClient.variation('fast-search', ctx, false);\n}\n"],
    ['a regex after an arrow', "const isPath = (s) => /^\\/*[a-z]/.test(s);\nconst on = ldClient.variation('fast-search', ctx, false);\n"],
  ])('reads the call after %s', (_, text) => {
    expect(found('a.ts', text)).toEqual([['fast-search', 2, 'call']]);
  });

  it.each([
    ['a division', "const r = a / b / c; const s = 'x';", "x'", Region.STRING],
    ['a division after a call', 'const r = f(x) / 2 + g(y) / 3; // c', ' c', Region.COMMENT],
    ['a JSX closing tag', "const e = <p>a</p>; const s = 'x';", "x'", Region.STRING],
    ['a self-closing JSX tag after an expression', "const e = <A b={c} />; const s = 'x';", "x'", Region.STRING],
    ['a regex', "const re = /'/; const s = 1;", 's = 1', Region.CODE],
    ['a postfix increment divided', 'const r = i++ / 2; const s = `x`;', 'x`', Region.STRING],
  ] as const)('lexes %s as JS does', (_, text, marker, region) => {
    const offset = text.lastIndexOf(marker);
    expect(regionAt(lexSource(text, 'js'), offset)).toBe(region);
  });
});

// Flag keys held in constants of the same file (issue 14): a constant bound once to a plain
// string literal and never assigned again is read as its key at the call; anything else (a
// rebinding, a `let` assigned later, a constant imported from another file, a name shadowed
// out of its block) stays a dynamic key. Forms follow the SDK docs' own samples:
// LaunchDarkly node-server-sdk `client.variation(key, context, default)`, Python
// `ldclient.get().variation(key, context, default)`, Go `client.BoolVariation(key, ctx, default)`,
// Java `client.boolVariation(key, ctx, default)`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { findStringConstants } from '../../../src/core/flags/file-constants.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const matcher = compileFlagMatcher(
  { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] },
  { source: 'flags.json', flags: [{ key: 'new-checkout', status: 'active', aliases: [] }] },
);

function scan(path: string, text: string): { found: [string, number, string][]; dynamic: string[] } {
  const result = scanSourceText(text, path, matcher);
  return {
    found: result.references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]),
    dynamic: result.dynamic.map((placed) => placed.key.expression),
  };
}

describe('flag keys held in constants of the same file', () => {
  const resolved: readonly (readonly [string, string, string, number])[] = [
    ['TS const', 'a.ts', `const FLAG = 'new-checkout';\nexport async function f() {\n  return client.variation(FLAG, ctx, false);\n}`, 3],
    ['TS typed export const', 'a.ts', `export const FLAG: string = "new-checkout";\nconst on = await client.variation(FLAG, ctx, false);`, 2],
    ['TS object constant as const', 'a.ts', `export const Flags = {\n  DARK: 'dark-mode',\n  CHECKOUT: 'new-checkout',\n} as const;\nconst on = client.variation(Flags.CHECKOUT, ctx, false);`, 5],
    ['TS string enum', 'a.ts', `enum FeatureKeys { Search = 'search-v2', Checkout = 'new-checkout' }\nconst on = client.variation(FeatureKeys.Checkout, ctx, false);`, 2],
    ['Python module constant', 'a.py', `NEW_CHECKOUT = "new-checkout"\n\ndef f(client, ctx):\n    return client.variation(NEW_CHECKOUT, ctx, False)`, 4],
    ['Python class attribute', 'a.py', `class Flags:\n    CHECKOUT = "new-checkout"\n\ndef f(client, ctx):\n    return client.variation(Flags.CHECKOUT, ctx, False)`, 5],
    ['Go const', 'a.go', `package p\n\nconst newCheckout = "new-checkout"\n\nfunc f() {\n\ton, _ := client.BoolVariation(newCheckout, ctx, false)\n}`, 6],
    ['Go const block', 'a.go', `package p\n\nconst (\n\tdarkMode        = "dark-mode"\n\tcheckout string = "new-checkout"\n)\n\nfunc f() {\n\ton, _ := client.BoolVariation(checkout, ctx, false)\n}`, 9],
    ['Java static final field', 'A.java', `class A {\n  private static final String NEW_CHECKOUT = "new-checkout";\n  boolean f() { return client.boolVariation(NEW_CHECKOUT, ctx, false); }\n}`, 3],
    ['Java interface constant', 'A.java', `interface Flags {\n  String CHECKOUT = "new-checkout";\n}\nclass A {\n  boolean f() { return client.boolVariation(Flags.CHECKOUT, ctx, false); }\n}`, 5],
  ];
  it.each(resolved)("resolves a %s at the call's line", (_title, path, text, line) => {
    const { found, dynamic } = scan(path, text);
    expect(found).toContainEqual(['new-checkout', line, 'call']);
    expect(dynamic).toEqual([]);
  });

  const kept: readonly (readonly [string, string, string, string])[] = [
    ['a let assigned again', 'a.ts', `let FLAG = 'new-checkout';\nif (beta) FLAG = 'new-checkout-beta';\nclient.variation(FLAG, ctx, false);`, 'FLAG'],
    ['a constant imported from another file', 'a.ts', `import { FLAG } from './flags';\nclient.variation(FLAG, ctx, false);`, 'FLAG'],
    ['a Python rebinding', 'a.py', `FLAG = "new-checkout"\nFLAG = os.environ["WHICH"]\nclient.variation(FLAG, ctx, False)`, 'FLAG'],
    ['a name bound twice', 'a.ts', `function a() { const key = 'new-checkout'; }\nfunction b() { const key = 'dark-mode'; }\nclient.variation(key, ctx, false);`, 'key'],
    ['a block constant used outside its block', 'a.ts', `function a() {\n  const key = 'new-checkout';\n}\nfunction b(key: string) {\n  return client.variation(key, ctx, false);\n}`, 'key'],
    ['a constant bound to a computed string', 'a.ts', `const FLAG = \`\${market}-prices\`;\nclient.variation(FLAG, ctx, false);`, 'FLAG'],
    ['a Go variable assigned with :=', 'a.go', `package p\nconst key = "new-checkout"\nfunc f() {\n\tkey := pick()\n\tclient.BoolVariation(key, ctx, false)\n}`, 'key'],
    ['a declaration inside a comment', 'a.ts', `// const FLAG = 'new-checkout';\nclient.variation(FLAG, ctx, false);`, 'FLAG'],
  ];
  it.each(kept)('keeps %s dynamic', (_title, path, text, expression) => {
    const { found, dynamic } = scan(path, text);
    expect(found.filter(([, , kind]) => kind === 'call')).toEqual([]);
    expect(dynamic).toEqual([expression]);
  });

  it('finds only constants bound to one plain literal', () => {
    const constants = findStringConstants(`const A = 'a';\nlet B = 'b';\nB = 'c';\nconst C = 'x' + y;\n`, 'js', () => true);
    expect([...constants.keys()]).toEqual(['A']);
  });

  it('property: a key bound to a constant is found whatever the constant name and the call formatting', () => {
    const names = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/).filter((name) => !['const', 'let', 'var', 'await', 'return', 'client', 'ctx', 'false', 'new', 'in', 'of', 'do', 'if', 'for', 'function', 'enum', 'class', 'export'].includes(name));
    const space = fc.constantFrom('', ' ', '\n  ', '\n    ');
    fc.assert(
      fc.property(names, space, space, fc.constantFrom("'", '"'), (name, before, after, quote) => {
        const text = `const ${name} = ${quote}new-checkout${quote};\nexport const on = await client.variation(${before}${name}${after}, ctx, false);\n`;
        const { found, dynamic } = scan('a.ts', text);
        expect(found.filter(([, , kind]) => kind === 'call').map(([flag]) => flag)).toEqual(['new-checkout']);
        expect(dynamic).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

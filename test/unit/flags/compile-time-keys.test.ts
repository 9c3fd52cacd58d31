// Keys that code names through a form the language or its compiler resolves before run time:
// indirect calls (`(0, _sdk.useFlag)('k')`), literals joined at compile time (`'gho' + 'st'`,
// Python's `"a" "b"`), and environment flags read through the environment object's other
// spellings. Each row names the language rule or documentation it follows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { foldLiteralConcatenation } from '../../../src/core/flags/literal-concatenation.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const matcher = compileFlagMatcher(
  { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] },
  {
    source: 'flags.json',
    flags: [
      { key: 'ghost', status: 'active', aliases: [] },
      { key: 'new-checkout', status: 'active', aliases: [] },
      { key: 'fast-search', status: 'active', aliases: [] },
      { key: 'FF_NEW_CHECKOUT', status: 'active', aliases: [] },
    ],
  },
);

function found(path: string, text: string): [string, number, string][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]);
}

function dynamicKeys(path: string, text: string): string[] {
  return scanSourceText(text, path, matcher).dynamic.map((placed) => placed.key.expression);
}

describe('indirect calls', () => {
  // TypeScript's and Babel's CommonJS output call an imported function as `(0, _mod.name)(...)`
  // (so `this` is undefined), esbuild's as `(0, import_mod.name)(...)`, webpack 5's as
  // `(0,_mod__WEBPACK_IMPORTED_MODULE_0__.name)(...)`, webpack 4's as `Object(_mod["name"])(...)`.
  it.each([
    ['TypeScript/Babel output of a LaunchDarkly call', 'a.js', "const v = (0, ldClient.variation)('fast-search', ctx, false);\n", [['fast-search', 1, 'call']]],
    ['a React hook imported from a module', 'a.js', "const on = (0, _unleashProxyClient.useFlag)('fast-search');\n", [['fast-search', 1, 'call']]],
    ['esbuild output, the call wrapped', 'a.js', 'const on = (0, import_react.useFeatureIsOn)(\n  "fast-search"\n);\n', [['fast-search', 2, 'call']]],
    ['webpack 5 output', 'a.js', 'var on=(0,_sdk__WEBPACK_IMPORTED_MODULE_0__.useBooleanFlagValue)("fast-search",!1);\n', [['fast-search', 1, 'call']]],
    ['webpack 4 output', 'a.js', 'var on = Object(_sdk__WEBPACK_IMPORTED_MODULE_0__["useFlag"])("fast-search");\n', [['fast-search', 1, 'call']]],
    ['a LaunchDarkly React destructuring', 'a.js', 'const { fastSearch } = (0, _launchdarklyReactClientSdk.useFlags)();\n', [['fast-search', 1, 'alias-read']]],
    ['a LaunchDarkly React destructuring on the namespace', 'a.tsx', 'const { fastSearch } = LD.useFlags();\n', [['fast-search', 1, 'alias-read']]],
  ])('reads %s', (_form, path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });

  it('reports a dynamic key of an indirect call', () => {
    expect(dynamicKeys('a.js', 'const on = (0, client.isEnabled)(toggleName);\n')).toEqual(['toggleName']);
  });

  it.each([
    ['a call of what a call returns', 'const on = wrap(0, client.isEnabled)("fast-search");\n'],
    ['a generic method on an app object', 'const on = (0, logger.isEnabled)("fast-search");\n'],
    ['a sequence that is not called', 'const f = (0, client.isEnabled);\nf;\n'],
  ])('reads no reference in %s', (_form, text) => {
    expect(found('a.js', text)).toEqual([]);
  });
});

describe('literals joined at compile time', () => {
  // ECMAScript, Java (JLS 15.29 constant expressions), Go (spec "Constant expressions"), Kotlin
  // and Python fold `"a" + "b"` of literals; Python (reference 2.4.2) and C join adjacent literals.
  it.each([
    ['JS +', 'a.ts', "const v = ldClient.variation('gho' + 'st', ctx, false);\n", 'ghost'],
    ['JS + of double quotes', 'a.ts', 'const v = ldClient.variation("new-" + "checkout", ctx, false);\n', 'new-checkout'],
    ['template literals without placeholders', 'a.ts', 'const v = ldClient.variation(`gho` + `st`, ctx, false);\n', 'ghost'],
    ['a parenthesized concatenation over lines', 'a.ts', "const v = ldClient.variation(\n  ('new-' +\n    'checkout'),\n  ctx,\n);\n", 'new-checkout'],
    ['Python adjacent literals', 'a.py', 'v = client.variation("gho" "st", ctx, False)\n', 'ghost'],
    ['Python +', 'a.py', 'v = client.variation("gho" + "st", ctx, False)\n', 'ghost'],
    ['Go +', 'a.go', 'v, _ := client.BoolVariation("gho"+"st", ctx, false)\n', 'ghost'],
    ['Go raw strings', 'a.go', 'v, _ := client.BoolVariation(`gho` + `st`, ctx, false)\n', 'ghost'],
    ['Java +', 'A.java', 'boolean v = client.boolVariation("gho" + "st", ctx, false);\n', 'ghost'],
    ['Kotlin +', 'A.kt', 'val v = client.boolVariation("gho" + "st", ctx, false)\n', 'ghost'],
    ['a server form, key second', 'a.ts', "const g = await Statsig.checkGate(user, 'gho' + 'st');\n", 'ghost'],
  ])('reads %s as the key it makes', (_form, path, text, key) => {
    expect(found(path, text).map(([flag, , kind]) => [flag, kind])).toEqual([[key, 'call']]);
    expect(dynamicKeys(path, text)).toEqual([]);
  });

  it.each([
    ['a name joined to a literal', 'a.ts', "const v = ldClient.variation('gho' + region, ctx, false);\n", "'gho' + region"],
    ['a placeholder', 'a.ts', 'const v = ldClient.variation(`gho` + `${x}`, ctx, false);\n', '`gho` + `${x}`'],
    ['a call joined', 'a.py', 'v = client.variation("gho" + suffix(), ctx, False)\n', '"gho" + suffix()'],
  ])('keeps %s a dynamic key', (_form, path, text, expression) => {
    expect(found(path, text)).toEqual([]);
    expect(dynamicKeys(path, text)).toEqual([expression]);
  });

  it.each([
    ['a TS constant', 'a.ts', "const K = 'gho' + 'st';\nconst v = ldClient.variation(K, ctx, false);\n"],
    ['an exported constant broken after the +', 'a.ts', 'export const K = "gho" +\n  "st";\nconst v = ldClient.variation(K, ctx, false);\n'],
    ['a Python module constant of adjacent literals', 'a.py', 'K = "gho" "st"\nv = client.variation(K, ctx, False)\n'],
    ['a Go constant', 'a.go', 'const K = "gho" + "st"\n\nfunc f() { v, _ := client.BoolVariation(K, ctx, false) }\n'],
    ['a Java static final field', 'A.java', 'class A {\n  static final String K = "gho" + "st";\n  boolean v = client.boolVariation(K, ctx, false);\n}\n'],
    ['a Kotlin const val', 'A.kt', 'const val K = "gho" + "st"\nval v = client.boolVariation(K, ctx, false)\n'],
  ])('reads the key a constant of joined literals holds: %s', (_form, path, text) => {
    expect(found(path, text).map(([flag, , kind]) => [flag, kind])).toEqual([['ghost', 'call']]);
    expect(dynamicKeys(path, text)).toEqual([]);
  });

  it('keeps a constant built from a name a dynamic key', () => {
    expect(dynamicKeys('a.ts', "const K = 'gho' + region;\nconst v = ldClient.variation(K, ctx, false);\n")).toEqual(['K']);
  });

  it.each([
    ['JS', 'a.ts', 'const x = process.env["FF_" + "NEW_CHECKOUT"];\n'],
    ['Python adjacent', 'a.py', 'x = os.environ["FF_" "NEW_CHECKOUT"]\n'],
    ['Go', 'a.go', 'x := os.Getenv("FF_" + "NEW_CHECKOUT")\n'],
  ])('reads an environment flag named by joined literals in %s', (_language, path, text) => {
    expect(found(path, text)).toEqual([['FF_NEW_CHECKOUT', 1, 'env']]);
    expect(dynamicKeys(path, text)).toEqual([]);
  });

  it('folds any split of a key into joined literals back to the key', () => {
    const key = fc.stringMatching(/^[A-Za-z0-9_.:-]{2,40}$/);
    fc.assert(
      fc.property(key, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.constantFrom("'", '"', '`'), fc.constantFrom(' + ', '+', '\n  + ', ' '), (written, cuts, quote, joint) => {
        const at = [...new Set(cuts.map((cut) => 1 + (cut % (written.length - 1))))].sort((a, b) => a - b);
        const parts = [0, ...at].map((start, k) => written.slice(start, at[k] ?? written.length));
        const expression = parts.map((part) => `${quote}${part}${quote}`).join(joint);
        const family = quote === '`' ? 'js' : 'python';
        expect(foldLiteralConcatenation(expression, family)).toBe(parts.length >= 2 ? written : undefined);
      }),
    );
  });

  it('never folds an expression holding anything but literals', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z-]{0,8}$/), { minLength: 1, maxLength: 4 }), fc.stringMatching(/^[a-z_]\w{0,8}$/), fc.nat(), (parts, name, position) => {
        const pieces = parts.map((part) => `'${part}'`);
        pieces.splice(position % (pieces.length + 1), 0, name);
        expect(foldLiteralConcatenation(pieces.join(' + '), 'js')).toBeUndefined();
      }),
    );
  });
});

describe('environment flags through the environment object', () => {
  // Node: process.env is an object (destructuring, aliasing); Python os.environ / os.getenv;
  // Go os.LookupEnv; Java System.getenv(String); Kotlin calls the same Java API.
  it.each([
    ['a destructured variable and its later read', 'a.ts', 'const { FF_NEW_CHECKOUT } = process.env;\nif (FF_NEW_CHECKOUT) go();\n', [['FF_NEW_CHECKOUT', 1, 'env'], ['FF_NEW_CHECKOUT', 2, 'alias-read']]],
    ['a renamed destructuring with a default', 'a.ts', "const { FF_NEW_CHECKOUT: on = 'false' } = process.env;\n", [['FF_NEW_CHECKOUT', 1, 'env']]],
    ['a destructuring over lines', 'a.ts', "const {\n  FF_NEW_CHECKOUT,\n  HOME,\n} = process.env;\n", [['FF_NEW_CHECKOUT', 2, 'env']]],
    ['the object bound to a name', 'a.ts', 'const env = process.env;\nif (env.FF_NEW_CHECKOUT) go();\n', [['FF_NEW_CHECKOUT', 2, 'alias-read']]],
    ['Python environ imported bare', 'a.py', 'from os import environ\nx = environ.get("FF_NEW_CHECKOUT")\n', [['FF_NEW_CHECKOUT', 2, 'env']]],
    ['Python environ imported under another name', 'a.py', 'from os import getenv, environ as env\nx = env.get("FF_NEW_CHECKOUT")\ny = env["HOME"]\n', [['FF_NEW_CHECKOUT', 2, 'alias-read']]],
    ['Python os.getenv with a default', 'a.py', 'import os\nx = os.getenv("FF_NEW_CHECKOUT", "0")\n', [['FF_NEW_CHECKOUT', 2, 'env']]],
    ['Go os.LookupEnv', 'a.go', 'v, ok := os.LookupEnv("FF_NEW_CHECKOUT")\n', [['FF_NEW_CHECKOUT', 1, 'env']]],
    ['Java System.getenv', 'A.java', 'String v = System.getenv("FF_NEW_CHECKOUT");\n', [['FF_NEW_CHECKOUT', 1, 'env']]],
    ['Kotlin System.getenv with an elvis default', 'A.kt', 'val v = System.getenv("FF_NEW_CHECKOUT") ?: "false"\n', [['FF_NEW_CHECKOUT', 1, 'env']]],
    ['Kotlin System.getenv() indexed', 'A.kt', 'val v = System.getenv()["FF_NEW_CHECKOUT"]\n', [['FF_NEW_CHECKOUT', 1, 'env']]],
    // TypeScript's non-null assertion and optional chaining on process.env; Bun.env (Bun docs "Environment variables").
    ['process.env!.FF_X', 'a.ts', 'const x = process.env!.FF_NEW_CHECKOUT;\n', [['FF_NEW_CHECKOUT', 1, 'env']]],
    ['process.env?.FF_X', 'a.ts', 'const x = process.env?.FF_NEW_CHECKOUT;\n', [['FF_NEW_CHECKOUT', 1, 'env']]],
    ['Bun.env.FF_X', 'a.ts', 'const x = Bun.env.FF_NEW_CHECKOUT;\n', [['FF_NEW_CHECKOUT', 1, 'env']]],
    // Python docs os.environ: a mapping; setdefault(key, default) reads the variable.
    ['os.environ.setdefault', 'a.py', 'x = os.environ.setdefault("FF_NEW_CHECKOUT", "0")\n', [['FF_NEW_CHECKOUT', 1, 'env']]],
    ['a wrapped os.environ.get', 'a.py', 'x = os.environ.get(\n    "FF_NEW_CHECKOUT",\n    "0",\n)\n', [['FF_NEW_CHECKOUT', 2, 'env']]],
    ['Go os.Getenv wrapped', 'a.go', 'v := os.Getenv(\n\t"FF_NEW_CHECKOUT",\n)\n', [['FF_NEW_CHECKOUT', 2, 'env']]],
    ['a Java environment map bound to a name', 'A.java', 'Map<String, String> env = System.getenv();\nString v = env.get("FF_NEW_CHECKOUT");\n', [['FF_NEW_CHECKOUT', 2, 'alias-read']]],
  ])('reads %s', (_form, path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });
});

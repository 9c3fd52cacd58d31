// Gaps the fifth blind corpus (test/corpus/blind5) found, each at its general cause. Each row
// names the SDK documentation or type definition that backs the form.
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
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

/** `[flag, line]` of every reference in `text`. */
function found(path: string, text: string): [string | null, number][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line]);
}

/** `[expression, line]` of every dynamic key in `text`. */
function dynamicKeys(path: string, text: string): [string, number][] {
  return scanSourceText(text, path, matcher).dynamic.map((placed) => [placed.key.expression, placed.line]);
}

describe('the validated environment object of T3 Env imported by name', () => {
  // create.t3.gg "Environment Variables": `export const env = createEnv({ ... })` in src/env.js,
  // then `import { env } from "~/env"` and `env.DATABASE_URL`; the `@/env` alias of newer templates.
  it.each([
    ['~/env', 'import { env } from "~/env";\n'],
    ['@/env', "import { env } from '@/env';\n"],
    ['a relative env.js', 'import { env } from "../../env.js";\n'],
    ['env.mjs under another name', 'import { env as appEnv } from "~/env.mjs";\n'],
    // Node: `import { env } from 'node:process'` is process.env.
    ['node:process', "import { env } from 'node:process';\n"],
  ])('reads env.FF_X after an import from %s', (_, line) => {
    const local = line.includes(' as ') ? 'appEnv' : 'env';
    const text = `${line}\nexport function sandbox() {\n  return ${local}.FF_SANDBOX === "true" && ${local}.NODE_ENV !== "test";\n}\n`;
    expect(found('a.ts', text)).toEqual([['FF_SANDBOX', 4]]);
  });

  it('reads nothing through an env export of a module that is no environment', () => {
    expect(found('a.ts', 'import { env } from "./config/loader";\nconst on = env.FF_SANDBOX;\n')).toEqual([]);
    expect(found('a.ts', 'import { settings } from "~/env";\nconst on = settings.FF_SANDBOX;\n')).toEqual([]);
  });
});

describe('an SDK method taken as a value and called through its name', () => {
  // Python: a bound method is a value (`check = client.is_enabled`, docs.python.org "Method
  // Objects"); launchdarkly-server-sdk `LDClient.variation(key, context, default)`,
  // unleash-client-python `UnleashClient.is_enabled(feature_name, context)`.
  // Go: a method value (`eval := client.BoolVariation`, go.dev/ref/spec#Method_values);
  // go-server-sdk v7 `(*LDClient).BoolVariation(key, context, defaultVal)`.
  it.each([
    ['Python variation', 'a.py', 'def f(ld, ctx):\n    evaluate = ld.variation\n    return evaluate("fast-search", ctx, False)\n', 3],
    ['Python is_enabled', 'a.py', 'def f(unleash_client):\n    check = unleash_client.is_enabled\n    return check(\n        "fast-search", {"userId": "1"})\n', 4],
    ['a Go method value', 'a.go', 'func (s *S) f(c ldcontext.Context) bool {\n\teval := s.ld.BoolVariation\n\ton, _ := eval("fast-search", c, false)\n\treturn on\n}\n', 3],
  ])('reads the key of %s', (_, path, text, line) => {
    expect(found(path, text)).toEqual([['fast-search', line]]);
  });

  it('reads a variable key through the name as a dynamic key', () => {
    expect(dynamicKeys('a.py', 'check = client.is_enabled\nok = check(toggle_name)\n')).toEqual([['toggle_name', 2]]);
  });

  it.each([
    ['a call result', 'a.py', 'value = client.variation("mega-menu", ctx, False)\nshow = value("fast-search")\n', [['mega-menu', 1]]],
    ['a generic method of no client', 'a.py', 'check = logger.is_enabled\nok = check("fast-search")\n', []],
    ['a Go field read', 'a.go', 'func f() {\n\tname := cfg.Name\n\tx := name("fast-search")\n}\n', []],
  ])('reads nothing through a name bound to %s', (_, path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });
});

describe('type arguments holding string literal types and object types', () => {
  // @growthbook/growthbook-react: `useFeatureValue<T extends JSONValue>(id: string, fallback: T)`;
  // @openfeature/web-sdk: `getObjectValue<T extends JsonValue>(flagKey: string, defaultValue: T)`.
  it.each([
    ['a union of string literal types', "const layout = useFeatureValue<'grid' | 'list'>('fast-search', 'grid');\n"],
    ['double-quoted literal types', 'const layout = useFeatureValue<"grid" | "list">("fast-search", "grid");\n'],
    ['an object type with semicolons', "const panel = client.getObjectValue<{ rows: number; sticky: boolean }>('fast-search', { rows: 8, sticky: true });\n"],
    ['a nested generic of an object type', "const panel = client.getObjectValue<Record<string, { on: boolean }>>('fast-search', {});\n"],
  ])('reads the key after %s', (_, text) => {
    expect(found('a.tsx', text)).toEqual([['fast-search', 1]]);
  });

  it('reads a variable key after them as a dynamic key', () => {
    expect(dynamicKeys('a.ts', "const v = client.getObjectValue<{ a: 'x'; b: number }>(flagKey, { a: 'x', b: 1 });\n")).toEqual([['flagKey', 1]]);
  });

  it('takes no literal type for the key', () => {
    expect(found('a.ts', "const v = useFeatureValue<'fast-search'>(name, 'fast-search');\n")).toEqual([]);
  });
});

describe('a Go struct tag naming an environment flag', () => {
  // github.com/caarlos0/env: `env:"NAME"` (options after a comma: `env:"NAME,required"`), and
  // github.com/kelseyhightower/envconfig: `envconfig:"NAME"`; both read os.Environ into the field.
  it.each([
    ['caarlos0/env', 'type S struct {\n\tSandbox bool `env:"FF_SANDBOX" envDefault:"false"`\n}\n'],
    ['an option after a comma', 'type S struct {\n\tSandbox bool `json:"sandbox" env:"FF_SANDBOX,required"`\n}\n'],
    ['envconfig', 'type S struct {\n\tSandbox []string `envconfig:"FF_SANDBOX"`\n}\n'],
  ])('is an env reference with %s', (_, text) => {
    expect(scanSourceText(text, 'a.go', matcher).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind])).toEqual([['FF_SANDBOX', 2, 'env']]);
  });

  it.each([
    ['another tag key', 'type S struct {\n\tSandbox bool `json:"FF_SANDBOX"`\n}\n'],
    ['a name without the prefix', 'type S struct {\n\tLevel string `env:"LOG_LEVEL"`\n}\n'],
    ['a string outside a tag', 'var help = `env:"FF_SANDBOX" sets the sandbox`\n'],
  ])('is none for %s', (_, text) => {
    expect(found('a.go', text)).toEqual([]);
  });
});

describe('a conditional expression choosing between two literal keys', () => {
  // Each branch is a key the call may evaluate (JS/TS and Java `c ? 'a' : 'b'`, Python
  // `"a" if c else "b"`, Kotlin `if (c) "a" else "b"`): both are checked, neither is dynamic.
  it.each([
    ['TS', 'a.ts', "const sort = client.getStringValue(isMobile ? 'fast-search' : 'mega-menu', 'price');\n"],
    ['TS with optional chaining in the condition', 'a.ts', "const on = ldClient.variation(user?.beta ? 'fast-search' : 'mega-menu', false);\n"],
    ['Java, the key second', 'A.java', 'String t = splitClient.getTreatment(accountId, enterprise ? "fast-search" : "mega-menu");\n'],
    ['Python', 'a.py', 'on = client.is_enabled("fast-search" if beta else "mega-menu", ctx)\n'],
    ['Kotlin', 'A.kt', 'val on = unleash.isEnabled(if (beta) "fast-search" else "mega-menu")\n'],
  ])('reads both keys in %s', (_, path, text) => {
    expect(found(path, text)).toEqual([
      ['fast-search', 1],
      ['mega-menu', 1],
    ]);
    expect(dynamicKeys(path, text)).toEqual([]);
  });

  it('keeps a conditional with a computed branch dynamic', () => {
    expect(dynamicKeys('a.ts', "const v = client.getStringValue(beta ? `${market}-sort` : 'mega-menu', 'price');\n")).toHaveLength(1);
    expect(found('a.ts', "const v = client.getStringValue(beta ? `${market}-sort` : 'mega-menu', 'price');\n")).toEqual([]);
  });
});

describe('a bare SDK function called after a keyword', () => {
  // unleash-client-node README: `const { initialize, isEnabled } = require('unleash-client')`,
  // then `isEnabled('toggle', context)`; a keyword before the call (`return`, `await`) is no receiver.
  it.each([
    ['return', "const { initialize, isEnabled } = require('unleash-client');\nfunction f(userId) {\n  return isEnabled('fast-search', { userId });\n}\n", 3],
    ['await', "import { isEnabled } from 'unleash-client';\nasync function f() {\n  const on = await isEnabled('fast-search');\n}\n", 3],
    ['return in Python', 'from UnleashClient.api import is_enabled\n\ndef f():\n    return is_enabled("fast-search")\n', 4],
  ])('reads the key after %s', (_, text, line) => {
    expect(found(text.startsWith('from') ? 'a.py' : 'a.js', text)).toEqual([['fast-search', line]]);
  });

  it('still reads no generic bare call that no SDK import names', () => {
    expect(found('a.js', "function f(isEnabled) {\n  return isEnabled('fast-search');\n}\n")).toEqual([]);
  });
});

describe('a method reference to an SDK evaluation', () => {
  // Java method references (JLS 15.13) and Kotlin callable references (`unleash::isEnabled`):
  // the SDK evaluates toggles whose names the scanner cannot see, as `isEnabled(name)` does.
  it.each([
    ['Java', 'A.java', 'boolean any = names.stream().anyMatch(unleash::isEnabled);\n', 'unleash::isEnabled'],
    ['Kotlin', 'A.kt', 'fun on(feeds: List<String>) = feeds.filter(unleash::isEnabled)\n', 'unleash::isEnabled'],
    ['Java, a distinctive method', 'A.java', 'keys.forEach(ldClient::boolVariation);\n', 'ldClient::boolVariation'],
  ])('is a dynamic key in %s', (_, path, text, expression) => {
    expect(dynamicKeys(path, text)).toEqual([[expression, 1]]);
    expect(found(path, text)).toEqual([]);
  });

  it('is none on a receiver that is no SDK client', () => {
    expect(dynamicKeys('A.java', 'boolean any = levels.stream().anyMatch(logger::isEnabled);\n')).toEqual([]);
  });
});

describe("a bare function imported from the app's own module", () => {
  // The app's wrapper around an SDK (`isOn(key, ctx)` from '@/lib/flags') is not the SDK's
  // function, whatever its module is called (README: wrappers are not followed).
  it.each([
    ["@/lib/flags", "import { isOn } from '@/lib/flags';\nasync function f() {\n  return await isOn('fast-search', ctx);\n}\n"],
    ['./flags', "const { isEnabled } = require('./flags');\nconst on = isEnabled('fast-search');\n"],
  ])('is no reference from %s', (_, text) => {
    expect(found('a.ts', text)).toEqual([]);
  });
});

describe("Kotlin's index operator on the environment map", () => {
  // Kotlin: `Map.get` is the index operator (`System.getenv()["NAME"]`, kotlinlang.org "Map").
  it('is an env reference', () => {
    expect(found('A.kt', 'val on = System.getenv()["FF_SANDBOX"] == "1"\n')).toEqual([['FF_SANDBOX', 1]]);
  });
});

// Gaps the sixth blind corpus (test/corpus/blind6) found, each at its general cause. Each row
// names the SDK documentation or type definition that backs the form.
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const REGISTRY = {
  source: 'flags.json',
  flags: [
    { key: 'fast-search', status: 'active' as const, aliases: [] },
    { key: 'mega-menu', status: 'active' as const, aliases: ['MEGA_MENU'] },
    { key: 'FF_EDGE_RENDER', status: 'active' as const, aliases: [] },
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

describe('a PostHog server call in Kotlin: the distinct id first, then the key', () => {
  // PostHog Java server SDK (com.posthog.server) `isFeatureEnabled(distinctId, key, defaultValue)`,
  // called from Kotlin as from Java; the Android SDK's `isFeatureEnabled(key, defaultValue)` takes no second string.
  it('reads the second string, not the distinct id', () => {
    const text = 'class Job(private val postHog: PostHog) {\n    fun run() {\n        val pdfs = postHog.isFeatureEnabled("statement-job", "fast-search", false)\n    }\n}\n';
    expect(found('Job.kt', text)).toEqual([['fast-search', 3, 'call']]);
  });
});

describe('SvelteKit environment variables imported by name', () => {
  // kit.svelte.dev "$env/static/private": `import { API_KEY } from '$env/static/private'`, each
  // variable a named export (also `$env/static/public`); later reads are reads of the variable.
  it('reads the import and the later reads of the name', () => {
    const text = "import { FF_EDGE_RENDER, OTHER } from '$env/static/private';\n\nexport const load = () => ({\n  edge: FF_EDGE_RENDER === 'true',\n});\n";
    expect(found('+page.server.ts', text)).toEqual([
      ['FF_EDGE_RENDER', 1, 'env'],
      ['FF_EDGE_RENDER', 4, 'alias-read'],
    ]);
  });

  it('follows a renamed import, and reads nothing from another module', () => {
    expect(found('a.ts', "import { FF_EDGE_RENDER as edge } from '$env/static/public';\nconst on = edge === '1';\n")).toEqual([
      ['FF_EDGE_RENDER', 1, 'env'],
      ['FF_EDGE_RENDER', 2, 'alias-read'],
    ]);
    expect(found('a.ts', "import { FF_EDGE_RENDER } from './constants';\nconst on = FF_EDGE_RENDER === '1';\n")).toEqual([]);
  });
});

describe('a Kotlin companion object constant used in its class', () => {
  // kotlinlang.org "Object declarations": members of a companion object are called with the class
  // name as qualifier, or unqualified inside the class; `const val` is a compile-time constant.
  it('reads the constant as its key anywhere in the class', () => {
    const text = 'class S(private val featureClient: Client) {\n    companion object {\n        const val FLAG = "fast-search"\n    }\n\n    fun on(): Boolean = featureClient.getBooleanValue(FLAG, false)\n}\n';
    expect(found('S.kt', text)).toEqual([['fast-search', 6, 'call']]);
    expect(dynamicKeys('S.kt', text)).toEqual([]);
  });
});

describe('the LaunchDarkly all-flags state values bound to a name', () => {
  // LaunchDarkly Node server SDK: `allFlagsState(context, options)` returns an LDFlagsState whose
  // `allValues()` is an LDFlagSet (key to value), read as `all['key']` like `allFlags()`'s.
  it('reads the keys of the bound object', () => {
    const text = "export async function loader() {\n  const state = await ldClient.allFlagsState(context, { clientSideOnly: true });\n  const all = state.allValues();\n  return { on: all['fast-search'] === true };\n}\n";
    expect(found('a.ts', text)).toEqual([['fast-search', 4, 'alias-read']]);
  });
});

describe('a registry alias as the last member of a key expression', () => {
  // README "Aliases": `FLAGS.NEW_CHECKOUT` names the alias; GrowthBook React `useFeature(id)`.
  it('is an alias reference, not a dynamic key', () => {
    const text = "import { FLAGS } from '@acme/flags';\nexport function P() {\n  const on = useFeature(FLAGS.MEGA_MENU).on;\n  return on;\n}\n";
    expect(found('a.tsx', text)).toEqual([['mega-menu', 3, 'alias-read']]);
    expect(dynamicKeys('a.tsx', text)).toEqual([]);
  });
});

describe('a function declared with an SDK method name', () => {
  // A team's own wrapper named like the SDK's hook (GrowthBook React `useFeature(id)`,
  // LaunchDarkly `variation`): the declaration names parameters, it evaluates nothing.
  it.each([
    ['a TS function', 'a.ts', 'export function useFeature(key: FlagKey): boolean {\n  return Boolean(key);\n}\n'],
    ['an async JS function', 'a.js', 'export async function variation(key, fallback) {\n  return fallback;\n}\n'],
    ['a Python def', 'a.py', 'def is_enabled(name, context=None):\n    return False\n'],
    ['a Kotlin fun', 'a.kt', 'fun isEnabled(name: String): Boolean = false\n'],
    ['a Go method', 'a.go', 'func (c *Client) BoolVariation(key string, ctx ldcontext.Context, def bool) (bool, error) {\n\treturn def, nil\n}\n'],
  ])('is no dynamic key: %s', (_, path, text) => {
    expect(dynamicKeys(path, text)).toEqual([]);
  });

  it('still reports a call with a computed key', () => {
    expect(dynamicKeys('a.ts', 'export function f(key: string) {\n  return ldClient.variation(key, false);\n}\n')).toEqual([['key', 2]]);
  });
});

describe('a registry key named in a comment as prose', () => {
  // Issue 14: a key in a comment is not an evaluation; it is listed as a comment reference.
  it.each([
    ['a quoted key in a JS line comment', 'a.ts', "// 'fast-search' hides the old box\nconst x = 1;\n", 1],
    ['a key in a Python comment', 'a.py', '# fast-search is only on in staging\nX = 1\n', 1],
    ['a double-quoted key in a Go comment', 'a.go', 'package a\n\n// "fast-search" splits the work\nvar x = 1\n', 3],
    ['an env key in a block comment', 'a.java', '/**\n * FF_EDGE_RENDER is set by the CDN.\n */\nclass A {}\n', 2],
    ['a key in an HTML comment of a Vue file', 'a.vue', "<template>\n  <!-- the old 'fast-search' box is gone -->\n  <div />\n</template>\n", 2],
  ])('lists %s', (_, path, text, line) => {
    expect(found(path, text)).toEqual([[path.endsWith('.java') ? 'FF_EDGE_RENDER' : 'fast-search', line, 'comment']]);
  });

  it('lists a commented-out call once, and no English word or string', () => {
    expect(found('a.ts', "// if (ldClient.variation('fast-search', ctx, false)) {}\nconst s = 'fast-search';\n")).toEqual([['fast-search', 1, 'comment']]);
    const words = { source: 'flags.json', flags: [{ key: 'checkout', status: 'active' as const, aliases: [] }] };
    const plain = compileFlagMatcher({ presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: [] }, words);
    expect(scanSourceText('// the checkout page\nconst a = 1;\n', 'a.ts', plain).references).toEqual([]);
    expect(scanSourceText("// the 'checkout' flag\nconst a = 1;\n", 'a.ts', plain).references.map((placed) => placed.reference.kind)).toEqual(['comment']);
  });
});

describe('comment mentions on hostile comments', () => {
  // Each word of a comment is bounded (256 characters a side), so a comment of one long word is
  // read in linear time (a quadratic search of 200k characters would run past the test timeout).
  it('reads a long comment of one word', () => {
    expect(found('a.ts', `// ${'a'.repeat(200_000)}\n/* ${'b1'.repeat(100_000)} */\nconst x = 1;\n`)).toEqual([]);
  });
});

describe('a suppression comment', () => {
  it('names its key without mentioning it', () => {
    expect(found('a.ts', '// prove-allow-flag: fast-search kept for the rollback\nconst a = 1;\n')).toEqual([]);
  });
});

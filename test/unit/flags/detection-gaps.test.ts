// Detection gaps found after the blind corpora (issue 14): other spellings of a call, all-flags
// objects read where they are made, environment objects reached by destructuring, and an app's own
// settings objects whose methods share an SDK's names. Each row names the SDK documentation, type
// definition or language rule it follows.
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { normalizeCallSpellings } from '../../../src/core/flags/call-spellings.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const matcher = compileFlagMatcher(
  { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] },
  { source: 'flags.json', flags: [{ key: 'FF_KNOWN', status: 'active', aliases: [] }] },
);

function found(path: string, text: string): [string, number, string][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]);
}

type Row = readonly [string, string, string, readonly (readonly [string, number, string])[], string];

const ROWS: readonly Row[] = [
  // LaunchDarkly's all-flags objects read where they are made.
  ['LaunchDarkly server allFlagsState(...).allValues()[key] and .key', 'a.ts', `const state = await client.allFlagsState(ctx);\nconst a = state.getFlagValue('st_a');\nconst b = state.allValues()['st_b'];\nconst c = state.allValues().st_c;`, [['st_a', 2, 'call'], ['st_b', 3, 'call'], ['st_c', 4, 'call']], '@launchdarkly/js-server-sdk-common LDFlagsState: getFlagValue(key: string), allValues(): LDFlagSet; docs.launchdarkly.com/sdk/features/all-flags'],
  ['LaunchDarkly JS client allFlags()[key] and allFlags().key', 'a.ts', `const a = ldClient.allFlags()['af_a'];\nconst b = ldClient.allFlags()?.af_b;\nconst n = Object.keys(ldClient.allFlags()).length;`, [['af_a', 1, 'call'], ['af_b', 2, 'call']], 'launchdarkly-js-client-sdk typings: LDClient.allFlags(): LDFlagSet'],
  ['allValues() of an object that is no LaunchDarkly state is no flag read', 'a.ts', `const form = useForm();\nconst v = form.allValues().email;`, [], 'receiver rule: allValues is generic'],
  // Environment objects reached by destructuring their parent.
  ['const { env } = process, then env.FF_X and env[FF_Y]', 'a.ts', `const { env } = process;\nconst a = env.FF_DESTRUCTURED;\nconst b = env['FF_KNOWN'];\nconst c = env.HOME;`, [['FF_DESTRUCTURED', 2, 'alias-read'], ['FF_KNOWN', 3, 'alias-read']], 'Node process.env is a property of process'],
  ['const { env: e } = import.meta', 'a.ts', `const { env: e } = import.meta;\nif (e.FF_VITE) run();`, [['FF_VITE', 2, 'alias-read']], 'Vite import.meta.env'],
  ['const env = process.env (already found)', 'a.ts', `const env = process.env;\nconst a = env.FF_X;\nconst b = env['FF_Y'];`, [['FF_X', 2, 'alias-read'], ['FF_Y', 3, 'alias-read']], 'Node process.env'],
  ['Python from os import environ, getenv (already found)', 'a.py', `from os import environ, getenv\nimport os\na = environ["FF_A"]\nb = environ.get("FF_B")\nc = os.getenv("FF_C")\nd = getenv("FF_D")`, [['FF_A', 3, 'env'], ['FF_B', 4, 'env'], ['FF_C', 5, 'env'], ['FF_D', 6, 'env']], 'Python os.environ, os.getenv'],
  // Other spellings of a call.
  ['a computed member named by a string literal', 'a.ts', `const a = ldClient['variation']('ev_a', false);\nconst b = ldClient?.["variation"]('ev_b', false);`, [['ev_a', 1, 'call'], ['ev_b', 2, 'call']], 'ECMAScript: o["m"](...) calls o.m with this = o'],
  ['Function.prototype.call with the client as this', 'a.ts', `const c = ldClient.variation.call(ldClient, 'ev_c', false);`, [['ev_c', 1, 'call']], 'ECMAScript Function.prototype.call(thisArg, ...args)'],
  ['a method bound to a name, then called', 'a.ts', `const v = ldClient.variation.bind(ldClient);\nconst d = v('ev_d', false);`, [['ev_d', 2, 'call']], 'ECMAScript Function.prototype.bind(thisArg)'],
  ['a generic method bound on an app object is no client call', 'a.ts', `const check = logger.isEnabled.bind(logger);\nconst on = check('debug');`, [], 'receiver rule on the bound receiver'],
  ['Unicode escapes in a called name are decoded (JS and Java)', 'a.ts', `const e = ldClient.vari\\u0061tion('ev_e', false);\nconst f = ldClient.\\u{76}ariation('ev_f', false);`, [['ev_e', 1, 'call'], ['ev_f', 2, 'call']], 'ECMAScript IdentifierName: UnicodeEscapeSequence; JLS 3.3 Unicode escapes'],
  ['Unicode escapes in a Java call name', 'A.java', `boolean on = client.boolV\\u0061riation("ev_java", ctx, false);`, [['ev_java', 1, 'call']], 'JLS 3.3: \\uXXXX is translated before lexing'],
  // Receivers: an app's own settings object.
  ['a deep property path of an app object is no client', 'a.ts', `const on = s.features.isEnabled('app_path');\nconst off = this.settings.flags.getValue('app_other');`, [], 'receiver rule'],
  ['a property naming an SDK client on an app object is one', 'a.ts', `const on = app.ldClient.variation('app_ld', false);\nconst u = fastify.unleash.isEnabled('app_unleash');`, [['app_ld', 1, 'call'], ['app_unleash', 2, 'call']], 'fastify-unleash decorates the instance with unleash'],
  ['a deep property bound to an SDK client is one', 'a.ts', `s.features = new UnleashClient(config);\nconst on = s.features.isEnabled('app_bound');`, [['app_bound', 2, 'call']], 'unleash-proxy-client UnleashClient.isEnabled(name)'],
  ['this.flags stays a client (a class field)', 'a.ts', `const on = this.flags.isEnabled('this_field');`, [['this_field', 1, 'call']], 'receiver rule: this.<client-like>'],
];

describe('detection gaps: other call spellings, all-flags objects, env parents, app objects', () => {
  it.each(ROWS)('%s', (_title, path, text, expected, _source) => {
    expect(found(path, text)).toEqual(expected);
  });
});

describe('normalizeCallSpellings', () => {
  it.each([
    ["c['variation']('k')", 'a.ts', "c.variation   ('k')"],
    ["c?.['variation']('k')", 'a.ts', "c?.variation    ('k')"],
    ["c.variation.call(c, 'k')", 'a.ts', "c.variation(        'k')"],
    ["c.vari\\u0061tion('k')", 'a.ts', "c.variation     ('k')"],
    ["flags['fast-search']", 'a.ts', "flags['fast-search']"],
    ["c['variation']('k')", 'a.py', "c['variation']('k')"],
    ["c.vari\\u0061tion('k')", 'a.go', "c.vari\\u0061tion('k')"],
  ])('%s in %s', (text, path, expected) => {
    const family = path.endsWith('.ts') ? 'js' : path.endsWith('.py') ? 'python' : 'go';
    const normalized = normalizeCallSpellings(text, family);
    expect(normalized).toBe(expected);
    expect(normalized.length).toBe(text.length);
  });

  it('keeps every line break where it was', () => {
    const text = "c\n  ?.['variation'](\n'k')\nx.m.call(\n  c, 'k')";
    const normalized = normalizeCallSpellings(text, 'js');
    expect(normalized.length).toBe(text.length);
    expect([...normalized.matchAll(/\n/g)].map((m) => m.index)).toEqual([...text.matchAll(/\n/g)].map((m) => m.index));
  });
});

// The context scan of whole source texts: wrapped calls, type arguments, JSX attributes on their
// own line, result-object reads, comments and strings, dynamic keys. Each row names where the
// form is documented (SDK docs or type definitions, found with the project's documentation search).
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { lineSetOf, scanChangedFile, scanSourceText } from '../../../src/core/scan/source-scan.js';

const REGISTRY = {
  source: 'flags.json',
  flags: [
    { key: 'fast-search', status: 'active' as const, aliases: [] },
    { key: 'bulk-edit', status: 'active' as const, aliases: [] },
    { key: 'FF_FAST_SEARCH', status: 'active' as const, aliases: [] },
    { key: 'NEW_CHECKOUT_KEY', status: 'active' as const, aliases: ['NEW_CHECKOUT'] },
  ],
};
const matcher = compileFlagMatcher({ presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] }, REGISTRY);

/** `[flag, line, kind]` of every reference in `text` (as file `path`). */
function found(path: string, text: string): [string, number, string][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]);
}

type Row = readonly [string, string, string, readonly (readonly [string, number, string])[], string];

const FORMS: readonly Row[] = [
  // Wrapped calls, as Prettier / black / gofmt print them.
  ['wrapped LaunchDarkly node variation', 'a.ts', `const v = await ldClient.variation(\n  'wrapped-key',\n  context,\n  false,\n);`, [['wrapped-key', 2, 'call']], 'https://launchdarkly.com/docs/sdk/server-side/node-js'],
  ['wrapped OpenFeature getBooleanValue', 'a.ts', `const on = await client.getBooleanValue(\n  'of-flag',\n  false,\n);`, [['of-flag', 2, 'call']], 'https://openfeature.dev/docs/reference/technologies/server/javascript'],
  ['wrapped Java boolVariation', 'A.java', `boolean on = client.boolVariation(\n    "java-flag",\n    context,\n    false);`, [['java-flag', 2, 'call']], 'https://launchdarkly.com/docs/sdk/server-side/java'],
  ['wrapped Python variation', 'a.py', `x = client.variation(\n    "py-flag",\n    context,\n    False,\n)`, [['py-flag', 2, 'call']], 'https://launchdarkly.com/docs/sdk/server-side/python'],
  ['wrapped Go StringVariation', 'a.go', `v, _ := client.StringVariation(\n\t"go-flag", ctx, "x")`, [['go-flag', 2, 'call']], 'https://pkg.go.dev/github.com/launchdarkly/go-server-sdk/v7'],
  ['wrapped ConfigCat React useFeatureFlag', 'a.tsx', `const { value } = useFeatureFlag(\n  'cc-flag',\n  false,\n);`, [['cc-flag', 2, 'call']], 'https://configcat.com/docs/sdk-reference/react/'],
  // Type arguments.
  ['OpenFeature getObjectValue with a type argument', 'a.ts', `const p = await client.getObjectValue<PanelConfig>('panel-config', {});`, [['panel-config', 1, 'call']], 'https://open-feature.github.io/js-sdk/interfaces/_openfeature_server_sdk.Features.html'],
  ['DevCycle variable with type arguments', 'a.ts', `const v = await devcycle.variable<string, boolean>(user, 'dvc-typed', false);`, [['dvc-typed', 1, 'call']], 'https://app.unpkg.com/@devcycle/js-cloud-server-sdk@1.33.4/files/src/cloudClient.d.ts'],
  // Server shapes whose key is not the first argument.
  ['statsig-node getConfig(user, name)', 'a.ts', `const c = Statsig.getConfig(user, 'checkout-config');`, [['checkout-config', 1, 'call']], 'https://raw.githubusercontent.com/statsig-io/node-js-server-sdk/bda41277615c68fd7b62b12f1e41148c8c90aee4/docs/generated.md'],
  ['statsig node-core getDynamicConfig(user, name)', 'a.ts', `const c = statsig.getDynamicConfig({ userID: 'u' }, 'dyn-config');`, [['dyn-config', 1, 'call']], 'https://docs.statsig.com/server-core/node-core'],
  ['Split server getTreatment(key, split)', 'a.ts', `const t = client.getTreatment('user-1', 'pay_later');`, [['pay_later', 1, 'call']], 'https://help.split.io/hc/en-us/articles/360020564931-Node-js-SDK'],
  ['PostHog node isFeatureEnabled(key, distinctId)', 'a.ts', `await client.isFeatureEnabled('ph-flag', 'user-1')`, [['ph-flag', 1, 'call']], 'https://posthog.com/docs/libraries/node'],
  ['DevCycle node variableValue(user, key, default)', 'a.ts', `const v = devcycleClient.variableValue(user, 'dvc-node', false);`, [['dvc-node', 1, 'call']], 'https://app.unpkg.com/@devcycle/js-cloud-server-sdk@1.33.4/files/src/cloudClient.d.ts'],
  ['DevCycle React useVariableValue(key, default)', 'a.tsx', `const on = useVariableValue('dvc-react', false);`, [['dvc-react', 1, 'call']], 'https://app.unpkg.com/@devcycle/react-client-sdk@1.35.0/files/src/useVariableValue.d.ts'],
  ['DevCycle Python variable_value(user, key, default)', 'a.py', `v = client.variable_value(user, "dvc-py", False)`, [['dvc-py', 1, 'call']], 'https://docs.devcycle.com/sdk/server-side-sdks/python'],
  ['DevCycle Go Variable(user, key, default)', 'a.go', `v, err := client.Variable(user, "dvc-go", false)`, [['dvc-go', 1, 'call']], 'https://docs.devcycle.com/sdk/server-side-sdks/go'],
  // JSX attribute on its own line.
  ['GrowthBook IfFeatureEnabled with the attribute on the next line', 'a.tsx', `return <IfFeatureEnabled\n  feature="spring-sale-banner"\n>x</IfFeatureEnabled>;`, [['spring-sale-banner', 2, 'jsx']], 'https://docs.growthbook.io/lib/react'],
  // Environment variables keep their prefix.
  ['unknown env flag keeps its prefix', 'a.py', `if os.environ["FF_NEW_EXPORTER"]:\n    pass`, [['FF_NEW_EXPORTER', 1, 'env']], 'https://docs.python.org/3/library/os.html#os.environ'],
  ['known env flag', 'a.ts', `if (process.env.FF_FAST_SEARCH) {}`, [['FF_FAST_SEARCH', 1, 'env']], 'https://nodejs.org/api/process.html#processenv'],
  // Result objects read later in the scope.
  ['Flagsmith React useFlags then flags.x.enabled', 'a.tsx', `function A() {\n  const flags = useFlags(['dark_mode']);\n  return flags.dark_mode.enabled;\n}`, [['dark_mode', 2, 'call'], ['dark_mode', 3, 'alias-read']], 'https://docs.flagsmith.com/clients/javascript'],
  ['Split getTreatments then t.a and t[\'b\']', 'a.ts', `const t = client.getTreatments('k', ['pay_later', 'promo']);\nif (t.pay_later === 'on' || t['promo'] === 'on') {}`, [['pay_later', 1, 'call'], ['promo', 1, 'call'], ['pay_later', 2, 'alias-read'], ['promo', 2, 'alias-read']], 'https://help.split.io/hc/en-us/articles/360020564931-Node-js-SDK'],
  ['Split Python get_treatments then t[\'a\']', 'a.py', `treatments = client.get_treatments('k', ['py_split'])\nif treatments['py_split'] == 'on':\n    pass`, [['py_split', 1, 'call'], ['py_split', 2, 'alias-read']], 'https://help.split.io/hc/en-us/articles/360020359652-Python-SDK'],
  ['LaunchDarkly React destructured useFlags then a read', 'a.tsx', `function A() {\n  const { fastSearch } = useFlags();\n  if (fastSearch) return 1;\n}`, [['fast-search', 2, 'alias-read'], ['fast-search', 3, 'alias-read']], 'https://app.unpkg.com/launchdarkly-react-client-sdk@3.8.1/files/lib/index.d.ts'],
  ['LaunchDarkly withLDConsumer flags prop', 'a.tsx', `const C = ({ flags }) => (flags.bulkEdit ? 1 : 2);\nexport default withLDConsumer()(C);`, [['bulk-edit', 1, 'alias-read']], 'https://launchdarkly.github.io/react-client-sdk/functions/withLDConsumer.html'],
  // Comments are listed, strings are not calls.
  ['a key in a comment is a comment reference', 'a.ts', `// ldClient.variation('old-flag', false)\n/* isEnabled('x-flag') */`, [['old-flag', 1, 'comment'], ['x-flag', 2, 'comment']], 'README: comments'],
  ['a Python comment', 'a.py', `# client.is_enabled("py-comment")`, [['py-comment', 1, 'comment']], 'README: comments'],
  ['a call inside a string is not a call', 'a.ts', `log("ldClient.variation('in-string')");\nconst s = \`isEnabled('tpl')\`;`, [], 'README: strings'],
  ['a Go raw string and a Python triple-quoted string', 'a.go', 'r := `variation("raw")`', [], 'README: strings'],
  ['Java text block', 'A.java', 's = """\n  client.boolVariation("in-block", ctx, false)\n  """;', [], 'https://openjdk.org/jeps/378'],
  ['a call after a template literal with interpolation', 'a.ts', 'const m = `a ${b} c`; ldClient.variation(\'after-tpl\', false);', [['after-tpl', 1, 'call']], 'README: strings'],
  // Negatives that look like SDK calls.
  ['isEnabledFor, logger.info, t(), getValues()', 'a.ts', `logger.isEnabledFor(level);\nlogger.info("fast-search");\nt('cart.title');\nform.getValues();`, [], 'issue 14 negatives'],
  ['a match starting in a comment is not taken across into code', 'a.tsx', `// useSplitTreatments({ names })\nconst { treatments } = useSplitTreatments({\n  names: ['recs_v2'],\n});`, [['recs_v2', 3, 'call']], 'https://help.split.io/hc/en-us/articles/360038825091-React-SDK'],
  ['LaunchDarkly useFlags().x is a read of the result object', 'a.tsx', `return useFlags().fastSearch ? 1 : 2;`, [['fast-search', 1, 'alias-read']], 'https://app.unpkg.com/launchdarkly-react-client-sdk@3.8.1/files/src/utils.ts'],
  ['LaunchDarkly useFlags()[\'x\'] is a read of the result object', 'a.tsx', `const on = useFlags()['fastSearch'];\nconst raw = useFlags<Flags>()?.['fast-search'];`, [['fast-search', 1, 'alias-read'], ['fast-search', 2, 'alias-read']], 'launchdarkly-react-client-sdk useFlags<T extends LDFlagSet = LDFlagSet>(): T (an index signature: T[key])'],
  ['identifier boundary of an alias', 'a.ts', `const x = NEW_CHECKOUT_V2 + myNEW_CHECKOUT;`, [], 'README: aliases'],
];

describe('context scan: documented forms', () => {
  it.each(FORMS)('%s', (_title, path, text, expected, _source) => {
    expect(found(path, text)).toEqual(expected);
  });
});

describe('context scan: dynamic keys', () => {
  it.each([
    ['a.ts', `if (unleash.isEnabled(toggleName)) {}`, 'toggleName'],
    ['a.ts', 'const p = ldClient.variation(`${market}-prices`, false);', '`${market}-prices`'],
    ['a.py', `if client.is_enabled(f"export_{fmt}"):\n    pass`, 'f"export_{fmt}"'],
    ['a.go', `v, _ := client.BoolVariation(\n\tflagKey, ctx, false)`, 'flagKey'],
    // Server shapes: the key argument, not the user, is the expression.
    ['a.ts', `const v = devcycleClient.variableValue(user, variableKey, false);`, 'variableKey'],
    ['a.ts', `await Statsig.checkGate(user, gateName)`, 'gateName'],
    // Environment flags whose name is built (Node process.env, Python os.environ / os.getenv,
    // Go os.Getenv, Java System.getenv): the env prefix is written, the rest is an expression.
    ['a.ts', 'const v = process.env[`FF_${feature.toUpperCase()}`];', '`FF_${feature.toUpperCase()}`'],
    ['a.ts', `const v = process.env['FF_' + name];`, `'FF_' + name`],
    ['a.py', `return os.getenv(f"FF_{name.upper()}") == "1"`, 'f"FF_{name.upper()}"'],
    ['a.py', `v = os.environ[f"FF_{name}"]`, 'f"FF_{name}"'],
    ['a.py', `v = os.environ.get("FF_%s" % name, "0")`, '"FF_%s" % name'],
    ['a.go', `v := os.Getenv("FF_" + name)`, '"FF_" + name'],
    ['a.go', `v := os.Getenv(fmt.Sprintf("FF_%s", name))`, 'fmt.Sprintf("FF_%s", name)'],
    ['a.java', `String v = System.getenv("FF_" + name.toUpperCase());`, '"FF_" + name.toUpperCase()'],
  ])('%s: %s is a dynamic key', (path, text, expression) => {
    expect(scanSourceText(text, path, matcher).dynamic.map((placed) => placed.key.expression)).toEqual([expression]);
  });

  it.each([
    ['a.ts', `useFlags()`],
    ['a.ts', `client.getTreatments('k', ['a'])`],
    ['a.ts', `useTreatment({ name: 'x' })`],
    ['a.ts', `// isEnabled(toggle)`],
    ['a.ts', `ldClient.boolVariation(NEW_CHECKOUT, context, false)`],
    ['a.go', `client.IsFeatureEnabled(posthog.FeatureFlagPayload{\n\tKey: "k",\n})`],
    // A longer method that starts with an SDK method's name is another method (Python logging).
    ['a.py', `if logger.isEnabledFor(level):\n    pass`],
    ['a.ts', `if (features.isEnabledForUser(user)) {}`],
    ['a.ts', `const v = ldClient.variationCount(n);`],
    // An environment read without the prefix may be any variable; a prefix in a comment is no read.
    ['a.ts', `const v = process.env[name];`],
    ['a.py', `v = os.getenv(f"HOME_{x}")`],
    ['a.py', `# os.getenv(f"FF_{name}")`],
  ])('%s: %s has no dynamic key', (path, text) => {
    expect(scanSourceText(text, path, matcher).dynamic).toEqual([]);
  });
});

describe('context scan: environment flags', () => {
  it.each([
    // Node docs (process.env is an object): a destructured variable read later in its scope.
    ['a.ts', `const { FF_FAST_SEARCH, PORT } = process.env;\nexport const on = FF_FAST_SEARCH === '1';\nconst port = PORT;`, [['FF_FAST_SEARCH', 1, 'env'], ['FF_FAST_SEARCH', 2, 'alias-read']]],
    // Vite docs (import.meta.env), and a name outside the destructuring's scope is no read.
    ['a.ts', `function f() {\n  const { FF_FAST_SEARCH } = import.meta.env;\n  return FF_FAST_SEARCH;\n}\nconst FF_FAST_SEARCH = 1;`, [['FF_FAST_SEARCH', 2, 'env'], ['FF_FAST_SEARCH', 3, 'alias-read']]],
    // A built name is no reference to its literal part (the dynamic key is reported instead).
    ['a.go', `v := os.Getenv("FF_PAY_" + region)`, []],
    ['a.ts', `const v = process.env['FF_PAY_' + region];`, []],
    // Python docs: `from os import environ, getenv` then the bare names.
    ['a.py', `from os import environ, getenv\na = getenv("FF_FAST_SEARCH")\nb = environ["FF_FAST_SEARCH"]`, [['FF_FAST_SEARCH', 2, 'env'], ['FF_FAST_SEARCH', 3, 'env']]],
  ] as const)('%s: %s', (path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });

  it('reports the read of a destructured environment flag whose binding is on an unchanged line', () => {
    const pre = `const { FF_FAST_SEARCH } = process.env;\nexport function f() {\n  return 1;\n}\n`;
    const post = `const { FF_FAST_SEARCH } = process.env;\nexport function f() {\n  return FF_FAST_SEARCH === '1';\n}\n`;
    const result = scanChangedFile({ newPath: 'a.ts', oldPath: 'a.ts', post, pre, added: lineSetOf([3, 1]), removed: lineSetOf([3, 1]), postWindows: [[3, 3]], postReadWindows: [[3, 3]], preWindows: [[3, 3]], preReadWindows: [[3, 3]] }, matcher);
    expect(result.lines.map((line) => [line.line, line.references.map((r) => [r.flag, r.kind])])).toEqual([[3, [['FF_FAST_SEARCH', 'alias-read']]]]);
  });
});

describe('context scan: added lines and removed references', () => {
  const pre = `function A() {\n  const flags = useFlags(['dark_mode']);\n  return null;\n}\n`;
  const post = `function A() {\n  const flags = useFlags(['dark_mode']);\n  if (flags.dark_mode.enabled) go();\n  return null;\n}\n`;

  it('reports a read whose binding is on an unchanged line, and nothing on unchanged lines', () => {
    const result = scanChangedFile({ newPath: 'a.tsx', oldPath: 'a.tsx', post, pre, added: lineSetOf([3, 1]), removed: lineSetOf([]) }, matcher);
    expect(result.lines.map((line) => [line.line, line.references.map((r) => [r.flag, r.kind])])).toEqual([[3, [['dark_mode', 'alias-read']]]]);
  });

  it('a reformatted call is neither removed nor added', () => {
    const before = `ldClient.variation('fast-search', false);\n`;
    const after = `ldClient.variation(\n  'fast-search',\n  true,\n);\n`;
    const result = scanChangedFile({ newPath: 'a.ts', oldPath: 'a.ts', post: after, pre: before, added: lineSetOf([1, 4]), removed: lineSetOf([1, 1]) }, matcher);
    expect(result.removals).toEqual([]);
    expect(result.lines.map((line) => line.line)).toEqual([2]);
  });

  it('a removed call counts as removed, with where it was', () => {
    const result = scanChangedFile({ newPath: 'a.ts', oldPath: 'a.ts', post: `x();\n`, pre: `ldClient.variation('fast-search', false);\n`, added: lineSetOf([1, 1]), removed: lineSetOf([1, 1]) }, matcher);
    expect(result.removals).toEqual([{ flag: 'fast-search', removed: 1, added: 0, at: { file: 'a.ts', line: 1, text: `ldClient.variation('fast-search', false);` } }]);
  });

  it('a wrapped call whose key line is unchanged counts on the changed call line', () => {
    const text = `ldClient.variation(\n  'fast-search',\n  false,\n);\n`;
    const result = scanChangedFile({ newPath: 'a.ts', oldPath: 'a.ts', post: text, pre: text, added: lineSetOf([3, 1]), removed: lineSetOf([3, 1]) }, matcher);
    expect(result.lines.map((line) => [line.line, line.references.map((r) => r.flag)])).toEqual([[3, ['fast-search']]]);
  });
});

// Call forms and key spellings found by the corpus's realistic files (test/corpus/repo/realistic):
// OpenFeature's Python async, .NET and Ruby methods, Unleash Ruby's `is_enabled?`, ConfigCat, Split
// and GrowthBook .NET, keys in `Object.freeze` objects, Kotlin `const val`, Go typed constants
// converted with `string(...)`, a comment between a client and its call, and Split's hook not
// taken from its import. Each row names the documentation or type definition it follows.
import { describe, expect, it } from 'vitest';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';
import { allPresetsMatcher, seenIn } from '../../helpers/source-seen.js';

const matcher = allPresetsMatcher;

function seen(path: string, text: string): string[] {
  return seenIn(path, text).sort();
}

type Row = readonly [title: string, path: string, text: string, expected: readonly string[]];

const FORMS: readonly Row[] = [
  ['OpenFeature Python get_boolean_value_async (openfeature-sdk 0.8 client.py)', 'a.py', `on = await client.get_boolean_value_async("py-async", False)\nd = await client.get_string_details_async(\n    "py-async-details",\n    "x",\n)`, ['1:py-async', '3:py-async-details']],
  ['OpenFeature .NET GetBooleanValueAsync (FeatureClient)', 'A.cs', `var on = await client.GetBooleanValueAsync("cs-of", false);\nvar d = await client.GetStringDetailsAsync(\n    "cs-of-details",\n    "pdf");`, ['1:cs-of', '3:cs-of-details']],
  ['OpenFeature Ruby fetch_boolean_value(flag_key:, default_value:) (openfeature-sdk README)', 'a.rb', `v = client.fetch_boolean_value(flag_key: 'rb-of', default_value: false)\nd = client.fetch_string_details(\n  flag_key: 'rb-of-details',\n  default_value: 'x',\n)`, ['1:rb-of', '3:rb-of-details']],
  ['Unleash Ruby is_enabled? with and without parentheses (unleash-client-ruby README)', 'a.rb', `if UNLEASH.is_enabled?("rb-unleash", context)\nend\nif @unleash.is_enabled? "rb-unleash-bare", context\nend`, ['1:rb-unleash', '3:rb-unleash-bare']],
  ['ConfigCat .NET GetValueAsync (IConfigCatClient)', 'A.cs', `var on = await client.GetValueAsync("csConfigCat", false, user);`, ['1:csConfigCat']],
  ['Split .NET GetTreatment(key, feature) (ISplitClient)', 'A.cs', `var t = splitClient.GetTreatment(userId, "cs_split");\nvar a = await sdk.GetTreatmentAsync("user", "cs_split_async");`, ['1:cs_split', '2:cs_split_async']],
  ['GrowthBook .NET IsOn, GetFeatureValue<T>, EvalFeature (GrowthBook.GrowthBook)', 'A.cs', `var on = gb.IsOn("cs-gb");\nvar v = gb.GetFeatureValue<int>("cs-gb-value", 3);\nvar r = gb.EvalFeature("cs-gb-eval");`, ['1:cs-gb', '2:cs-gb-value', '3:cs-gb-eval']],
  ['keys in an Object.freeze object (plain JS constants)', 'a.js', `const FLAGS = Object.freeze({ BETA: 'js-frozen' });\nconst on = ldClient.variation(FLAGS.BETA, false);`, ['2:js-frozen']],
  ['Kotlin const val in an object (Kotlin object declarations)', 'A.kt', `object FlagKeys {\n    const val NEW_UI = "kt-const"\n}\nval on = ldClient.boolVariation(FlagKeys.NEW_UI, ctx, false)\nval off = ldClient.boolVariation(NEW_UI, ctx, false)`, ['4:kt-const', '5:dynamic NEW_UI']],
  ['Go typed constant converted with string(...) (the Go spec: conversions)', 'a.go', `type FlagKey string\nconst Dark FlagKey = "go-typed"\nfunc f() {\n\ton, _ := client.BoolVariation(string(Dark), ctx, false)\n}`, ['4:go-typed']],
  ['Go locals bound once: `:=` and `var` (the Go spec: short variable declarations)', 'a.go', `func f() {\n\tflagKey := "go-local"\n\tvar other = "go-var"\n\ton, _ := client.BoolVariation(flagKey, ctx, false)\n\toff, _ := client.BoolVariation(other, ctx, false)\n}`, ['4:go-local', '5:go-var']],
  ['a Python function local bound once', 'a.py', `def handler(client, ctx):\n    flag_key = "py-local"\n    return client.variation(flag_key, ctx, False)`, ['3:py-local']],
  ['a Java local declared with var', 'A.java', `void f() {\n    var key = "java-var";\n    boolean on = ldClient.boolVariation(key, context, false);\n}`, ['3:java-var']],
  ['a Python local used outside its function stays dynamic', 'a.py', `def a():\n    flag_key = "py-a"\n\ndef b(client, flag_key):\n    return client.variation(flag_key, ctx, False)`, ['5:dynamic flag_key']],
  ['a Go local assigned again stays dynamic', 'a.go', `func f() {\n\tkey := "go-first"\n\tif beta {\n\t\tkey = pick()\n\t}\n\ton, _ := client.BoolVariation(key, ctx, false)\n}`, ['6:dynamic key']],
  ['a JSX attribute holding a constant or an expression (growthbook-react IfFeatureEnabled, posthog-js/react PostHogFeature)', 'a.tsx', `const FLAGS = { X: 'jsx-const' } as const;\nconst a = <IfFeatureEnabled feature={FLAGS.X}><B /></IfFeatureEnabled>;\nconst b = (\n  <PostHogFeature\n    match={true}\n    flag={name}\n  >\n    <C />\n  </PostHogFeature>\n);`, ['2:jsx-const', '6:dynamic name']],
  ['C# Environment.GetEnvironmentVariable (System.Environment)', 'A.cs', `var on = Environment.GetEnvironmentVariable("FF_CS_ENV") == "true";`, ['1:FF_CS_ENV']],
  ['Rust std::env::var and env::var (std::env)', 'a.rs', `let a = std::env::var("FF_RS_ENV").is_ok();\nlet b = env::var("FF_RS_ENV_B").unwrap_or_default();`, ['1:FF_RS_ENV', '2:FF_RS_ENV_B']],
  ['LaunchDarkly Python migration_variation (ldclient/client.py)', 'a.py', `stage = client.migration_variation("py-migration", context, Stage.OFF)`, ['1:py-migration']],
  ['LaunchDarkly React Native detail and typed hooks (react-native-client-sdk src/hooks/variation)', 'a.tsx', `const d = useBoolVariationDetail('rn-detail', false);\nconst t = useTypedVariation<number>('rn-typed', 3);`, ['1:rn-detail', '2:rn-typed']],
  ['a block comment between the client and its call', 'a.ts', `const on = ldClient /* LaunchDarkly */ .variation('ts-commented-receiver', false);`, ['1:ts-commented-receiver']],
  ['a client on the line above a chained call, then a then chain', 'a.ts', `ldClient\n  .variation('ts-chain', ctx, false)\n  .then((on) => on);`, ['2:ts-chain']],
];

describe('realistic call forms', () => {
  it.each(FORMS)('reads %s', (_title, path, text, expected) => {
    expect(seen(path, text)).toEqual([...expected].sort());
  });

  it("takes Split's hook call, not its import, as the start of the names list", () => {
    const text = `import { useSplitTreatments } from '@splitsoftware/splitio-react';\n\nexport function A() {\n  const on = client.checkGate('gate');\n  const { treatments } = useSplitTreatments({\n    names: ['split_a'],\n    attributes: { plan },\n  });\n}`;
    const placed = scanSourceText(text, 'a.tsx', matcher).references.find((entry) => entry.reference.flag === 'split_a');
    expect(placed?.firstLine).toBe(5);
    expect(placed?.line).toBe(6);
  });

  it('reads a names list after an attributes object in the hook options', () => {
    expect(seen('a.tsx', `const { treatments } = useSplitTreatments({ attributes: { plan }, names: ['split_b'] });`)).toEqual(['1:split_b']);
  });

  it.each([
    ['a JS concatenation', 'a.ts', `const on = await ldClient.variation('checkout-' + region, ctx, false);`, ["1:dynamic 'checkout-' + region"]],
    ['a JS concat() call', 'a.ts', `const on = await client.getBooleanValue('x-'.concat(region), false);`, ["1:dynamic 'x-'.concat(region)"]],
    ['Python %-formatting', 'a.py', `on = unleash_client.is_enabled("export_%s" % fmt)`, ['1:dynamic "export_%s" % fmt']],
    ['Python str.format', 'a.py', `on = client.variation("rates-{}".format(r), ctx, False)`, ['1:dynamic "rates-{}".format(r)']],
    ['a Go concatenation', 'a.go', `on, _ := client.BoolVariation("edge-"+region, ctx, false)`, ['1:dynamic "edge-"+region']],
    ['a Java concatenation, wrapped', 'A.java', `boolean on = ldClient.boolVariation(\n    "java-" + region,\n    context,\n    false);`, ['2:dynamic "java-" + region']],
    ['a built user before the key stays a user', 'a.ts', `const t = client.getTreatment('user-' + id, 'built_user_split');`, ['1:built_user_split']],
  ] as const)('reports a key built from a literal as dynamic, not as the literal: %s', (_title, path, text, expected) => {
    expect(seen(path, text)).toEqual([...expected].sort());
  });
});

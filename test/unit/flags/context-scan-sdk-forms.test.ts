// Call forms the SDKs document that the first context scan missed (found by the harder corpus of
// test/corpus/repo/services): a key argument after a complex first argument, Python keyword
// arguments, Java list factories, JSX attributes after an arrow function, per-language argument
// orders, flag-state snapshots. Each row names the documentation or type definition it follows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const matcher = compileFlagMatcher(
  { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] },
  { source: 'flags.json', flags: [{ key: 'FF_KNOWN', status: 'active', aliases: [] }, { key: 'account_export', status: 'active', aliases: [] }, { key: 'account_delete', status: 'active', aliases: [] }] },
);

function found(path: string, text: string): [string, number, string][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]);
}

function dynamic(path: string, text: string): string[] {
  return scanSourceText(text, path, matcher).dynamic.map((placed) => placed.key.expression);
}

type Row = readonly [string, string, string, readonly (readonly [string, number, string])[], string];

const FORMS: readonly Row[] = [
  // The user argument before the key is a constructor, a composite literal, a builder chain or a nested call.
  ['Statsig Java checkGateSync(new StatsigUser(id), gate)', 'A.java', `boolean on = Statsig.checkGateSync(new StatsigUser(userId), "java_gate");`, [['java_gate', 1, 'call']], 'com.statsig.sdk.Statsig.checkGateSync(StatsigUser user, String gateName), docs.statsig.com/server/javaSdk'],
  ['Statsig Go CheckGate(statsig.User{...}, gate)', 'a.go', `on := statsig.CheckGate(statsig.User{UserID: id, Custom: map[string]interface{}{"edge": true}}, "go_gate")`, [['go_gate', 1, 'call']], 'github.com/statsig-io/go-sdk CheckGate(user User, gate string) bool'],
  ['Statsig Python check_gate(StatsigUser(user_id=str(x)), gate)', 'a.py', `on = statsig.check_gate(StatsigUser(user_id=str(account.id), email=e), "py_gate")`, [['py_gate', 1, 'call']], 'statsig python server SDK statsig.check_gate(user, gate)'],
  ['Statsig node-core getExperiment(new StatsigUser({...}), name)', 'a.ts', `const e = statsig.getExperiment(new StatsigUser({ userID: id, custom: { tier: 'gold' } }), 'ts_exp');`, [['ts_exp', 1, 'call']], '@statsig/statsig-node-core Statsig.getExperiment(user: StatsigUser, name: string)'],
  ['Split getTreatment({ matchingKey, bucketingKey }, name) wrapped', 'a.ts', `const t = client.getTreatment(\n  { matchingKey: a.id, bucketingKey: o.id },\n  'split_obj',\n  { plan },\n);`, [['split_obj', 3, 'call']], '@splitsoftware/splitio types/splitio.d.ts: SplitKey = string | { matchingKey, bucketingKey }'],
  ['DevCycle Java variableValue(DevCycleUser.builder()...build(), key, default)', 'A.java', `String f = devCycle.variableValue(DevCycleUser.builder().userId(userId).build(), "dvc_java", "csv");`, [['dvc_java', 1, 'call']], 'com.devcycle.sdk.server.local.api.DevCycleLocalClient.variableValue(DevCycleUser user, String key, T defaultValue)'],
  // Python keyword arguments.
  ['OpenFeature Python get_object_details(flag_key="...")', 'a.py', `m = client.get_object_details(\n    flag_key="py_kw",\n    default_value={},\n)`, [['py_kw', 2, 'call']], 'openfeature-sdk python OpenFeatureClient.get_object_details(flag_key, default_value, evaluation_context=None)'],
  // Flag-state snapshots.
  ['LaunchDarkly node LDFlagsState.getFlagValue(key)', 'a.ts', `const v = state.getFlagValue('ld_state');`, [['ld_state', 1, 'call']], '@launchdarkly/js-server-sdk-common dist/api/data/LDFlagsState.d.ts getFlagValue(key: string)'],
  ['LaunchDarkly Java FeatureFlagsState.getFlagValue(key)', 'A.java', `LDValue v = state.getFlagValue("ld_state_java");`, [['ld_state_java', 1, 'call']], 'com.launchdarkly.sdk.server.FeatureFlagsState.getFlagValue(String key)'],
  ['LaunchDarkly Python FeatureFlagsState.get_flag_value(key)', 'a.py', `v = state.get_flag_value("ld_state_py")`, [['ld_state_py', 1, 'call']], 'launchdarkly-server-sdk ldclient.evaluation.FeatureFlagsState.get_flag_value(key)'],
  ['ConfigCat Go Snapshot.GetValue(key) and LaunchDarkly Go AllFlags.GetValue(key)', 'a.go', `v := client.Snapshot(user).GetValue("cc_snapshot")`, [['cc_snapshot', 1, 'call']], 'github.com/configcat/go-sdk/v9 Snapshot.GetValue(key string); go-server-sdk interfaces/flagstate AllFlags.GetValue'],
  // Java list factories.
  ['Split Java getTreatments(key, List.of(...)) then t.get(name)', 'A.java', `Map<String, String> t = split.getTreatments(k, List.of("zone_a", "zone_b"));\nboolean a = "on".equals(t.get("zone_a"));`, [['zone_a', 1, 'call'], ['zone_b', 1, 'call'], ['zone_a', 2, 'alias-read']], 'io.split.client.SplitClient.getTreatments(String key, List<String> featureFlagNames)'],
  ['Split Java getTreatments(key, Arrays.asList(...))', 'A.java', `var t = split.getTreatments(k, Arrays.asList(\n    "zone_c",\n    "zone_d"));`, [['zone_c', 2, 'call'], ['zone_d', 3, 'call']], 'io.split.client.SplitClient.getTreatments(String key, List<String> featureFlagNames)'],
  // JSX attributes after an arrow function attribute.
  ['PostHog <PostHogFeature onClick={() => ...} flag="...">', 'a.tsx', `<PostHogFeature\n  onClick={() => posthog.capture('x')}\n  flag="ph_jsx"\n  match="test"\n>`, [['ph_jsx', 3, 'jsx']], 'posthog-js/react PostHogFeature props: flag, match, onClick'],
  // Environment reads through the whole map.
  ['Java System.getenv().getOrDefault(name, default)', 'A.java', `String m = System.getenv().getOrDefault("FF_JAVA_MODE", "batch");\nString n = System.getenv().get("FF_KNOWN");`, [['FF_JAVA_MODE', 1, 'env'], ['FF_KNOWN', 2, 'env']], 'java.lang.System.getenv(): Map<String,String>'],
  // Per-language argument order: PostHog's Java server SDK takes the distinct id first.
  ['PostHog Java isFeatureEnabled(distinctId, key, default)', 'A.java', `boolean a = postHog.isFeatureEnabled(userId, "ph_java", false);\nObject p = postHog.getFeatureFlagPayload("svc", "ph_java_payload");\nObject v = postHog.getFeatureFlag(\n    userId,\n    "ph_java_model",\n    "arima");`, [['ph_java', 1, 'call'], ['ph_java_payload', 2, 'call'], ['ph_java_model', 5, 'call']], 'com.posthog.server.PostHogInterface (posthog-android repo, posthog-samples/posthog-java-sample)'],
  ['PostHog Android/Kotlin isFeatureEnabled(key, default) keeps the key first', 'A.kt', `val on = PostHog.isFeatureEnabled("ph_android", false)`, [['ph_android', 1, 'call']], 'posthog-android USAGE.md: PostHog.isFeatureEnabled("flag")'],
  ['PostHog node isFeatureEnabled(key, distinctId) keeps the key first', 'a.ts', `await client.isFeatureEnabled('ph_node', 'user-1')`, [['ph_node', 1, 'call']], 'posthog-node PostHog.isFeatureEnabled(key, distinctId, options?)'],
  // OpenFeature Go convenience methods (no error result).
  ['OpenFeature Go Boolean(ctx, flag, default, evalCtx)', 'a.go', `on := client.Boolean(ctx, "of_go_bool", false, evalCtx)\ns := client.String(\n\tctx,\n\t"of_go_string",\n\t"x",\n\tevalCtx,\n)`, [['of_go_bool', 1, 'call'], ['of_go_string', 4, 'call']], 'github.com/open-feature/go-sdk openfeature.IClient: Boolean, String, Float, Int, Object (pull 263)'],
  // Comments inside an argument list, and Python keyword arguments in any order.
  ['a comment line before the key of a wrapped call', 'a.ts', `const cap = ldClient?.variation(\n  // shown before "more"\n  'commented_key',\n  5,\n);`, [['commented_key', 3, 'call']], 'launchdarkly-js-client-sdk LDClient.variation(key, defaultValue)'],
  ['a Python comment line before the key', 'a.py', `on = client.is_enabled(\n    # kept on for the EU\n    "py_commented",\n    ctx,\n)`, [['py_commented', 3, 'call']], 'UnleashClient.is_enabled(feature_name, context=None, fallback_function=None)'],
  ['Python keyword key after another keyword', 'a.py', `t = client.get_string_value(\n    default_value="plain",\n    flag_key="py_kw_later",\n)`, [['py_kw_later', 3, 'call']], 'openfeature-sdk python OpenFeatureClient.get_string_value(flag_key, default_value, evaluation_context=None)'],
  ['LaunchDarkly Python variation(key=..., context=..., default=...)', 'a.py', `v = ldclient.get().variation(key="ld_kw", context=ctx, default=False)`, [['ld_kw', 1, 'call']], 'launchdarkly-server-sdk LDClient.variation(key, context, default)'],
  // GrowthBook's feature() (JS, Kotlin).
  ['GrowthBook JS gb.feature(key)', 'a.ts', `const on = gb.feature('gb_feature').on;`, [['gb_feature', 1, 'call']], '@growthbook/growthbook GrowthBook.feature(key) (deprecated alias of evalFeature)'],
  ['feature() is no GrowthBook call in Python or Go', 'a.py', `x = registry.feature("not_gb")`, [], 'growthbook python SDK has no feature()'],
  // Result objects: destructured after binding, render props, Flagsmith traits.
  ['LaunchDarkly flags destructured from a bound useFlags() result, then read', 'a.tsx', `function A() {\n  const ld = useFlags();\n  const { accountExport, accountDelete: canDelete = false } = ld;\n  return canDelete && accountExport;\n}`, [['account_export', 3, 'alias-read'], ['account_delete', 3, 'alias-read'], ['account_delete', 4, 'alias-read'], ['account_export', 4, 'alias-read']], 'launchdarkly-react-client-sdk useFlags(): LDFlagSet'],
  ['Split React <SplitTreatments> render prop treatments', 'a.tsx', `<SplitTreatments names={['mfa_prompt']}>\n  {({ treatments, isReady }) =>\n    isReady && treatments.mfa_prompt.treatment === 'on' ? <A /> : null\n  }\n</SplitTreatments>`, [['mfa_prompt', 1, 'jsx'], ['mfa_prompt', 3, 'alias-read']], '@splitsoftware/splitio-react SplitTreatments: children receive { treatments, isReady }'],
  ['Flagsmith React useFlags(flags, traits): a trait read is no flag', 'a.tsx', `function A() {\n  const flags = useFlags(['font_size'], ['example_trait']);\n  return flags.font_size.enabled ? flags.example_trait : null;\n}`, [['font_size', 2, 'call'], ['font_size', 3, 'alias-read']], 'docs.flagsmith.com/clients/react: useFlags([\'font_size\'], [\'example_trait\'])'],
  // TypeScript on LaunchDarkly's React hooks, consumer props destructured, optional calls.
  ['LaunchDarkly useFlags<T>() and an annotated destructuring', 'a.tsx', `const { accountExport } = useFlags<AppFlags>();\nconst { accountDelete }: AppFlags = useFlags();`, [['account_export', 1, 'alias-read'], ['account_delete', 2, 'alias-read']], 'launchdarkly-react-client-sdk lib/index.d.ts: useFlags<T extends LDFlagSet = LDFlagSet>(): T'],
  ['withLDConsumer flags destructured in the parameter list', 'a.tsx', `function C({ flags: { accountExport }, n }: Props) {\n  return accountExport ? n : 0;\n}\nexport default withLDConsumer()(C);`, [['account_export', 1, 'alias-read'], ['account_export', 2, 'alias-read']], 'launchdarkly-react-client-sdk withLDConsumer: LDProps.flags'],
  ['an optional call of an SDK method', 'a.ts', `const max = ldClient?.variation?.('optional_call', 100);`, [['optional_call', 1, 'call']], 'TypeScript optional chaining on LDClient | undefined (useLDClient())'],
];

describe('context scan: SDK forms beyond the first corpus', () => {
  it.each(FORMS)('%s', (_title, path, text, expected, _source) => {
    expect(found(path, text)).toEqual(expected);
  });
});

describe('context scan: dynamic keys after complex arguments', () => {
  it.each([
    ['A.java', `boolean c = postHog.isFeatureEnabled(userId, flagName, false);`, 'flagName'],
    ['a.go', `on, _ := client.BooleanValue(ctx, feature, false, evalCtx)`, 'feature'],
    ['A.java', `boolean on = Statsig.checkGateSync(new StatsigUser(userId), gateName);`, 'gateName'],
    ['a.py', `m = client.get_object_details(flag_key=name, default_value={})`, 'name'],
  ])('%s: %s is a dynamic key', (path, text, expression) => {
    expect(dynamic(path, text)).toEqual([expression]);
  });

  it.each([
    // Not SDK calls, or literal arguments that are not keys.
    ['a.go', `s := flag.String("gateway-cipher-suite", "modern", "TLS cipher suite")`],
    ['a.ts', `const s = String(value); const b = Boolean(x, y);`],
    ['A.java', `Object p = postHog.getFeatureFlagPayload("svc", "ph_java_payload");`],
    ['a.py', `v = tf.Variable(w, name="weights")`],
  ])('%s: %s has no dynamic key', (path, text) => {
    expect(dynamic(path, text)).toEqual([]);
  });

  it('a literal first argument is never taken for a key after it (a string default is no key)', () => {
    expect(found('a.ts', `const v = client.getStringValue('sv_key', 'fallback');`)).toEqual([['sv_key', 1, 'call']]);
    expect(found('a.go', `v := flag.String("name", "default", "usage")`)).toEqual([]);
  });
});

describe('context scan: the key after any user argument (fast-check)', () => {
  // User arguments as the server SDKs' docs build them: identifiers, constructors, composite
  // literals, object literals, nested calls and builder chains, with strings (holding `)`, `,`
  // and quotes) inside, formatted with any spacing and line breaks.
  const space = fc.constantFrom('', ' ', '\n  ', '\n\t\t');
  const text = fc.constantFrom('"u-1"', "'a,b)'", '"x\\"y"', 'id', 'req.user.id', '42');
  const user: fc.Arbitrary<string> = fc.letrec((tie) => ({
    user: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('user', 'ctx.user', 'u'),
      fc.tuple(fc.constantFrom('new StatsigUser', 'StatsigUser', 'buildUser'), tie('args')).map(([name, args]) => `${name}(${args})`),
      fc.tuple(fc.constantFrom('statsig.User', 'User'), fc.array(fc.tuple(fc.constantFrom('UserID', 'Email'), text), { maxLength: 2 })).map(([name, fields]) => `${name}{${fields.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
      fc.array(fc.tuple(fc.constantFrom('userID', 'email', 'custom'), fc.oneof(text, tie('user'))), { minLength: 1, maxLength: 3 }).map((fields) => `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
      fc.array(fc.tuple(fc.constantFrom('userId', 'country'), text), { maxLength: 3 }).map((calls) => `DevCycleUser.builder()${calls.map(([m, v]) => `.${m}(${v})`).join('')}.build()`),
    ),
    args: fc.array(fc.oneof(text, tie('user')), { maxLength: 2 }).map((args) => args.join(', ')),
  })).user;

  it('finds the key whatever the user argument before it and the formatting', () => {
    fc.assert(
      fc.property(user, space, space, space, fc.constantFrom('a.ts', 'a.go', 'A.java', 'a.py'), (first, s1, s2, s3, path) => {
        const call = `const on = statsig.checkGate(${s1}${first},${s2}'prop_gate'${s3});`;
        const source = path === 'a.py' ? call.replace('const ', '').replace(/;$/, '') : call;
        expect(found(path, source).filter(([flag]) => flag === 'prop_gate')).toHaveLength(1);
        expect(scanSourceText(source, path, matcher).dynamic).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

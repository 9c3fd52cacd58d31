// Each built-in preset against call forms taken from its SDK's documentation. The URL after each
// row is where the form was read (found with the project's documentation search).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher, listPresetPatterns, patternSource } from '../../../src/core/flags/compile-matcher.js';
import safeRegex from 'safe-regex2';
import { PRESETS } from '../../../src/core/flags/presets/index.js';
import { PRESET_NAMES, type PresetName } from '../../../src/core/flags/presets/names.js';

/**
 * Built-in patterns run on the backtracking engine (custom ones on the linear one): no nested or
 * stacked repetition (safe-regex2's star-height test). The analyser does not know lookbehind, so
 * `(?<=` and `(?<!` are read as plain groups: their contents are still checked.
 */
const isBacktrackingSafe = (source: string): boolean => safeRegex(source.replace(/\(\?<[=!]/g, '(?:'));

const EMPTY_REGISTRY = { source: 'flags.json', flags: [] };
const CAMEL_REGISTRY = {
  source: 'flags.json',
  flags: [
    { key: 'dev-test-flag', status: 'active' as const, aliases: [] },
    { key: 'new-checkout', status: 'active' as const, aliases: [] },
  ],
};

function flagsFound(preset: PresetName, line: string, registry: typeof CAMEL_REGISTRY | typeof EMPTY_REGISTRY = CAMEL_REGISTRY): string[] {
  const matcher = compileFlagMatcher({ presets: [preset], envPrefix: 'FF_', patterns: [], aliasCaseVariants: [] }, registry);
  return matcher.matchLine(line).map((reference) => reference.flag);
}

type Row = readonly [PresetName, string, readonly string[], string];

const DOCUMENTED: readonly Row[] = [
  // LaunchDarkly
  ['launchdarkly', `showFeature, _ := ldClient.BoolVariation(flagName, user, defaultValue)`, [], 'https://gist.github.com/sidneyw/11376e2dcbd601d4de136485c22e0a91'],
  ['launchdarkly', `showFeature, _ := ldClient.BoolVariation("some-flag-name", user, false)`, ['some-flag-name'], 'https://pkg.go.dev/github.com/launchdarkly/go-server-sdk/v7'],
  ['launchdarkly', `v, err := client.BoolVariationCtx(ctx, "my-flag", context, false)`, ['my-flag'], 'https://pkg.go.dev/github.com/launchdarkly/go-server-sdk/v7'],
  ['launchdarkly', `const value = await client.variation('flag-key-123abc', context, false);`, ['flag-key-123abc'], 'https://launchdarkly.com/docs/sdk/server-side/node-js'],
  ['launchdarkly', `const detail = await client.boolVariationDetail("flag-key-123abc", context, false);`, ['flag-key-123abc'], 'https://socket.dev/npm/package/@launchdarkly/js-server-sdk-common/diff/1.4.0-alpha.4'],
  ['launchdarkly', `const { stage } = await client.migrationVariation('migration-flag', context, 'off');`, ['migration-flag'], 'https://socket.dev/npm/package/@launchdarkly/js-server-sdk-common/diff/1.4.0-alpha.4'],
  ['launchdarkly', `boolean flagValue = client.boolVariation("flag-key-123abc", context, false);`, ['flag-key-123abc'], 'https://launchdarkly.com/docs/sdk/server-side/java'],
  ['launchdarkly', `flag_value = ldclient.get().variation("flag-key-123abc", context, False)`, ['flag-key-123abc'], 'https://launchdarkly.com/docs/sdk/server-side/python'],
  ['launchdarkly', `const { devTestFlag } = useFlags();`, ['dev-test-flag'], 'https://app.unpkg.com/launchdarkly-react-client-sdk@3.8.1/files/lib/index.d.ts'],
  ['launchdarkly', `const { devTestFlag, newCheckout: checkout } = useFlags();`, ['dev-test-flag', 'new-checkout'], 'https://launchdarkly.github.io/react-client-sdk/interfaces/LDReactOptions.html'],
  ['launchdarkly', `return useFlags().devTestFlag ? <div>Flag on</div> : <div>Flag off</div>;`, ['dev-test-flag'], 'https://app.unpkg.com/launchdarkly-react-client-sdk@3.8.1/files/src/utils.ts'],
  ['launchdarkly', `const detail = useBoolVariationDetail('flag-key', false)`, ['flag-key'], 'https://launchdarkly.github.io/js-core/packages/sdk/vue/docs/functions/useBoolVariationDetail.html'],
  // Unleash
  ['unleash', `client.is_enabled("My_Toggle")`, ['My_Toggle'], 'https://pypi.org/project/UnleashClient/5.1.0/'],
  ['unleash', `client.is_enabled("My_Toggle", default_value=True)`, ['My_Toggle'], 'https://pypi.org/project/UnleashClient/5.1.0/'],
  ['unleash', `const isEnabled = useFlag('my-feature-toggle');`, ['my-feature-toggle'], 'https://socket.dev/npm/package/@unleash/proxy-client-react/overview/4.3.0'],
  ['unleash', `const variant = useVariant('my-feature-toggle');`, ['my-feature-toggle'], 'https://github.com/unleash/proxy-client-react'],
  ['unleash', `const enabled = unleash.isEnabled('DemoToggle', context);`, ['DemoToggle'], 'https://app.unpkg.com/unleash-client@6.7.0/files/lib/unleash.js'],
  ['unleash', `if unleash.IsEnabled("my-toggle", unleash.WithContext(ctx)) {`, ['my-toggle'], 'https://pkg.go.dev/github.com/Unleash/unleash-client-go/v4'],
  ['unleash', `Variant variant = unleash.getVariant("my-toggle");`, ['my-toggle'], 'https://docs.getunleash.io/reference/sdks/java'],
  // GrowthBook
  ['growthbook', `const showNewDesign = useFeatureIsOn("new-login-design");`, ['new-login-design'], 'https://glama.ai/mcp/servers/@growthbook/growthbook-mcp/blob/236ecb069715b0457a902b11cb0242dc99623176/src/docs.ts'],
  ['growthbook', `const buttonColor = useFeatureValue("button-color", "blue");`, ['button-color'], 'https://glama.ai/mcp/servers/@growthbook/growthbook-mcp/blob/236ecb069715b0457a902b11cb0242dc99623176/src/docs.ts'],
  ['growthbook', `<FeatureString feature="site-title" default="Welcome" />`, ['site-title'], 'https://glama.ai/mcp/servers/@growthbook/growthbook-mcp/blob/236ecb069715b0457a902b11cb0242dc99623176/src/docs.ts'],
  ['growthbook', `<IfFeatureEnabled feature="new-checkout" fallback={<OldCheckout />}>`, ['new-checkout'], 'https://glama.ai/mcp/servers/@growthbook/growthbook-mcp/blob/236ecb069715b0457a902b11cb0242dc99623176/src/docs.ts'],
  ['growthbook', `if gb.isOn("my-feature"):`, ['my-feature'], 'https://pypi.org/project/growthbook/0.2.0'],
  ['growthbook', `color = gb.getFeatureValue("button-color-feature", "blue")`, ['button-color-feature'], 'https://pypi.org/project/growthbook/0.2.0'],
  ['growthbook', `if gb.is_on("my-feature"):`, ['my-feature'], 'https://docs.growthbook.io/lib/python'],
  ['growthbook', `if (gb.isOn("my-feature")) {`, ['my-feature'], 'https://socket.dev/npm/package/@growthbook/growthbook'],
  // Flagsmith
  ['flagsmith', `if (flagsmith.hasFeature('my_cool_feature')) {`, ['my_cool_feature'], 'https://docs.flagsmith.com/clients/javascript'],
  ['flagsmith', `const bannerSize = flagsmith.getValue('banner_size');`, ['banner_size'], 'https://docs.flagsmith.com/clients/javascript'],
  ['flagsmith', `const flags = useFlags(['font_size', 'hero']);`, ['font_size', 'hero'], 'https://docs.flagsmith.com/clients/javascript'],
  ['flagsmith', `const isEnabled = flags.isFeatureEnabled('secret_button');`, ['secret_button'], 'https://app.unpkg.com/flagsmith-nodejs@7.0.2/files/sdk/models.ts'],
  ['flagsmith', `show_button = flags.is_feature_enabled("secret_button")`, ['secret_button'], 'https://docs.flagsmith.com/clients/server-side'],
  ['flagsmith', `isEnabled, _ := flags.IsFeatureEnabled("secret_button")`, ['secret_button'], 'https://docs.flagsmith.com/clients/server-side'],
  ['flagsmith', `String value = flags.getFeatureValue("secret_button");`, ['secret_button'], 'https://docs.flagsmith.com/clients/server-side'],
  // OpenFeature
  ['openfeature', `Boolean enabled = client.getBooleanValue("v2_enabled", false);`, ['v2_enabled'], 'https://javadoc.io/static/dev.openfeature/android-sdk/0.4.0/dev/openfeature/sdk/OpenFeatureClient.html'],
  ['openfeature', `const v2Enabled = await client.getBooleanValue('v2_enabled', false);`, ['v2_enabled'], 'https://openfeature.dev/docs/reference/technologies/server/javascript'],
  ['openfeature', `const details = await client.getStringDetails('theme', 'light');`, ['theme'], 'https://openfeature.dev/docs/reference/technologies/server/javascript'],
  ['openfeature', `const showNewMessage = useBooleanFlagValue('new-message', false);`, ['new-message'], 'https://openfeature.dev/docs/reference/technologies/client/web/react'],
  ['openfeature', `v2_enabled = client.get_boolean_value("v2_enabled", False)`, ['v2_enabled'], 'https://openfeature.dev/docs/reference/technologies/server/python'],
  ['openfeature', `v2Enabled, _ := client.BooleanValue(context.Background(), "v2_enabled", false, openfeature.EvaluationContext{})`, ['v2_enabled'], 'https://pkg.go.dev/github.com/open-feature/go-sdk/openfeature'],
  ['openfeature', `enabled, err := client.BooleanValue("v2_enabled", false, evalCtx)`, ['v2_enabled'], 'https://pkg.go.dev/github.com/open-feature/golang-sdk@v0.3.0/pkg/openfeature'],
  // Split
  ['split', `String treatment = client.getTreatment("CUSTOMER_ID", "FEATURE_FLAG_NAME");`, ['FEATURE_FLAG_NAME'], 'https://github.com/splitio/java-client/commit/846b1b162bd6fc91695d0801374611967493c714'],
  ['split', `String treatment = split.getTreatment("USER_ID", "my-feature");`, ['my-feature'], 'https://gist.github.com/jakebellacera/cf3a59e5d4b146b722358533bd6926f3'],
  ['split', `treatment := client.Treatment("USER_ID", "my-feature")`, ['my-feature'], 'https://gist.github.com/jakebellacera/cf3a59e5d4b146b722358533bd6926f3'],
  ['split', `const treatment = client.getTreatment('FEATURE_FLAG_NAME');`, ['FEATURE_FLAG_NAME'], 'https://developer.harness.io/docs/feature-management-experimentation/sdks-and-infrastructure/troubleshooting'],
  ['split', `const treatment = client.getTreatment('FEATURE_FLAG_NAME', attributes);`, ['FEATURE_FLAG_NAME'], 'https://developer.harness.io/docs/feature-management-experimentation/sdks-and-infrastructure/troubleshooting'],
  ['split', `treatment = client.get_treatment('key', 'FEATURE_FLAG_NAME', attributes)`, ['FEATURE_FLAG_NAME'], 'https://developer.harness.io/docs/feature-management-experimentation/sdks-and-infrastructure/troubleshooting'],
  ['split', `const treatments = client.getTreatments('key', ['FLAG_1', 'FLAG_2']);`, ['FLAG_1', 'FLAG_2'], 'https://app.unpkg.com/@splitsoftware/splitio-commons@2.6.0/files/esm/sdkClient/client.js'],
  ['split', `treatments := client.Treatments("key", []string{"FLAG_1", "FLAG_2"}, nil)`, ['FLAG_1', 'FLAG_2'], 'https://help.split.io/hc/en-us/articles/360020093652-Go-SDK'],
  ['split', `const { treatments: { FEATURE_FLAG_NAME }, isReady } = useSplitTreatments({ names: ['FEATURE_FLAG_NAME'] });`, ['FEATURE_FLAG_NAME'], 'https://www.github.com/splitio/react-client'],
  ['split', `const { treatment, isReady } = useTreatment({ name: 'FEATURE_FLAG_NAME' });`, ['FEATURE_FLAG_NAME'], 'https://github.com/splitio/react-client/pull/250/files'],
  ['split', `var treatment = client.getTreatment(featureFlagName);`, [], 'https://github.com/splitio/example-javascript-browser/blob/master/index-js-sdk.html'],
  // PostHog
  ['posthog', `if (posthog.isFeatureEnabled('flag-key')) {`, ['flag-key'], 'https://posthog.com/docs/feature-flags/installation/web'],
  ['posthog', `const matchedFlagPayload = posthog.getFeatureFlagPayload('flag-key')`, ['flag-key'], 'https://posthog.com/docs/feature-flags/installation/web'],
  ['posthog', `if (posthog.getFeatureFlag('flag-key') == 'variant-key') {`, ['flag-key'], 'https://posthog.com/docs/feature-flags/installation/web'],
  ['posthog', `const result = posthog.getFeatureFlagResult('flag-key')`, ['flag-key'], 'https://posthog.com/docs/feature-flags/adding-feature-flag-code.md'],
  ['posthog', `const result = await postHogClient.isFeatureEnabled(feature, exchangeAccountId,`, [], 'https://github.com/sfcompute/cli/pull/255.patch'],
  ['posthog', `const showWelcomeMessage = useFeatureFlagEnabled('flag-key')`, ['flag-key'], 'https://posthog.com/docs/libraries/react'],
  ['posthog', `<PostHogFeature flag='flag-key' match={true}>`, ['flag-key'], 'https://posthog.com/docs/libraries/react'],
  ['posthog', `if posthog.feature_enabled('flag-key', 'distinct_id_of_your_user'):`, ['flag-key'], 'https://tessl.io/registry/tessl/pypi-posthog/files/evals/scenario-5/criteria.json'],
  ['posthog', `isMyFlagEnabled, err := client.IsFeatureEnabled(posthog.FeatureFlagPayload{Key: "flag-key", DistinctId: "distinct_id"})`, ['flag-key'], 'https://posthog.com/docs/libraries/go'],
  // ConfigCat
  ['configcat', `const value = await configCatClient.getValueAsync('isMyAwesomeFeatureEnabled', false);`, ['isMyAwesomeFeatureEnabled'], 'https://ConfigCat.com/docs/sdk-reference/js/'],
  ['configcat', `configCatClient.getValue("isMyAwesomeFeatureEnabled", false, (value) => {`, ['isMyAwesomeFeatureEnabled'], 'https://socket.dev/npm/package/configcat-js-ssr/overview/3.7.2'],
  ['configcat', `const { value: isAwesomeFeatureEnabled, loading } = useFeatureFlag('isAwesomeFeatureEnabled', false);`, ['isAwesomeFeatureEnabled'], 'https://app.unpkg.com/configcat-react@4.8.1/files/lib/types/ConfigCatHooks.d.ts'],
  ['configcat', `value = client.get_value('isMyAwesomeFeatureEnabled', False)`, ['isMyAwesomeFeatureEnabled'], 'https://configcat.com/docs/sdk-reference/python'],
  ['configcat', `isMyAwesomeFeatureEnabled := client.GetBoolValue("isMyAwesomeFeatureEnabled", false, nil)`, ['isMyAwesomeFeatureEnabled'], 'https://configcat.com/docs/sdk-reference/go'],
  ['configcat', `boolean isMyAwesomeFeatureEnabled = client.getValue(Boolean.class, "isMyAwesomeFeatureEnabled", false);`, ['isMyAwesomeFeatureEnabled'], 'https://configcat.com/docs/sdk-reference/java'],
  // Statsig
  ['statsig', `const passed = await Statsig.checkGate(user, 'use_new_feature');`, ['use_new_feature'], 'https://docs.statsig.com/en/server/nodejsServerSDK'],
  ['statsig', `if (statsig.checkGate(user, "my_gate")) {`, ['my_gate'], 'https://docs.statsig.com/en/server-core/node-core'],
  ['statsig', `if (client.checkGate('new_homepage_design')) {`, ['new_homepage_design'], 'https://docs.statsig.com/api/content/sdks/quickstart'],
  ['statsig', `const gate = useGateValue('check_user');`, ['check_user'], 'https://docs.statsig.com/api/content/sdks/quickstart'],
  ['statsig', `statsig.check_gate(StatsigUser("user-id"), "my_gate")`, ['my_gate'], 'https://www.rubydoc.info/gems/statsig/1.33.0/Statsig'],
  ['statsig', `feature := statsig.CheckGate(user, "use_new_feature")`, ['use_new_feature'], 'https://docs.statsig.com/server/golangSDK'],
  ['statsig', `Boolean isFeatureOn = Statsig.checkGateSync(user, "use_new_feature");`, ['use_new_feature'], 'https://docs.statsig.com/server/javaSdk'],
  ['statsig', `const config = await Statsig.getConfig(user, 'awesome_product_details');`, ['awesome_product_details'], 'https://raw.githubusercontent.com/statsig-io/node-js-server-sdk/bda41277615c68fd7b62b12f1e41148c8c90aee4/docs/generated.md'],
  ['statsig', `const config = statsig.getDynamicConfig(user, 'my_config');`, ['my_config'], 'https://docs.statsig.com/server-core/node-core'],
  ['statsig', `const layer = client.getLayer('my_layer');`, ['my_layer'], 'https://docs.statsig.com/client/javascript-sdk'],
  // DevCycle
  ['devcycle', `const variable = devcycleClient.variable('my-variable', false)`, ['my-variable'], 'https://app.unpkg.com/@devcycle/js-client-sdk@1.47.7/files/src/Variable.d.ts'],
  ['devcycle', `const value = devcycleClient.variableValue(user, 'my-variable', false)`, ['my-variable'], 'https://app.unpkg.com/@devcycle/js-cloud-server-sdk@1.33.4/files/src/cloudClient.d.ts'],
  ['devcycle', `const on = useVariableValue('my-variable', false)`, ['my-variable'], 'https://app.unpkg.com/@devcycle/react-client-sdk@1.35.0/files/src/useVariableValue.d.ts'],
  ['devcycle', `value = devcycle_client.variable_value(user, "my-variable", False)`, ['my-variable'], 'https://docs.devcycle.com/sdk/server-side-sdks/python'],
  ['devcycle', `variable, err := devcycleClient.Variable(user, "my-variable", false)`, ['my-variable'], 'https://docs.devcycle.com/sdk/server-side-sdks/go'],
  ['devcycle', `Boolean value = client.variableValue(user, "my-variable", false);`, ['my-variable'], 'https://docs.devcycle.com/sdk/server-side-sdks/java'],
  // Environment variables
  ['env', `if (process.env.FF_NEW_CHECKOUT === 'true') {`, ['new-checkout'], 'https://nodejs.org/api/process.html#processenv'],
  ['env', `const on = import.meta.env.FF_NEW_CHECKOUT`, ['new-checkout'], 'https://vite.dev/guide/env-and-mode'],
  ['env', `if os.environ.get("FF_NEW_CHECKOUT") == "1":`, ['new-checkout'], 'https://docs.python.org/3/library/os.html#os.environ'],
  ['env', `value = os.getenv('FF_NEW_CHECKOUT')`, ['new-checkout'], 'https://docs.python.org/3/library/os.html#os.getenv'],
  ['env', `if os.Getenv("FF_NEW_CHECKOUT") == "true" {`, ['new-checkout'], 'https://pkg.go.dev/os#Getenv'],
  ['env', `String v = System.getenv("FF_NEW_CHECKOUT");`, ['new-checkout'], 'https://docs.oracle.com/javase/8/docs/api/java/lang/System.html#getenv-java.lang.String-'],
  ['env', `const { FF_NEW_CHECKOUT, HOME } = process.env;`, ['new-checkout'], 'https://nodejs.org/api/process.html#processenv'],
];

describe('presets on documented call forms', () => {
  it.each(DOCUMENTED)('%s finds the flags in `%s`', (preset, line, expected, _documentation) => {
    expect(flagsFound(preset, line)).toEqual(expected);
  });

  it('covers every preset', () => {
    expect(new Set(DOCUMENTED.map(([preset]) => preset))).toEqual(new Set(PRESET_NAMES));
  });
});

describe('presets do not over-match', () => {
  it.each([
    ['launchdarkly', `const x = myvariation('not-a-flag')`],
    ['launchdarkly', `client.variation(flagKey, context, false)`],
    ['launchdarkly', `client.variation(\`flag-\${name}\`, context, false)`],
    ['openfeature', `client.getStringValue(key, 'fallback-string')`],
    ['split', `client.getTreatment(userId, splitName)`],
    ['statsig', `statsig.checkGate(user, gateName)`],
    ['env', `process.env.HOME`],
    ['env', `process.env.NOT_FF_THING`],
    ['env', `const x = 'FF_IN_A_STRING'`],
    ['unleash', `// isEnabled is a method`],
  ] as const)('%s finds nothing in `%s`', (preset, line) => {
    expect(flagsFound(preset, line)).toEqual([]);
  });
});

describe('normalized keys resolve to the registry key', () => {
  it.each([
    ['launchdarkly', `const { devTestFlag } = useFlags();`, ['dev-test-flag']],
    ['env', `process.env.FF_NEW_CHECKOUT`, ['new-checkout']],
    ['env', `process.env['FF_DEV_TEST_FLAG']`, ['dev-test-flag']],
  ] as const)('%s: `%s`', (preset, line, expected) => {
    expect(flagsFound(preset, line, CAMEL_REGISTRY)).toEqual(expected);
  });

  it('uses the configured env prefix', () => {
    const matcher = compileFlagMatcher({ presets: ['env'], envPrefix: 'FEATURE_', patterns: [], aliasCaseVariants: [] }, CAMEL_REGISTRY);
    expect(matcher.matchLine('process.env.FEATURE_NEW_CHECKOUT || process.env.FF_NEW_CHECKOUT').map((r) => r.flag)).toEqual(['new-checkout']);
    expect(matcher.anchors).toEqual(['FEATURE_']);
  });
});

describe('preset patterns', () => {
  const all = listPresetPatterns(PRESET_NAMES, 'FF_');
  it.each(all.map(({ source, pattern }) => [source, pattern.regex] as const))('%s pattern is safe from catastrophic backtracking: %s', (_source, regex) => {
    expect(isBacktrackingSafe(regex)).toBe(true);
  });

  it.each(all.map(({ source, pattern }) => [source, pattern] as const))('%s pattern has anchors that every match contains', (_source, pattern) => {
    expect(pattern.anchors.length).toBeGreaterThan(0);
    for (const anchor of pattern.anchors) expect(anchor.length).toBeGreaterThanOrEqual(3);
  });

  it('every match of every pattern contains one of its anchors (the prefilter contract), on generated text', () => {
    const compiled = all.map(({ pattern }) => ({ anchors: pattern.anchors, regex: new RegExp(patternSource(pattern), 'g') }));
    // Reads shaped like the patterns' forms (accessor, opening, quote, prefix, name, closing),
    // each part possibly swapped for another piece, so that matches are frequent and varied.
    const junk = fc.constantFrom('', ' ', '\n', 'x', '(', '"', '`', '${', '{');
    const part = (...options: string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...options) }, { weight: 1, arbitrary: junk });
    const shaped = fc.tuple(
      part('process.env', 'import.meta.env', 'os.environ', 'environ', 'os.getenv', 'getenv', 'os.Getenv', 'System.getenv', 'ldClient.variation', 'isEnabled', 'const { FF_A, B } = '),
      part('.', '[', '?.[', '(', '.get(', ' '),
      part("'", '"', '`', 'f"', 'fmt.Sprintf("', ''),
      part('FF_', 'F', 'FF'),
      part('A_1', '${x}', '{x}', '%s', 'key'),
      part("'", '"', '`', ''),
      part(' + x', ' % x', '.format(x)', ']', ')', ', 1)', '}', ' = process.env'),
    ).map((parts) => parts.join(''));
    const text = fc.array(shaped, { minLength: 1, maxLength: 3 }).map((texts) => texts.join(' '));
    let matches = 0;
    fc.assert(
      fc.property(text, (text) => {
        for (const { anchors, regex } of compiled) {
          regex.lastIndex = 0;
          for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
            if (match[0].length === 0) regex.lastIndex += 1;
            matches += 1;
            expect(anchors.some((anchor) => match![0].includes(anchor))).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
    // The alphabet does produce matches (else the property would hold vacuously).
    expect(matches).toBeGreaterThan(50);
  });

  it.each(all.map(({ source, pattern }) => [source, pattern] as const))('%s pattern compiles with its group as the only capturing group', (_source, pattern) => {
    // The engine compiles built-in patterns without the group's name and reads group 1.
    const source = patternSource(pattern);
    expect(source).not.toBe(pattern.regex);
    expect(new RegExp(`${source}|`).exec('')!.length).toBe(2);
  });

  it.each(PRESET_NAMES)('%s has a title and a summary for the README', (name) => {
    expect(PRESETS[name].title.length).toBeGreaterThan(0);
    expect(PRESETS[name].summary.length).toBeGreaterThan(0);
  });
});

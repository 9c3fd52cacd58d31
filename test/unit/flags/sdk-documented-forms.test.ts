// SDK call forms compared against the SDKs' own type definitions and READMEs (issue 14, section 2):
// the ones the presets lacked. Each row names where the form is documented.
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const matcher = compileFlagMatcher(
  { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] },
  { source: 'flags.json', flags: [{ key: 'fast-search', status: 'active', aliases: [] }] },
);

function found(path: string, text: string): [string, number, string][] {
  return scanSourceText(text, path, matcher).references.map((placed) => [placed.reference.flag, placed.line, placed.reference.kind]);
}

function dynamicKeys(path: string, text: string): string[] {
  return scanSourceText(text, path, matcher).dynamic.map((placed) => placed.key.expression);
}

type Row = readonly [string, string, string, readonly (readonly [string, number, string])[]];

describe.each<readonly [string, readonly Row[]]>([
  ['LaunchDarkly', [
    // launchdarkly/dotnet-server-sdk ILdClient.cs: IntVariation, FloatVariation, JsonVariation, StringVariation (key, user/context, default); DoubleVariation and ...Detail in 6.x+ (LaunchDarkly.Sdk.Server).
    ['.NET FloatVariation', 'A.cs', 'var v = client.FloatVariation("fast-search", context, 1.0f);\n', [['fast-search', 1, 'call']]],
    ['.NET DoubleVariation', 'A.cs', 'var v = client.DoubleVariation("fast-search", context, 1.0);\n', [['fast-search', 1, 'call']]],
    ['.NET JsonVariationDetail', 'A.cs', 'var d = client.JsonVariationDetail(\n    "fast-search",\n    context,\n    LdValue.Null);\n', [['fast-search', 2, 'call']]],
    ['a C# named key argument', 'A.cs', 'var on = client.BoolVariation(key: "fast-search", context, false);\n', [['fast-search', 1, 'call']]],
    // LaunchDarkly iOS SDK (LDClient.swift): boolVariation(forKey:defaultValue:), and the typed variations.
    ['Swift boolVariation(forKey:)', 'Flags.swift', 'let on = client.boolVariation(forKey: "fast-search", defaultValue: false)\n', [['fast-search', 1, 'call']]],
  ]],
  ['OpenFeature', [
    // open-feature/swift-sdk Client: getBooleanValue(key:defaultValue:).
    ['Swift getBooleanValue(key:)', 'Flags.swift', 'let on = client.getBooleanValue(key: "fast-search", defaultValue: false)\n', [['fast-search', 1, 'call']]],
  ]],
  ['Split', [
    // splitio/react-client CHANGES.txt 2.6.0: useTreatment, useTreatments, useTreatmentWithConfig and useTreatmentsWithConfig hooks (options objects).
    ['useTreatments({ names }) and its treatments', 'a.tsx', "const { treatments } = useTreatments({ names: ['fast-search'] });\nconst on = treatments['fast-search'].treatment === 'on';\n", [['fast-search', 1, 'call'], ['fast-search', 2, 'alias-read']]],
    ['useTreatmentsWithConfig({ names }) wrapped', 'a.tsx', "const { treatments, isReady } = useTreatmentsWithConfig({\n  names: ['fast-search'],\n  attributes,\n});\n", [['fast-search', 2, 'call']]],
    ['useTreatmentWithConfig({ name })', 'a.tsx', "const { treatment, config } = useTreatmentWithConfig({ name: 'fast-search' });\n", [['fast-search', 1, 'call']]],
    // 1.x useTreatments(featureFlagNames: string[]) returns the treatments themselves.
    ['the 1.x useTreatments([...]) result', 'a.tsx', "const t = useTreatments(['fast-search']);\nconst on = t['fast-search'].treatment === 'on';\n", [['fast-search', 1, 'call'], ['fast-search', 2, 'alias-read']]],
    // splitio-react types/withSplitTreatments.d.ts: withSplitTreatments(names: string[], attributes?).
    ['the withSplitTreatments HOC', 'a.tsx', "export default withSplitTreatments(['fast-search'])(Banner);\n", [['fast-search', 1, 'call']]],
  ]],
  ['Statsig', [
    // statsig-io/java-server-sdk Statsig.kt: getExperimentWithExposureLoggingDisabledAsync(user, experimentName), getLayerWithExposureLoggingDisabledAsync, checkGateWithExposureLoggingDisabledSync ...
    ['Java getExperimentWithExposureLoggingDisabledAsync', 'A.java', 'var e = Statsig.getExperimentWithExposureLoggingDisabledAsync(user, "fast-search").get();\n', [['fast-search', 1, 'call']]],
    ['Kotlin checkGateWithExposureLoggingDisabledSync', 'A.kt', 'val on = Statsig.checkGateWithExposureLoggingDisabledSync(user, "fast-search")\n', [['fast-search', 1, 'call']]],
    // statsig-react src/useGateWithExposureLoggingDisabled.ts (gateName, options?), and useConfig(configName).
    ['statsig-react useGateWithExposureLoggingDisabled', 'a.tsx', "const { value } = useGateWithExposureLoggingDisabled('fast-search');\n", [['fast-search', 1, 'call']]],
    ['statsig-react useConfig imported from the SDK', 'a.tsx', "import { useConfig } from 'statsig-react';\nconst { config } = useConfig('fast-search');\n", [['fast-search', 2, 'call']]],
  ]],
  ['PostHog', [
    // posthog-node `getRemoteConfigPayload(flagKey)` (playground/flags/remote-config-example.js), posthog-go Client.GetRemoteConfigPayload(string).
    ['Node getRemoteConfigPayload', 'a.ts', "const payload = await posthog.getRemoteConfigPayload('fast-search');\n", [['fast-search', 1, 'call']]],
    ['Go GetRemoteConfigPayload', 'a.go', 'payload, err := client.GetRemoteConfigPayload("fast-search")\n', [['fast-search', 1, 'call']]],
    ['Python get_remote_config_payload', 'a.py', 'payload = posthog.get_remote_config_payload("fast-search")\n', [['fast-search', 1, 'call']]],
  ]],
  ['Unleash', [
    // unleash-client-ruby README: `UNLEASH.if_enabled "AwesomeFeature", @unleash_context, true do`, and `if_disabled`.
    ['Ruby if_enabled without parentheses', 'flags.rb', 'UNLEASH.if_enabled "fast-search", @unleash_context, true do\n  puts "on"\nend\n', [['fast-search', 1, 'call']]],
    ['Ruby if_disabled with parentheses', 'flags.rb', '@unleash.if_disabled("fast-search", @unleash_context) do\nend\n', [['fast-search', 1, 'call']]],
  ]],
])('%s', (_sdk, rows) => {
  it.each(rows)('reads %s', (_form, path, text, expected) => {
    expect(found(path, text)).toEqual(expected);
  });
});

describe('the same names elsewhere', () => {
  it.each([
    ['another library\'s useConfig', 'a.tsx', "import { useConfig } from 'wagmi';\nconst config = useConfig();\nconst other = useConfig(name);\n"],
    ['an app\'s own getRemoteConfigPayload', 'a.ts', 'const payload = getRemoteConfigPayload(getClientReleaseHeaders(req));\n'],
    ['a Swift argument labelled otherwise', 'Flags.swift', 'let v = store.boolVariation(defaultValue: false)\n'],
    ['a Kotlin class literal before the key', 'A.kt', 'val v = settings.read(Boolean::class.java, name)\n'],
  ])('reads no reference or dynamic key in %s', (_form, path, text) => {
    expect(found(path, text)).toEqual([]);
    expect(dynamicKeys(path, text)).toEqual([]);
  });

  it('reports a Swift labelled key that is a name as a dynamic key', () => {
    expect(dynamicKeys('Flags.swift', 'let on = client.boolVariation(forKey: flagName, defaultValue: false)\n')).toEqual(['flagName']);
  });

  it('keeps the destructured treatments object of useTreatments({ names }) from being a flag', () => {
    expect(found('a.tsx', "const { treatments, isReady } = useTreatments({ names: [] });\n")).toEqual([]);
  });
});

// PostHog: the web and Node SDK flag methods, the React hooks and component, Python's functions
// and Go's payload struct.
import { call, callOnlyStringArgument, callSecondArgument, jsxAttribute, jsxAttributeExpression, structField, type FlagPreset } from './preset.js';

const KEY_FIRST = [
  'isFeatureEnabled', 'getFeatureFlag', 'getFeatureFlagPayload', 'getFeatureFlagResult',
  'useFeatureFlagEnabled', 'useFeatureFlagVariantKey', 'useFeatureFlagPayload', 'useFeatureFlagResult',
  'feature_enabled', 'get_feature_flag', 'get_feature_flag_payload',
  // A remote config flag's payload: posthog-node and posthog-js `getRemoteConfigPayload(flagKey)`,
  // posthog-python `get_remote_config_payload(key)`, posthog-go `GetRemoteConfigPayload(flagKey)`.
  'getRemoteConfigPayload', 'get_remote_config_payload', 'GetRemoteConfigPayload',
];
const JVM = ['isFeatureEnabled', 'getFeatureFlag', 'getFeatureFlagPayload', 'getFeatureFlagResult'];

export const posthog: FlagPreset = {
  name: 'posthog',
  title: 'PostHog',
  summary: [
    'JS/TS: `posthog.isFeatureEnabled(\'flag\')`, `getFeatureFlag`, `getFeatureFlagPayload`, `getFeatureFlagResult`',
    'React: `useFeatureFlagEnabled(\'flag\')`, `useFeatureFlagVariantKey`, `useFeatureFlagPayload`, `<PostHogFeature flag="...">`',
    'Python: `posthog.feature_enabled("flag", "user")`, `get_feature_flag`, `get_feature_flag_payload`',
    'Go: `client.IsFeatureEnabled(posthog.FeatureFlagPayload{Key: "flag", ...})`, `GetRemoteConfigPayload("flag")`',
    'Remote config: `posthog.getRemoteConfigPayload(\'flag\')` (JS, Node), `get_remote_config_payload("flag")` (Python)',
    'Java server: `postHog.isFeatureEnabled(distinctId, "flag", false)`, `getFeatureFlag`, `getFeatureFlagPayload`; Android/Kotlin: `PostHog.isFeatureEnabled("flag")`',
    'Result objects: `const flags = await client.getAllFlags(id)` (Python `get_all_flags`) then `flags[\'flag\']`; `getAllFlagsAndPayloads(id)` (Python `get_all_flags_and_payloads`) then `r.featureFlags[\'flag\']`, `r["featureFlagPayloads"]["flag"]`; read where made (Python): `get_all_flags(id)["flag"]`, `get_all_flags_and_payloads(id)["featureFlags"]["flag"]`',
  ],
  patterns: () => [
    { ...call(KEY_FIRST), families: ['js', 'go', 'python', 'plain'] },
    // Java/Kotlin: the server SDK (com.posthog.server) takes the distinct id first,
    // `isFeatureEnabled(distinctId, key, ...)`; the Android SDK the key alone, `isFeatureEnabled(key, default)`.
    { ...callSecondArgument(JVM), families: ['java'] },
    { ...callOnlyStringArgument(JVM), families: ['java'] },
    jsxAttribute(['PostHogFeature'], 'flag'),
    jsxAttributeExpression(['PostHogFeature'], 'flag'),
    structField('FeatureFlagPayload', 'Key'),
    // Python's all-flags results read where they are made: `posthog.get_all_flags(id)["key"]`,
    // `get_all_flags_and_payloads(id)["featureFlags"]["key"]` (or `.get("key")`, `["featureFlagPayloads"]`).
    {
      anchors: ['get_all_flags'],
      regex: String.raw`(?<![\w$])get_all_flags(?:_and_payloads\s*\([^()]{0,200}\)\s*\[\s*['"](?:featureFlags|featureFlagPayloads)['"]\s*\]|\s*\([^()]{0,200}\))\s*(?:\[\s*|\.\s*get\s*\(\s*)['"](?<flag>[^'"\s\\$]{1,256})['"]`,
      kind: 'call',
      referenceKind: 'alias-read',
      keyForm: 'exact',
      startsAtAnchor: true,
      families: ['python'],
    },
  ],
  // `getRemoteConfigPayload()` of an app's own remote config (Firebase wrappers): a PostHog client only.
  genericMethods: ['getRemoteConfigPayload', 'get_remote_config_payload', 'GetRemoteConfigPayload'],
  resultObjects: [
    // Node `const flags = await client.getAllFlags(distinctId)`, Python `get_all_flags(...)`, then `flags['key']`.
    { methods: ['getAllFlags', 'get_all_flags', 'GetAllFlags'], keyForm: 'exact' },
    // Node `getAllFlagsAndPayloads(distinctId)`, Python `get_all_flags_and_payloads(...)`: the flags
    // under `featureFlags`, the payloads under `featureFlagPayloads` (`r["featureFlags"]["key"]`).
    { methods: ['getAllFlagsAndPayloads', 'get_all_flags_and_payloads'], keyForm: 'exact', objectProperties: ['featureFlags', 'featureFlagPayloads'] },
  ],
};

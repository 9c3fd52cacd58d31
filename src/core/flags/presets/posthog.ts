// PostHog: the web and Node SDK flag methods, the React hooks and component, Python's functions
// and Go's payload struct.
import { call, jsxAttribute, structField, type FlagPreset } from './preset.js';

export const posthog: FlagPreset = {
  name: 'posthog',
  title: 'PostHog',
  summary: [
    'JS/TS: `posthog.isFeatureEnabled(\'flag\')`, `getFeatureFlag`, `getFeatureFlagPayload`, `getFeatureFlagResult`',
    'React: `useFeatureFlagEnabled(\'flag\')`, `useFeatureFlagVariantKey`, `useFeatureFlagPayload`, `<PostHogFeature flag="...">`',
    'Python: `posthog.feature_enabled("flag", "user")`, `get_feature_flag`, `get_feature_flag_payload`',
    'Go: `client.IsFeatureEnabled(posthog.FeatureFlagPayload{Key: "flag", ...})`',
  ],
  patterns: () => [
    call([
      'isFeatureEnabled', 'getFeatureFlag', 'getFeatureFlagPayload', 'getFeatureFlagResult',
      'useFeatureFlagEnabled', 'useFeatureFlagVariantKey', 'useFeatureFlagPayload', 'useFeatureFlagResult',
      'feature_enabled', 'get_feature_flag', 'get_feature_flag_payload',
    ]),
    jsxAttribute(['PostHogFeature'], 'flag'),
    structField('FeatureFlagPayload', 'Key'),
  ],
  resultObjects: [
    // Node `const flags = await client.getAllFlags(distinctId)`, Python `get_all_flags(...)`, then `flags['key']`.
    { methods: ['getAllFlags', 'get_all_flags', 'GetAllFlags'], keyForm: 'exact' },
  ],
};

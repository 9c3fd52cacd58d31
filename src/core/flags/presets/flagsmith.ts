// Flagsmith: the client SDK (hasFeature/getValue), the server SDKs' Flags object in each
// language, and the React hook that takes a list of flag names.
import { call, callOnlyStringArgument, callWithList, type FlagPreset } from './preset.js';

const METHODS = [
  'hasFeature', 'getValue', 'isFeatureEnabled', 'getFeatureValue', 'getFlag',
  'is_feature_enabled', 'get_feature_value', 'get_flag', 'IsFeatureEnabled', 'GetFeatureValue', 'GetFlag',
];

export const flagsmith: FlagPreset = {
  name: 'flagsmith',
  title: 'Flagsmith',
  summary: [
    'JS/TS: `flagsmith.hasFeature(\'flag\')`, `flagsmith.getValue(\'flag\')`; Node, Java: `flags.isFeatureEnabled(\'flag\')`, `getFeatureValue`, `getFlag`',
    'React: `useFlags([\'flag_a\', \'flag_b\'])`, then `flags.flag_a.enabled`',
    'Python: `flags.is_feature_enabled("flag")`, `get_feature_value`, `get_flag`',
    'Go: `flags.IsFeatureEnabled("flag")`, `GetFeatureValue`, `GetFlag`',
  ],
  patterns: () => [
    { ...call(METHODS), families: ['js', 'go', 'python', 'plain'] },
    // Java/Kotlin: the Flags object takes the name alone (`flags.isFeatureEnabled("name")`); a
    // call with a second string is PostHog's server form, `isFeatureEnabled(distinctId, key, ...)`.
    { ...callOnlyStringArgument(METHODS), families: ['java'] },
    callWithList(['useFlags']),
  ],
  // `plan.hasFeature('sso')`, `settings.getValue('theme')`, `args.getFlag('verbose')`.
  genericMethods: ['hasFeature', 'getValue', 'getFlag', 'get_flag', 'GetFlag'],
  resultObjects: [
    // React: `const flags = useFlags(['dark_mode'])` then `flags.dark_mode.enabled`; JS `flagsmith.getAllFlags()`.
    // `useFlags(['flag'], ['trait'])`: the second list names traits, read as `flags.trait`, not flags.
    { methods: ['useFlags', 'getAllFlags'], keyForm: 'exact', traitListArgument: true },
  ],
};

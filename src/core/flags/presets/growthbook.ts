// GrowthBook: the feature methods of the JS, Python, Go and Java SDKs and the React hooks and
// components.
import { call, jsxAttribute, jsxAttributeExpression, type FlagPreset } from './preset.js';

export const growthbook: FlagPreset = {
  name: 'growthbook',
  title: 'GrowthBook',
  summary: [
    'JS/TS, Java: `gb.isOn(\'feature\')`, `isOff`, `getFeatureValue(\'feature\', fallback)`, `evalFeature`, `feature` (JS, Kotlin)',
    'React: `useFeatureIsOn(\'feature\')`, `useFeatureValue`, `useFeature`, `<IfFeatureEnabled feature="...">`, `<FeatureString feature="...">`',
    'Python: `gb.is_on("feature")`, `is_off`, `get_feature_value`, `eval_feature`',
    'Go: `gb.Feature("feature")`, `client.EvalFeature(ctx, "feature")`; .NET: `gb.IsOn("feature")`, `IsOff`, `GetFeatureValue<T>("feature", fallback)`',
  ],
  patterns: () => [
    call([
      'isOn', 'isOff', 'getFeatureValue', 'evalFeature', 'useFeatureIsOn', 'useFeatureValue', 'useFeature',
      'is_on', 'is_off', 'get_feature_value', 'eval_feature', 'Feature',
      // .NET (GrowthBook.GrowthBook): `IsOn(key)`, `IsOff`, `GetFeatureValue<T>(key, fallback)`, `EvalFeature`.
      'IsOn', 'IsOff', 'GetFeatureValue',
    ]),
    call(['EvalFeature'], { argIndex: 1 }),
    { ...call(['EvalFeature']), families: ['java'] },
    // JS `gb.feature(key)` (deprecated alias of evalFeature) and Kotlin `gb.feature(key)`: a name
    // too common to look for in every language.
    { ...call(['feature']), families: ['js', 'java'] },
    jsxAttribute(['IfFeatureEnabled', 'FeatureString'], 'feature'),
    jsxAttributeExpression(['IfFeatureEnabled', 'FeatureString'], 'feature'),
  ],
  // `toggle.isOn(...)`, Go `x.Feature(...)`: GrowthBook's receiver is the `GrowthBook` instance (`gb`).
  genericMethods: ['isOn', 'isOff', 'is_on', 'is_off', 'IsOn', 'IsOff', 'Feature', 'feature'],
};

// ConfigCat: getValue in its JS, Python and Go spellings, Java's `getValue(Type.class, key, ...)`,
// Go's typed flag accessors and the React hook.
import { call, type FlagPreset } from './preset.js';

const GO = ['Bool', 'String', 'Int', 'Float'].flatMap((t) => [`Get${t}Value`, `Get${t}ValueDetails`]);

export const configcat: FlagPreset = {
  name: 'configcat',
  title: 'ConfigCat',
  summary: [
    'JS/TS: `configCatClient.getValueAsync(\'key\', false)`, `getValue(\'key\', false, callback)`, `getValueDetailsAsync`',
    'React: `useFeatureFlag(\'key\', false)`',
    'Python: `client.get_value("key", False, user)`, `get_value_details`',
    'Go: `client.GetBoolValue("key", false, user)`, `GetStringValue`, ..., `client.Snapshot(user).GetValue("key")`, `configcat.Bool("key", false)`',
    'Java: `client.getValue(Boolean.class, "key", false)`; .NET: `client.GetValueAsync("key", false, user)`, `GetValue`, `GetValueDetailsAsync`',
  ],
  // `settings.getValue('theme')`, `config.get_value("timeout")`, Go `m.GetValue("k")`.
  genericMethods: ['getValue', 'getValueDetails', 'get_value', 'get_value_details', 'GetValue', 'GetValueDetails'],
  patterns: () => [
    // .NET (IConfigCatClient): `GetValueAsync(key, defaultValue, user)`, `GetValue`, `GetValueDetailsAsync`.
    call(['getValueAsync', 'getValue', 'getValueDetailsAsync', 'getValueDetails', 'useFeatureFlag', 'get_value', 'get_value_details', 'GetValue', 'GetValueAsync', 'GetValueDetails', 'GetValueDetailsAsync', ...GO]),
    call(['getValue', 'getValueAsync', 'getValueDetails'], { argIndex: 1 }),
    {
      anchors: ['configcat.'],
      regex: String.raw`(?<![\w$])configcat\.(?:Bool|String|Int|Float)\s*\(\s*['"\`](?<flag>[^'"\`\s\\$]{1,256})['"\`]`,
      kind: 'call',
      keyForm: 'exact',
      startsAtAnchor: true,
    },
  ],
};

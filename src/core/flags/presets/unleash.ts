// Unleash: isEnabled/getVariant in every SDK's spelling, and the React proxy hooks.
import { call, FLAG_STRING, type FlagPreset } from './preset.js';

export const unleash: FlagPreset = {
  name: 'unleash',
  title: 'Unleash',
  summary: [
    'JS/TS, Java: `unleash.isEnabled(\'toggle\')`, `getVariant(\'toggle\')`',
    'React: `useFlag(\'toggle\')`, `useVariant(\'toggle\')`',
    'Python: `client.is_enabled("toggle")`, `get_variant("toggle")`',
    'Go, .NET: `unleash.IsEnabled("toggle")`, `unleash.GetVariant("toggle")`',
    'Ruby: `UNLEASH.is_enabled?("toggle", context)` (also without parentheses), `is_disabled?`, `UNLEASH.if_enabled "toggle", context do`, `if_disabled`',
  ],
  patterns: () => [
    call(['isEnabled', 'getVariant', 'useFlag', 'useVariant', 'is_enabled', 'get_variant', 'IsEnabled', 'GetVariant']),
    // Ruby (unleash-client-ruby README): `UNLEASH.is_enabled?("toggle", context)`, also without
    // parentheses, and the block forms `UNLEASH.if_enabled "toggle", context, true do ... end`, `if_disabled`.
    {
      anchors: ['is_enabled?', 'is_disabled?', 'if_enabled', 'if_disabled'],
      regex: String.raw`(?<![\w$])(?:is_(?:enabled|disabled)\?|if_(?:enabled|disabled)(?![\w$?]))(?:\s*\(|[ \t]+)\s*${FLAG_STRING}`,
      kind: 'call',
      keyForm: 'exact',
      startsAtAnchor: true,
    },
  ],
  // `logger.isEnabled(Level.DEBUG)`, `product.getVariant(sku)`, `element.isEnabled()`.
  genericMethods: ['isEnabled', 'getVariant', 'is_enabled', 'is_disabled', 'get_variant', 'IsEnabled', 'GetVariant', 'if_enabled', 'if_disabled'],
};

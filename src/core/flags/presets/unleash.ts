// Unleash: isEnabled/getVariant in every SDK's spelling, and the React proxy hooks.
import { call, type FlagPreset } from './preset.js';

export const unleash: FlagPreset = {
  name: 'unleash',
  title: 'Unleash',
  summary: [
    'JS/TS, Java: `unleash.isEnabled(\'toggle\')`, `getVariant(\'toggle\')`',
    'React: `useFlag(\'toggle\')`, `useVariant(\'toggle\')`',
    'Python: `client.is_enabled("toggle")`, `get_variant("toggle")`',
    'Go: `unleash.IsEnabled("toggle")`, `unleash.GetVariant("toggle")`',
  ],
  patterns: () => [call(['isEnabled', 'getVariant', 'useFlag', 'useVariant', 'is_enabled', 'get_variant', 'IsEnabled', 'GetVariant'])],
  // `logger.isEnabled(Level.DEBUG)`, `product.getVariant(sku)`, `element.isEnabled()`.
  genericMethods: ['isEnabled', 'getVariant', 'is_enabled', 'get_variant', 'IsEnabled', 'GetVariant'],
};

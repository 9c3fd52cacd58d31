// The names of the built-in flag presets: a tiny constant module, so the config schema can list
// them without loading the presets' patterns.

/** Every built-in preset, in the order they are documented. */
export const PRESET_NAMES = [
  'launchdarkly',
  'unleash',
  'growthbook',
  'flagsmith',
  'openfeature',
  'split',
  'posthog',
  'configcat',
  'statsig',
  'devcycle',
  'env',
] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

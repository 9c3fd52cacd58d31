// The built-in presets by name.
import { configcat } from './configcat.js';
import { devcycle } from './devcycle.js';
import { env } from './env.js';
import { flagsmith } from './flagsmith.js';
import { growthbook } from './growthbook.js';
import { launchdarkly } from './launchdarkly.js';
import type { PresetName } from './names.js';
import { openfeature } from './openfeature.js';
import { posthog } from './posthog.js';
import type { FlagPreset } from './preset.js';
import { split } from './split.js';
import { statsig } from './statsig.js';
import { unleash } from './unleash.js';

/** Every built-in preset, by name. */
export const PRESETS: Readonly<Record<PresetName, FlagPreset>> = {
  launchdarkly,
  unleash,
  growthbook,
  flagsmith,
  openfeature,
  split,
  posthog,
  configcat,
  statsig,
  devcycle,
  env,
};

// The defaults of the `perf` section, as plain values the zod schema (schema.ts) takes its
// defaults from: the hook runner needs them when the config could not be loaded, and must not
// load zod to get them.

/** The perf settings of a config that sets none (schema.ts declares them with these defaults). */
export const PERF_DEFAULTS = {
  log: true,
  report: 'regressions',
  thresholdPercent: 20,
  noiseK: 3,
  window: 30,
  recent: 3,
  maxRecords: 1000,
} as const satisfies Readonly<Record<string, boolean | string | number>>;

// What the cache-only build of pre-commit (dist/pre-commit-fast-path.cjs) has in place of the
// modules that parse config files and registries (scripts/build.mjs swaps them in). Each throws
// FullPathNeeded, so a run that misses a cache is handed over to the full CLI, which holds them.
import { FullPathNeeded } from './full-path-needed.js';

// In place of src/config/load-config.ts.
export function loadConfig(): never {
  throw new FullPathNeeded('the config file must be loaded (config cache miss)');
}

// In place of src/core/flags/registry-parse.ts.
export function parseRegistry(): never {
  throw new FullPathNeeded('a flag registry must be parsed (registry cache miss)');
}

export function detectRegistryFormat(): never {
  throw new FullPathNeeded('a flag registry must be parsed (registry cache miss)');
}

export function formatRegistryIssues(): never {
  throw new FullPathNeeded('a flag registry must be parsed (registry cache miss)');
}

// The pre-commit fast path's sources (src/hooks/hook-sources.ts): the config cache and the
// registry cache only. A miss needs what only the full CLI holds (cosmiconfig, zod, yaml): it
// stops the run before anything is printed or recorded, and the hook runner turns that into the
// `needs-full-cli` outcome (src/hooks/run-hook.ts) the launcher hands over on.
import { readConfigCache } from '../cache/config-cache.js';
import type { ProveConfig } from '../config/schema.js';
import { FullPathNeeded } from './full-path-needed.js';
import type { HookSources } from './hook-sources.js';

export const CACHE_ONLY_SOURCES: HookSources = {
  resolveConfig: async ({ scope, cacheFile, version }) => {
    const lookup = cacheFile === null ? undefined : readConfigCache(cacheFile, scope, version);
    if (lookup?.status !== 'hit') throw new FullPathNeeded(`the config file must be loaded (config cache ${lookup?.status ?? 'off'})`);
    // Only configs that passed validation are ever written, with a checksum.
    return { config: lookup.value.config as ProveConfig, filePath: lookup.value.filePath, scope, cache: 'hit', notices: [] };
  },
  parseRegistry: async () => {
    throw new FullPathNeeded('a flag registry must be parsed (registry cache miss)');
  },
};

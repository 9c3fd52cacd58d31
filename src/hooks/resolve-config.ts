// The effective config of a run: from the config cache when it is provably current, otherwise
// a full load (imported lazily, with cosmiconfig and zod) that refreshes the cache. The hooks'
// tier joins the two: the config layer loads, the state layer keeps, neither knows the other.
import { CacheError, type RecoveryNotice } from '../errors.js';
import { readConfigCache, snapshotCandidates, writeConfigCache } from '../cache/config-cache.js';
import type { ProveConfig } from '../config/schema.js';
import { describeConfigSearch, type SearchScope } from '../config/search-places.js';

export { configCacheFileFor, configScopeFor } from '../config/config-places.js';

/** The config a command runs with, and where it came from. */
export interface ResolvedConfig {
  readonly config: ProveConfig;
  /** The config file, or null when none was found and the defaults apply. */
  readonly filePath: string | null;
  readonly scope: SearchScope;
  /** `hit`: read from the cache; `miss`: loaded (and cached when possible); `off`: no cache here. */
  readonly cache: 'hit' | 'miss' | 'off';
  /** Recoveries (a rebuilt or unwritable cache): a line for stderr each, and an entry for the run record. */
  readonly notices: readonly RecoveryNotice[];
}

export interface ResolveConfigOptions {
  readonly scope: SearchScope;
  /** The cache file, or null outside a git repository. */
  readonly cacheFile: string | null;
  /** The prove-hooks version: a cache written by another version is not used. */
  readonly version: string;
  /** False to skip reading the cache (it is still refreshed): `prove-hooks config` does this. */
  readonly readCache?: boolean;
}

/**
 * Resolves the config. Throws a ConfigError for a bad config file; a bad cache is rebuilt and
 * an unwritable one skipped, each with a notice.
 */
export async function resolveConfig(options: ResolveConfigOptions): Promise<ResolvedConfig> {
  const { scope, cacheFile, version } = options;
  const notices: RecoveryNotice[] = [];
  const search = describeConfigSearch(scope);
  if (cacheFile !== null && options.readCache !== false) {
    const lookup = readConfigCache(cacheFile, search, version);
    if (lookup.status === 'hit') {
      // Only configs that passed validation are ever written, with a checksum.
      return { config: lookup.value.config as ProveConfig, filePath: lookup.value.filePath, scope, cache: 'hit', notices };
    }
    if (lookup.status === 'corrupt') {
      notices.push({ kind: 'cache', recovery: 'rebuild', what: 'config-cache', message: `prove-hooks: the config cache ${cacheFile} was ${lookup.reason}; rebuilding it` });
    }
  }
  const snapshot = cacheFile === null ? null : snapshotCandidates(search);
  const { loadConfig } = await import('../config/load-config.js');
  const loaded = await loadConfig(scope);
  if (cacheFile !== null && snapshot !== null && loaded.cacheable) {
    try {
      writeConfigCache(cacheFile, search, version, snapshot, { config: loaded.config, filePath: loaded.filePath });
    } catch (error) {
      if (!(error instanceof CacheError)) throw error;
      notices.push({ kind: 'cache', recovery: 'skip-and-report', what: 'config-cache-write', message: `prove-hooks: ${error.message}; continuing without the cache` });
    }
  }
  return { config: loaded.config, filePath: loaded.filePath, scope, cache: cacheFile === null ? 'off' : 'miss', notices };
}

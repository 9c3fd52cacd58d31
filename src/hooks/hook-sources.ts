// Where a hook gets what it cannot always read from a cache: the config (a file to find and
// validate) and the flag registries (files to parse). The full CLI injects the real loaders,
// loaded lazily; the pre-commit fast path injects cache-only sources that hand the run over to
// the full CLI on a miss (src/hooks/cache-only-sources.ts). One orchestration, two sources.
import type { ResolveConfigOptions, ResolvedConfig } from '../config/resolve-config.js';
import type { RegistryParser } from '../config/registry-file.js';

/** The sources a flag hook (pre-commit, pre-push, scan) reads its config and registries from. */
export interface HookSources {
  /** The effective config of a run (src/config/resolve-config.ts). Throws a ConfigError for a bad config. */
  readonly resolveConfig: (options: ResolveConfigOptions) => Promise<ResolvedConfig>;
  /** Parses a registry the registry cache does not hold. Rejects with a RegistryError. */
  readonly parseRegistry: RegistryParser;
}

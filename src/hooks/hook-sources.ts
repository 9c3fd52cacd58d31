// Where a hook gets what it cannot always read from a cache: the config (a file to find and
// validate), the flag registries (files to parse), git's message settings (from git) and the
// current branch (from the HEAD file, or from git when the file cannot tell). The full
// CLI injects the real loaders, loaded lazily (src/hooks/full-sources.ts); the fast paths inject
// cache-only sources that answer a miss with a `needs-full-cli` value
// (src/hooks/cache-only-sources.ts), which the run returns to the hook runner. One orchestration,
// two sources.
import type { NeedsFullCli } from '../config/needs-full-cli.js';
import type { ResolveConfigOptions, ResolvedConfig } from './resolve-config.js';
import type { RegistryParser } from './registry-file.js';
import type { GitContext } from '../git/repository.js';
import type { ResolvedMessageSettings } from './resolve-message-settings.js';

/** Where git's message settings are wanted: the run's folder and environment, and the repository (null outside one). */
export interface MessageSettingsPlace {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly git: GitContext | null;
}

/**
 * The sources a hook reads its config, registries and git settings from. `Miss` is what a source
 * answers when only the full CLI can supply the thing ({@link NeedsFullCli}); `never` for the full CLI's.
 */
export interface HookSources<Miss extends NeedsFullCli = NeedsFullCli> {
  /** The effective config of a run (src/hooks/resolve-config.ts). Throws a ConfigError for a bad config. */
  readonly resolveConfig: (options: ResolveConfigOptions) => Promise<ResolvedConfig | Miss>;
  /** Parses a registry the registry cache does not hold. Rejects with a RegistryError. */
  readonly parseRegistry: RegistryParser<Miss>;
  /** core.commentChar and commit.cleanup (src/git/resolve-message-settings.ts). Throws a GitError when git fails. */
  readonly resolveMessageSettings: (place: MessageSettingsPlace) => Promise<ResolvedMessageSettings | Miss>;
  /** The current branch's short name, or null when HEAD is detached (src/git/current-branch.ts). Throws a GitError when git fails. */
  readonly readBranch: (place: BranchPlace) => Promise<string | null | Miss>;
}

/** Where the current branch is asked for: the work tree's git dir, the run's folder and environment. */
export interface BranchPlace {
  readonly gitDir: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

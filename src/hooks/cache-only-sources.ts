// The fast paths' sources (src/hooks/hook-sources.ts): the config cache, the registry cache (no
// parser), the git settings cache and the HEAD file only. A miss needs what only the full CLI holds (cosmiconfig,
// zod, yaml, a git process): the source answers `needs-full-cli`, the run returns it before
// anything was printed or recorded, and the hook runner hands it to the launcher
// (src/hooks/run-hook.ts), which runs the full CLI.
import { gitSettingsCacheFile, readGitSettingsCache } from '../cache/git-settings-cache.js';
import { readConfigCache } from '../cache/config-cache.js';
import { needsFullCli } from '../config/needs-full-cli.js';
import { describeConfigSearch } from '../config/search-places.js';
import type { ProveConfig } from '../config/schema.js';
import { readHeadFile } from '../git/current-branch.js';
import { configEnvironmentKey } from '../git/config-sources.js';
import { PROVE_VERSION } from '../version.js';
import type { HookSources } from './hook-sources.js';

export const CACHE_ONLY_SOURCES: HookSources = {
  resolveConfig: async ({ scope, cacheFile, version }) => {
    const lookup = cacheFile === null ? undefined : readConfigCache(cacheFile, describeConfigSearch(scope), version);
    if (lookup?.status !== 'hit') return needsFullCli(`the config file must be loaded (config cache ${lookup?.status ?? 'off'})`);
    // Only configs that passed validation are ever written, with a checksum.
    return { config: lookup.value.config as ProveConfig, filePath: lookup.value.filePath, scope, cache: 'hit', notices: [] };
  },
  parseRegistry: async () => needsFullCli('a flag registry must be parsed (registry cache miss)'),
  resolveMessageSettings: async ({ env, git }) => {
    if (git === null) return needsFullCli('not in a git repository');
    const lookup = readGitSettingsCache(gitSettingsCacheFile(git.gitDir), { version: PROVE_VERSION, envKey: configEnvironmentKey(env), gitDir: git.gitDir });
    if (lookup.status !== 'hit') return needsFullCli(`git settings cache ${lookup.status}`);
    return { settings: lookup.settings, cache: 'hit', notices: [] };
  },
  readBranch: async ({ gitDir }) => {
    const head = readHeadFile(gitDir);
    if (head.kind === 'branch') return head.name;
    // A HEAD the file cannot tell (the reftable backend) needs git.
    return head.kind === 'detached' ? null : needsFullCli(`HEAD: ${head.reason}`);
  },
};

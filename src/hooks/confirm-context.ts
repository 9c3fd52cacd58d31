// Whether the repository found on disk (locateRepository) is exactly the one git would use, proven
// from the git settings cache instead of asking `git rev-parse` on every commit.
import { realpathSync } from 'node:fs';
import { gitSettingsCacheFile, readGitSettingsCache } from '../cache/git-settings-cache.js';
import { configEnvironmentKey } from '../git/config-sources.js';
import type { GitContext } from '../git/repository.js';

/**
 * True when git would find `found` for `cwd` in `env`: the disk search and git agree unless the
 * config moves the work tree (core.worktree, core.bare) or the search walked up from a
 * subfolder (GIT_CEILING_DIRECTORIES and file-system boundaries stop git there). The config part
 * is proven by the git settings cache, valid while no config file git reads has changed; a
 * missing or stale entry answers false (then git is asked, and the cache refreshed). Never throws.
 */
export function isContextConfirmed(found: GitContext, cwd: string, env: NodeJS.ProcessEnv, version: string): boolean {
  try {
    // With GIT_DIR set there is no search: git takes GIT_WORK_TREE, core.worktree or the
    // current folder, as locateRepository does for the first and the last. Hooks of linked
    // worktrees run so. Without it the hook's folder must be the top level, holding `.git`.
    if (!env.GIT_DIR && (env.GIT_WORK_TREE || found.topLevel !== realpathSync(cwd))) return false;
    const lookup = readGitSettingsCache(gitSettingsCacheFile(found.gitDir), { version, envKey: configEnvironmentKey(env), gitDir: found.gitDir });
    return lookup.status === 'hit' && !lookup.movesWorkTree;
  } catch {
    // Recovered on purpose: without proof git is asked, as it always was.
    return false;
  }
}

// The message settings of a run: from the git settings cache when every config file git reads
// is unchanged, otherwise from git (one `git config --list`), refreshing the cache. The hooks'
// tier joins the two: the git layer reads, the state layer keeps, neither knows the other.
import { gitSettingsCacheFile, readGitSettingsCache, writeGitSettingsCache } from '../cache/git-settings-cache.js';
import { CacheError, type RecoveryNotice } from '../errors.js';
import { configEnvironmentKey, readSettingsWithSources } from '../git/config-sources.js';
import type { GitContext } from '../git/repository.js';
import { readMessageSettings, type MessageSettings } from '../git/message-settings.js';
import type { GitRunner } from '../git/run-git.js';

export interface ResolvedMessageSettings {
  readonly settings: MessageSettings;
  /** `hit`: no git process ran; `miss`: git was asked (and the cache refreshed when possible); `off`: outside a repository. */
  readonly cache: 'hit' | 'miss' | 'off';
  /** Recoveries (a rebuilt or unwritable cache): a line for stderr each, and an entry for the run record. */
  readonly notices: readonly RecoveryNotice[];
}

/**
 * core.commentChar and commit.cleanup for a run in `cwd`. Throws a GitError when git has to be
 * asked and is missing or fails.
 */
export async function resolveMessageSettings(
  runner: GitRunner,
  where: { readonly cwd: string; readonly env: NodeJS.ProcessEnv; readonly git: GitContext | null; readonly version: string; readonly now: () => number },
): Promise<ResolvedMessageSettings> {
  const { cwd, env, git } = where;
  if (git === null) return { settings: await readMessageSettings(runner, cwd, env), cache: 'off', notices: [] };
  const file = gitSettingsCacheFile(git.gitDir);
  const key = { version: where.version, envKey: configEnvironmentKey(env), gitDir: git.gitDir };
  const notices: RecoveryNotice[] = [];
  const lookup = readGitSettingsCache(file, key);
  if (lookup.status === 'hit') return { settings: lookup.settings, cache: 'hit', notices };
  if (lookup.status === 'corrupt') {
    notices.push({ kind: 'cache', recovery: 'rebuild', what: 'git-settings-cache', message: `prove-hooks: the git settings cache ${file} was ${lookup.reason}; rebuilding it` });
  }
  const readAtMs = where.now();
  const fresh = await readSettingsWithSources(runner, { cwd, env, gitDir: git.gitDir, commonDir: git.commonDir });
  try {
    writeGitSettingsCache(file, key, fresh, readAtMs);
  } catch (error) {
    if (!(error instanceof CacheError)) throw error;
    notices.push({ kind: 'cache', recovery: 'skip-and-report', what: 'git-settings-cache-write', message: `prove-hooks: ${error.message}; continuing without it` });
  }
  return { settings: fresh.settings, cache: 'miss', notices };
}

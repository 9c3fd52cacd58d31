// Where a run's config is searched and cached: small enough for the commit-msg fast path, which
// must not load the config loader (cosmiconfig, zod) that hooks/resolve-config.ts imports on a miss.
import { join } from 'node:path';
import { stateDirOf } from '../state-folder.js';
import type { SearchScope } from './search-places.js';

/** What the config search needs of the repository (git/repository.ts's GitContext is one). */
export interface RepositoryPlaces {
  /** The dir shared by all worktrees, which holds the state folder. */
  readonly commonDir: string;
  /** Root of the work tree, or null without one. */
  readonly topLevel: string | null;
}

/** The search scope of a run in `cwd`: from `cwd` up to the work tree root (only `cwd` outside one). */
export function configScopeFor(cwd: string, git: RepositoryPlaces | null): SearchScope {
  return { projectDir: cwd, stopDir: git?.topLevel ?? cwd };
}

/** The cache file of a repository: shared by its worktrees, in the git common dir. */
export function configCacheFileFor(git: RepositoryPlaces | null): string | null {
  return git === null ? null : join(stateDirOf(git.commonDir), 'config-cache.json');
}

// The git facts `prove-hooks init` needs: where the work tree and the shared git dir are, and
// which hooks directory git uses. git runs through the one runner (run-git.ts).
import { GitError } from '../errors.js';
import { readGitContext } from './git-context.js';
import { createGitRunner, type GitRunner } from './run-git.js';

/** Where things are in the repository that contains a directory. Paths are absolute. */
export interface RepoLayout {
  /** Top of the work tree (of the linked worktree, when inside one). */
  readonly topLevel: string;
  /** The git dir shared by all worktrees (holds `config` and the default `hooks/`). */
  readonly commonDir: string;
  /** The value of core.hooksPath, or undefined when it is not set. */
  readonly hooksPath: string | undefined;
}

/**
 * Reads the layout of the repository around `cwd`.
 * Throws GitError when `cwd` is not inside a git work tree (none at all, or a bare repository).
 */
export async function readRepoLayout(cwd: string, env: NodeJS.ProcessEnv, git: GitRunner = createGitRunner()): Promise<RepoLayout> {
  const context = await readGitContext(git, cwd, env);
  if (context === null || context.topLevel === null) {
    throw new GitError(`not inside a git work tree (${cwd})`, {
      hint: 'Run `git init` (or clone the repository) first, then run `prove-hooks init` inside the work tree.',
    });
  }
  // `config --get` exits 1 when the key is unset: that is an answer, not a failure.
  const hooksPath = await git(['config', '--get', 'core.hooksPath'], { cwd: context.topLevel, env });
  if (hooksPath.status > 1) {
    throw new GitError(`git config --get core.hooksPath failed: ${hooksPath.stderr.trim()}`, {
      hint: 'Check that the repository config is valid: `git config --list --show-origin`.',
    });
  }
  const value = hooksPath.stdout.trim();
  return {
    topLevel: context.topLevel,
    commonDir: context.commonDir,
    hooksPath: hooksPath.status === 0 && value !== '' ? value : undefined,
  };
}

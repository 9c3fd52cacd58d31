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

/** A work tree's sparse checkout: off, cone mode with its folders, or non-cone patterns. */
export type SparseCheckout = { readonly mode: 'off' } | { readonly mode: 'cone' | 'patterns'; readonly entries: readonly string[] };

/**
 * Whether the work tree at `topLevel` is a sparse checkout, and what it keeps. git removes what
 * lies outside it, untracked folders included, so a hooks folder outside it silently stops all hooks.
 * Throws GitError when git fails for another reason than the answer "not sparse".
 */
export async function readSparseCheckout(topLevel: string, env: NodeJS.ProcessEnv, git: GitRunner = createGitRunner()): Promise<SparseCheckout> {
  // --type=bool: `yes`, `on`, `1` and `true` all mean true, as git reads them; exit 1 = unset.
  const sparse = await git(['config', '--type=bool', '--get', 'core.sparseCheckout'], { cwd: topLevel, env });
  if (sparse.status === 1 || sparse.stdout.trim() !== 'true') return { mode: 'off' };
  if (sparse.status !== 0) throw new GitError(`git config core.sparseCheckout failed: ${sparse.stderr.trim()}`);
  const cone = await git(['config', '--type=bool', '--get', 'core.sparseCheckoutCone'], { cwd: topLevel, env });
  // `sparse-checkout list` prints the cone's folders (cone mode) or the patterns, one per line.
  const list = await git(['sparse-checkout', 'list'], { cwd: topLevel, env });
  if (list.status !== 0) throw new GitError(`git sparse-checkout list failed: ${list.stderr.trim()}`);
  const entries = list.stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return { mode: cone.stdout.trim() === 'true' ? 'cone' : 'patterns', entries };
}

/** Whether a cone (its folders, as `sparse-checkout list` prints them) keeps the folder `dir` (relative, posix). */
export function coneKeeps(entries: readonly string[], dir: string): boolean {
  return entries.some((entry) => {
    const folder = entry.replace(/^\/+|\/+$/g, '');
    return dir === folder || dir.startsWith(`${folder}/`);
  });
}

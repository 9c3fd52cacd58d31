// The git queries `prove-hooks init` needs: where the work tree and the shared git dir are, and
// which hooks directory git uses. Spawns git directly (init is off the hook path).
import { execFile } from 'node:child_process';
import { GitError } from '../errors.js';

/** Result of one git run: exit status and both streams as text. */
export interface GitRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs git with `args` in `cwd`; injected so the layout logic can be driven by a fake runner. */
export type GitRunner = (args: readonly string[], cwd: string) => Promise<GitRun>;

/** The default runner: spawns `git`. Throws a GitError only when git itself cannot be started. */
export const runGit: GitRunner = (args, cwd) =>
  new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new GitError(`could not run git: ${error.message}`, { cause: error, hint: 'Install git and make sure it is on PATH.' }));
        return;
      }
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });

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
 * Throws GitError when `cwd` is not inside a git work tree (e.g. a bare repository).
 */
export async function readRepoLayout(cwd: string, git: GitRunner = runGit): Promise<RepoLayout> {
  // --path-format=absolute: --git-common-dir is relative to cwd otherwise (`.git` in the main
  // work tree), and we compare and print these paths from other directories.
  const revParse = await git(['rev-parse', '--path-format=absolute', '--show-toplevel', '--git-common-dir'], cwd);
  const [topLevel, commonDir] = revParse.stdout.split('\n');
  if (revParse.status !== 0 || !topLevel || !commonDir) {
    throw new GitError(`not inside a git work tree (${cwd})`, {
      hint: 'Run `git init` (or clone the repository) first, then run `prove-hooks init` inside the work tree.',
      cause: revParse.stderr.trim() || undefined,
    });
  }
  // `config --get` exits 1 when the key is unset: that is an answer, not a failure.
  const hooksPath = await git(['config', '--get', 'core.hooksPath'], cwd);
  if (hooksPath.status > 1) {
    throw new GitError(`git config --get core.hooksPath failed: ${hooksPath.stderr.trim()}`, {
      hint: 'Check that .git/config is readable and valid (`git config --list`).',
    });
  }
  const value = hooksPath.stdout.trim();
  return { topLevel, commonDir, hooksPath: hooksPath.status === 0 && value !== '' ? value : undefined };
}

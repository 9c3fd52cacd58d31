// Where the repository lives, asked of git itself (`rev-parse`): for callers that must be exact.
// Found on disk without git by the repository locator (src/git/repository.ts).
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { GitError } from '../errors.js';
import type { GitContext } from './repository.js';
import type { GitRunner } from './run-git.js';

export type { GitContext } from './repository.js';

/**
 * Asks git for the context of `cwd`. Resolves to null when `cwd` is not in a repository.
 * Throws a {@link GitError} when git is missing or fails for another reason.
 */
export async function readGitContext(runner: GitRunner, cwd: string, env?: NodeJS.ProcessEnv): Promise<GitContext | null> {
  const realCwd = realpathSync(cwd);
  const result = await runner(
    [
      'rev-parse',
      // Relative answers are relative to the real cwd; we resolve them ourselves because
      // --path-format=absolute needs git 2.31.
      '--git-dir',
      '--git-common-dir',
      '--is-inside-work-tree',
      // --show-cdup instead of --show-toplevel: it prints an empty line in a bare repository
      // or inside the git dir instead of failing the whole command.
      '--show-cdup',
    ],
    { cwd: realCwd, ...(env === undefined ? {} : { env }) },
  );
  if (result.status !== 0) {
    if (/not a git repository/i.test(result.stderr)) return null;
    throw new GitError(`git rev-parse failed in ${cwd} (exit ${result.status}): ${result.stderr.trim()}`, {
      hint: 'Run `git status` there to see what git reports.',
    });
  }
  const [gitDirLine = '', commonDirLine = '', insideLine = '', cdupLine = ''] = result.stdout.split('\n');
  const gitDir = resolve(realCwd, gitDirLine);
  const commonDir = resolve(realCwd, commonDirLine);
  return {
    gitDir,
    commonDir,
    topLevel: insideLine === 'true' ? resolve(realCwd, cdupLine) : null,
    isLinkedWorktree: gitDir !== commonDir,
  };
}

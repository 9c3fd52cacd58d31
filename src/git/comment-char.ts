// Reads git's comment character (core.commentChar / core.commentString), which decides which
// lines of a commit message file git strips.
import { GitError } from '../errors.js';
import type { GitRunner } from './run-git.js';

/** git's default when neither key is set. */
export const DEFAULT_COMMENT_CHAR = '#';

/**
 * The effective comment character: a character, or `auto` (git then picks one the message does
 * not start a line with). Follows every config source git reads (system, global, repository,
 * worktree, includes, `git -c`). Throws a {@link GitError} when git is missing or fails.
 */
export async function readCommentChar(runner: GitRunner, cwd: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const result = await runner(
    [
      'config',
      // One regexp reads both names: git 2.45 added core.commentString as a synonym, and the
      // last value git reads wins whichever name it used.
      '--get-regexp',
      '^core\\.comment(char|string)$',
    ],
    { cwd, ...(env === undefined ? {} : { env }) },
  );
  // Exit 1: no such key anywhere, so git uses its default.
  if (result.status === 1) return DEFAULT_COMMENT_CHAR;
  if (result.status !== 0) {
    throw new GitError(`git config could not read core.commentChar (exit ${result.status}): ${result.stderr.trim()}`, {
      hint: 'Check your git config files: `git config --list --show-origin`.',
    });
  }
  return parseCommentChar(result.stdout);
}

/** Picks the last value from `git config --get-regexp` output (`core.commentchar ;` lines). */
export function parseCommentChar(output: string): string {
  const lines = output.split('\n').filter((line) => line !== '');
  const last = lines.at(-1);
  if (last === undefined) return DEFAULT_COMMENT_CHAR;
  const space = last.indexOf(' ');
  // A key printed without a value is a boolean-style `commentChar` with no `=`: git rejects it.
  return space === -1 ? DEFAULT_COMMENT_CHAR : last.slice(space + 1);
}

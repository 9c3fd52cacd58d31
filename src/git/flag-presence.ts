// Which flag names still occur in the code at a commit (for the "extinct flag" rule on pre-push):
// one `git grep` over the commit's tree, never the work tree.
import { GitError } from '../errors.js';
import type { GitRunner, GitRunOptions } from './run-git.js';

/**
 * The subset of `names` that occur as whole words (`-w`: not inside a longer identifier) in the
 * files of `commit`, outside `excludePaths` (the registry files, which list every key).
 * Binary files are ignored. Throws GitError when git fails.
 */
export async function findNamesAtCommit(
  commit: string,
  names: readonly string[],
  excludePaths: readonly string[],
  options: GitRunOptions & { readonly runner: GitRunner; readonly within?: string },
): Promise<Set<string>> {
  const wanted = [...new Set(names)].filter((name) => name !== '' && !name.includes('\n'));
  if (wanted.length === 0) return new Set();
  const { runner, within, ...run } = options;
  const result = await runner(
    [
      'grep',
      // Print only the matched text, without file names: we only ask which names occur.
      '-o',
      '-h',
      // Whole words: `beta` must not count as found inside `alphabeta`.
      '-w',
      // The names are literals, never regexes.
      '-F',
      // Binary files are not code.
      '-I',
      // color.grep=always would wrap matches in escape codes.
      '--no-color',
      // The names come on stdin: no argument-length limit, no option injection.
      '-f',
      '-',
      commit,
      '--',
      // Only the folder a scoped registry governs (top-relative, whatever the cwd).
      within === undefined ? ':(top)' : `:(top,literal)${within}`,
      ...excludePaths.map((path) => `:(top,exclude,literal)${path}`),
    ],
    { ...run, input: `${wanted.join('\n')}\n` },
  );
  // Exit 1: no name occurs anywhere.
  if (result.status === 1) return new Set();
  if (result.status !== 0) {
    throw new GitError(`git grep at ${commit.slice(0, 12)} failed (exit ${result.status}): ${result.stderr.trim()}`, {
      hint: 'Run `git fsck` if the repository may be damaged.',
    });
  }
  return new Set(result.stdout.split('\n').filter((line) => line !== ''));
}

// Which flag names still occur in the code at a commit (for the "extinct flag" rule on pre-push):
// one `git grep` over the commit's tree, never the work tree.
import { GitError } from '../errors.js';
import { MAX_LISTING_BYTES } from './git-invocation.js';
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
      ...searchedPaths(excludePaths, within),
    ],
    // Every occurrence is printed (-o): a name used a million times is a listing's worth of output.
    { ...run, input: `${wanted.join('\n')}\n`, maxOutputBytes: MAX_LISTING_BYTES },
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

/** The pathspecs of the search: the folder a scoped registry governs (top-relative, whatever the cwd), without the registries. */
function searchedPaths(excludePaths: readonly string[], within: string | undefined): string[] {
  return [within === undefined ? ':(top)' : `:(top,literal)${within}`, ...excludePaths.map((path) => `:(top,exclude,literal)${path}`)];
}

/**
 * The files of `commit` (outside `excludePaths`, inside `within`) that {@link findNamesAtCommit}
 * does not read because git grep calls them binary: NUL bytes (a UTF-16 source), or a
 * `.gitattributes` line (`-diff`, `binary`). Repository-relative paths. Throws GitError.
 */
export async function listGrepSkippedFiles(
  commit: string,
  excludePaths: readonly string[],
  options: GitRunOptions & { readonly runner: GitRunner; readonly within?: string },
): Promise<string[]> {
  const { runner, within, ...run } = options;
  // Every file with a line (binary ones too), then the text ones: the difference is what -I skips.
  // -l -z: names only, verbatim; `-e ''` matches any line; --full-name: top-relative whatever the cwd.
  const list = async (textOnly: boolean): Promise<string[]> => {
    const args = ['grep', '-l', '-z', '--full-name', '--no-color', ...(textOnly ? ['-I'] : []), '-e', '', commit, '--', ...searchedPaths(excludePaths, within)];
    const result = await runner(args, { ...run, maxOutputBytes: MAX_LISTING_BYTES });
    if (result.status === 1) return [];
    if (result.status !== 0) throw new GitError(`git grep at ${commit.slice(0, 12)} failed (exit ${result.status}): ${result.stderr.trim()}`, { hint: 'Run `git fsck` if the repository may be damaged.' });
    // Each name is printed as `<commit>:<path>`.
    return result.stdout.split('\0').filter((name) => name !== '').map((name) => name.slice(commit.length + 1));
  };
  const [all, text] = await Promise.all([list(false), list(true)]);
  const readable = new Set(text);
  return all.filter((path) => !readable.has(path));
}

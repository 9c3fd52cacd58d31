// The second look of the pre-push extinct-flag search: files `git grep -I` skips as binary (UTF-16
// sources, text marked `-diff` or `binary` by .gitattributes) are read, decoded and searched,
// so a flag named only there is not reported extinct.
import { decodeSourceBytes } from '../core/diff/utf16-text.js';
import { findWholeWords } from '../core/flags/whole-words.js';
import { listGrepSkippedFiles } from '../git/flag-presence.js';
import { forEachBlob, type GitRunner } from '../git/run-git.js';
import { MAX_UTF16_FILE_BYTES } from './utf16-files.js';

/**
 * The subset of `names` that occur as whole words in the files of `commit` that git grep calls
 * binary, read as text when they are (UTF-8 or UTF-16; a real binary file or one over 16 MiB is
 * passed over). Stops reading once every name is found. Throws GitError.
 */
export async function findNamesInGrepSkippedFiles(
  commit: string,
  names: readonly string[],
  excludePaths: readonly string[],
  options: { readonly runner: GitRunner; readonly cwd: string; readonly env: NodeJS.ProcessEnv; readonly within?: string },
): Promise<Set<string>> {
  const found = new Set<string>();
  if (names.length === 0) return found;
  const paths = await listGrepSkippedFiles(commit, excludePaths, options);
  await forEachBlob(
    paths.map((path) => `${commit}:${path}`),
    { cwd: options.cwd, env: options.env, maxBlobBytes: MAX_UTF16_FILE_BYTES },
    (_index, bytes) => {
      if (bytes === undefined || found.size === names.length) return;
      const text = decodeSourceBytes(bytes);
      if (text === undefined) return;
      for (const name of findWholeWords(text, names.filter((wanted) => !found.has(wanted)))) found.add(name);
    },
  );
  return found;
}

// The third look at files git calls binary: those whose images are UTF-16 text (Windows editors
// write it), or text git calls binary for attributes that are not committed, are read, decoded
// and diffed here, and handed to the flag check as patch text, so a committer cannot hide flag
// references from the gate by saving a source file as UTF-16 or marking it binary.
import type { DiffFile } from '../core/diff/diff-types.js';
import { decodeSourceBytes } from '../core/diff/utf16-text.js';
import { formatTextPatch } from '../core/diff/text-patch.js';
import { lexFamilyOf } from '../core/flags/source-lexer.js';
import type { DiffTarget } from '../git/diff-stream.js';
import { readBlobs } from '../git/run-git.js';

/** Largest image read (UTF-16 takes two bytes a character): a larger file is named in the outcome, not scanned. */
export const MAX_UTF16_FILE_BYTES = 16 * 1024 * 1024;

export interface Utf16Patches {
  /** The patch text of the files with a UTF-16 image, for the diff parser (empty: none). */
  readonly patch: Buffer;
  /** The paths the patch holds (old and new), for the parser's path filter. */
  readonly paths: ReadonlySet<string>;
  /**
   * Set when files git calls binary were not scanned and may be source code: too large to tell
   * from UTF-16 text, or named like source code (`.js`, `.cs`, `.py`...) yet not text. The
   * lines the user is shown on stderr.
   */
  readonly notice: string | undefined;
}

/**
 * Reads the images of `files` (files the content diff still called binary) in one
 * `git cat-file --batch`, and writes the line changes of those where one image is text by its
 * content (UTF-16, or no NUL in its first 8,000 bytes).
 * Real binary files (images, archives) are left out, without a word unless named like source
 * code. Throws GitError.
 */
export async function readUtf16Patches(files: readonly DiffFile[], target: DiffTarget, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Utf16Patches> {
  const names: string[] = [];
  const slots: { file: DiffFile; pre: number; post: number }[] = [];
  const ask = (name: string): number => names.push(name) - 1;
  for (const file of files) {
    const post = file.newPath === null ? -1 : ask(target.kind === 'staged' ? `:0:${file.newPath}` : `${target.tip}:${file.newPath}`);
    const pre = file.oldPath === null ? -1 : ask(target.kind === 'staged' ? `HEAD:${file.oldPath}` : `${target.base}:${file.oldPath}`);
    slots.push({ file, pre, post });
  }
  const blobs = names.length === 0 ? [] : await readBlobs(names, { cwd: options.cwd, env: options.env, maxBlobBytes: MAX_UTF16_FILE_BYTES });
  let patch = '';
  const paths = new Set<string>();
  const tooLarge: string[] = [];
  const notText: string[] = [];
  for (const { file, pre, post } of slots) {
    const preBytes = pre === -1 ? undefined : blobs[pre];
    const postBytes = post === -1 ? undefined : blobs[post];
    // A new image git did not give (over the size limit; a path git has no blob for is not
    // expected) cannot be told from a binary file: named, not passed in silence.
    if (post !== -1 && postBytes === undefined) {
      tooLarge.push(file.newPath ?? '');
      continue;
    }
    // An old image over the limit (a huge UTF-16 file saved as UTF-8, or cut down) counts as
    // absent: the new one, if text, is judged whole, every line added (more findings, never
    // fewer). Its lines cannot hide behind the old image's size.
    // Text by content: a UTF-16 image, or one with no NUL in its first 8,000 bytes, which git
    // called binary only for attributes the content diff still reads ($GIT_DIR/info/attributes,
    // core.attributesFile: not committed, yet `*.js -diff` there hid a file). The other image may
    // be binary (a file converted).
    const preText = preBytes === undefined ? undefined : decodeSourceBytes(preBytes);
    const postText = postBytes === undefined ? undefined : decodeSourceBytes(postBytes);
    if (preText === undefined && postText === undefined) {
      // A file named like source code that is not text (a control byte in a UTF-16 file is
      // enough): not scanned, and said so, or a committer could hide a reference in silence.
      if (file.newPath !== null && postBytes !== undefined && lexFamilyOf(file.newPath) !== 'plain') notText.push(file.newPath);
      continue;
    }
    const text = formatTextPatch(file, preText, postText);
    if (text === '') continue;
    patch += text;
    for (const path of [file.oldPath, file.newPath]) if (path !== null) paths.add(path);
  }
  const lines = [...(tooLarge.length === 0 ? [] : [describeUnread(tooLarge)]), ...(notText.length === 0 ? [] : [describeNotText(notText)])];
  return { patch: Buffer.from(patch, 'utf8'), paths, notice: lines.length === 0 ? undefined : lines.join('\n') };
}

/** `a, b, c and 2 more`. */
function listPaths(paths: readonly string[]): string {
  return paths.slice(0, 3).map((path) => JSON.stringify(path).slice(1, -1)).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
}

/**
 * What the user can do about a file not scanned (a notice, not a block: a large or binary file is
 * usually an asset, and the same bytes saved as UTF-8 text are checked at any size).
 */
const WHAT_TO_DO = 'To have a source file checked, save it as UTF-8 text (checked at any size); if it is not source code, list it in flags.exclude.';

/** The line telling the user which files git calls binary were too large to tell from UTF-16 text. */
function describeUnread(paths: readonly string[]): string {
  const files = paths.length === 1 ? '1 file that git calls binary is' : `${paths.length} files that git calls binary are`;
  return `prove-hooks: ${files} over ${MAX_UTF16_FILE_BYTES / (1024 * 1024)} MiB and not read (${listPaths(paths)}): if one is a UTF-16 source file, its flag references were not checked. ${WHAT_TO_DO}`;
}

/** The line telling the user which files named like source code were binary and not scanned. */
function describeNotText(paths: readonly string[]): string {
  const files = paths.length === 1 ? '1 file named like source code is' : `${paths.length} files named like source code are`;
  return `prove-hooks: ${files} binary (neither UTF-8 nor UTF-16 text) and not scanned (${listPaths(paths)}): its flag references were not checked. ${WHAT_TO_DO}`;
}

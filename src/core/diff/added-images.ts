// The new content of files a diff adds, read from the diff itself: an added file's one hunk
// (`@@ -0,0 +1,N @@`) holds every line of it, so the context scan need not ask git for the blob.
import { Buffer } from 'node:buffer';
import { newHeader, parseGitLine } from './diff-header.js';

/** An added file whose content is wanted: its position in the diff, its path and line count. */
export interface AddedImageRequest {
  /** `DiffFile.index`: the file's `diff --git` header is the diff's `index`-th (from 0). */
  readonly index: number;
  readonly path: string;
  /** Lines of its hunk (`N` of `+1,N`). */
  readonly lines: number;
}

/** An added file's content, decoded, and its size in bytes. */
export interface AddedImage {
  readonly text: string;
  readonly bytes: number;
}

const HEADER = 'diff --git ';
const HUNK = /^@@ -0,0 \+1(?:,(\d+))? @@/;

/**
 * The content of each requested added file, as git stores it, found in `diff` (`git diff` patch
 * output from its start) and decoded by `decode` (as the file's blob would be: stripping the
 * `+` markers after decoding gives the same text, since invalid UTF-8 never swallows an ASCII
 * byte). A file is left out, to be read from git, unless everything agrees: its header names its
 * path, its one hunk adds exactly `lines` lines, and the diff holds all of them.
 */
export function readAddedImages(diff: Uint8Array, wanted: readonly AddedImageRequest[], decode: (bytes: Uint8Array) => string): Map<number, AddedImage> {
  const images = new Map<number, AddedImage>();
  if (wanted.length === 0) return images;
  // One character per byte: positions are byte offsets, and every search below is a native one.
  const text = Buffer.from(diff.buffer, diff.byteOffset, diff.byteLength).toString('latin1');
  const byIndex = new Map(wanted.map((request) => [request.index, request]));
  const last = Math.max(...byIndex.keys());
  // A content line starts with its marker: a line that starts `diff --git ` is always a header.
  let at = text.startsWith(HEADER) ? 0 : text.indexOf(`\n${HEADER}`) + 1;
  for (let fileIndex = 0; at > 0 || (fileIndex === 0 && text.startsWith(HEADER)); fileIndex++) {
    const next = text.indexOf(`\n${HEADER}`, at);
    const fileEnd = next === -1 ? text.length : next + 1;
    const request = byIndex.get(fileIndex);
    if (request !== undefined) {
      const image = readImage(text, at, fileEnd, request);
      if (image !== undefined) images.set(request.index, { text: finishText(decode(diff.subarray(image.start, image.end)), image.noNewline), bytes: image.end - image.start - request.lines - (image.noNewline ? 1 : 0) });
    }
    if (fileIndex >= last || next === -1) break;
    at = next + 1;
  }
  return images;
}

/** Where the added lines of the file whose section is `text[at, fileEnd)` are, when it is the file asked for. */
function readImage(text: string, at: number, fileEnd: number, request: AddedImageRequest): { start: number; end: number; noNewline: boolean } | undefined {
  const headerEnd = text.indexOf('\n', at);
  if (headerEnd === -1 || headerEnd >= fileEnd) return undefined;
  let gitLine = text.slice(at + HEADER.length, headerEnd);
  if (gitLine.endsWith('\r')) gitLine = gitLine.slice(0, -1);
  const header = newHeader();
  parseGitLine(gitLine, header);
  if (header.gitNew !== request.path) return undefined;
  const hunk = text.indexOf('\n@@ ', headerEnd - 1);
  if (hunk === -1 || hunk + 1 >= fileEnd) return undefined;
  const hunkEnd = text.indexOf('\n', hunk + 1);
  if (hunkEnd === -1) return undefined;
  const match = HUNK.exec(text.slice(hunk + 1, hunkEnd));
  const lines = match === null ? -1 : match[1] === undefined ? 1 : Number(match[1]);
  if (lines !== request.lines || lines <= 0) return undefined;
  // The hunk's lines: `lines` of them, each `+` and ending in LF.
  const start = hunkEnd + 1;
  let end = start;
  for (let k = 0; k < lines; k++) {
    if (text.charCodeAt(end) !== 43 /* + */) return undefined;
    const newline = text.indexOf('\n', end);
    if (newline === -1 || newline >= fileEnd) return undefined;
    end = newline + 1;
  }
  return { start, end, noNewline: text.charCodeAt(end) === 92 /* \ */ };
}

/** The hunk's text without its line markers (and without the last LF when git said there was none). */
function finishText(hunk: string, noNewline: boolean): string {
  const text = hunk.slice(1).replaceAll('\n+', '\n');
  return noNewline ? text.slice(0, -1) : text;
}

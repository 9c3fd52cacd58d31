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

const LF = 10;
const PLUS = 43;
const BACKSLASH = 92;
const HEADER = Buffer.from('diff --git ', 'latin1');
const HUNK = /^@@ -0,0 \+1(?:,(\d+))? @@/;

/**
 * The content of each requested added file, byte for byte as git stores it, found in `diff`
 * (`git diff` patch output from its start). A file is left out, to be read from git, unless
 * everything agrees: its header names its path, its one hunk adds exactly `lines` lines, and
 * the diff holds all of them.
 */
export function readAddedImages(diff: Uint8Array, wanted: readonly AddedImageRequest[]): Map<number, Buffer> {
  const images = new Map<number, Buffer>();
  if (wanted.length === 0) return images;
  const bytes = Buffer.from(diff.buffer, diff.byteOffset, diff.byteLength);
  const byIndex = new Map(wanted.map((request) => [request.index, request]));
  const last = Math.max(...byIndex.keys());
  let fileIndex = -1;
  let request: AddedImageRequest | undefined;
  let parts: Buffer[] = [];
  let left = 0;
  let state: 'skip' | 'header' | 'hunk' | 'after' = 'skip';
  const keep = (trimLastNewline: boolean): void => {
    if (trimLastNewline) parts[parts.length - 1] = parts[parts.length - 1]!.subarray(0, -1);
    images.set(request!.index, Buffer.concat(parts));
  };
  for (let at = 0; at < bytes.length; ) {
    const newline = bytes.indexOf(LF, at);
    const end = newline === -1 ? bytes.length : newline;
    if (state === 'hunk') {
      // Every line of the hunk is added: anything else means the diff is not what it seems.
      if (bytes[at] !== PLUS || newline === -1) {
        state = 'skip';
      } else {
        parts.push(bytes.subarray(at + 1, newline + 1));
        left -= 1;
        if (left === 0) state = 'after';
      }
      at = end + 1;
      continue;
    }
    if (state === 'after') {
      // `\ No newline at end of file` follows the last line of a file without a final LF.
      keep(bytes[at] === BACKSLASH && parts.length > 0);
      state = 'skip';
      if (bytes[at] === BACKSLASH) {
        at = end + 1;
        continue;
      }
    }
    if (startsWithHeader(bytes, at)) {
      fileIndex += 1;
      if (fileIndex > last) break;
      request = byIndex.get(fileIndex);
      state = 'skip';
      if (request !== undefined) {
        let text = bytes.toString('latin1', at + HEADER.length, end);
        if (text.endsWith('\r')) text = text.slice(0, -1);
        const header = newHeader();
        parseGitLine(text, header);
        if (header.gitNew === request.path) state = 'header';
      }
    } else if (state === 'header' && bytes[at] === 64 /* @ */) {
      const match = HUNK.exec(bytes.toString('latin1', at, Math.min(end, at + 64)));
      const lines = match === null ? -1 : match[1] === undefined ? 1 : Number(match[1]);
      if (lines === request!.lines && lines > 0) {
        state = 'hunk';
        left = lines;
        parts = [];
      } else {
        state = 'skip';
      }
    }
    at = end + 1;
  }
  if (state === 'after') keep(false);
  return images;
}

function startsWithHeader(bytes: Buffer, at: number): boolean {
  if (at + HEADER.length > bytes.length) return false;
  for (let k = 0; k < HEADER.length; k++) if (bytes[at + k] !== HEADER[k]) return false;
  return true;
}

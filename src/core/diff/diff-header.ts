// The file header lines of `git diff` output (`diff --git`, `---`/`+++`, modes, renames,
// binary): collected into a FileHeader, then turned into a DiffFile.
import type { DiffFile, FileStatus } from './diff-types.js';
import { decodeBytes, decodeGitPath, unquoteC } from './quoted-path.js';

/** What a file's header lines said so far. */
export interface FileHeader {
  gitOld: string | null;
  gitNew: string | null;
  minus: string | null | undefined;
  plus: string | null | undefined;
  renameFrom: string | null;
  renameTo: string | null;
  copy: boolean;
  created: boolean;
  deleted: boolean;
  binary: boolean;
  oldMode: string | null;
  newMode: string | null;
  indexMode: string | null;
}

/** A header with nothing read yet. */
export function newHeader(): FileHeader {
  return {
    gitOld: null,
    gitNew: null,
    minus: undefined,
    plus: undefined,
    renameFrom: null,
    renameTo: null,
    copy: false,
    created: false,
    deleted: false,
    binary: false,
    oldMode: null,
    newMode: null,
    indexMode: null,
  };
}

/** Reads `diff --git a/<old> b/<new>`: quoted tokens are exact; unquoted ones are split where both halves agree. */
export function parseGitLine(rest: string, header: FileHeader): void {
  if (rest.startsWith('"')) {
    const first = unquoteC(rest);
    const second = first.rest.startsWith(' ') ? first.rest.slice(1) : first.rest;
    header.gitOld = decodeBytes(stripPrefix(first.value));
    header.gitNew = decodeBytes(stripPrefix(second.startsWith('"') ? unquoteC(second).value : second));
    return;
  }
  const quoted = rest.indexOf(' "');
  if (quoted !== -1) {
    header.gitOld = decodeBytes(stripPrefix(rest.slice(0, quoted)));
    header.gitNew = decodeBytes(stripPrefix(unquoteC(rest.slice(quoted + 1)).value));
    return;
  }
  // Unquoted and unrenamed: "a/P b/P", so the middle is at (length - 1) / 2.
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === ' ' && rest.slice(2, half) === rest.slice(half + 3)) {
    header.gitOld = decodeBytes(rest.slice(2, half));
    header.gitNew = decodeBytes(rest.slice(half + 3));
    return;
  }
  // Renamed with spaces: ambiguous here; the `rename from/to` or ---/+++ lines will say.
  const split = rest.indexOf(' b/');
  if (split !== -1) {
    header.gitOld = decodeBytes(stripPrefix(rest.slice(0, split)));
    header.gitNew = decodeBytes(stripPrefix(rest.slice(split + 1)));
  }
}

function stripPrefix(raw: string): string {
  return raw.startsWith('a/') || raw.startsWith('b/') ? raw.slice(2) : raw;
}

/** The path of a `---`/`+++` line: null for /dev/null; a trailing TAB marks a path with spaces. */
function parseMarkerPath(field: string): string | null {
  if (field === '/dev/null') return null;
  if (field.startsWith('"')) return decodeBytes(stripPrefix(unquoteC(field).value));
  const raw = field.endsWith('\t') ? field.slice(0, -1) : field;
  return decodeBytes(stripPrefix(raw));
}

/** Reads one extended header line (`---`, `+++`, modes, rename/copy, binary, index) into `header`. */
export function parseExtendedHeader(text: string, header: FileHeader): void {
  if (text.startsWith('--- ')) header.minus = parseMarkerPath(text.slice(4));
  else if (text.startsWith('+++ ')) header.plus = parseMarkerPath(text.slice(4));
  else if (text.startsWith('new file mode ')) {
    header.created = true;
    header.newMode = text.slice(14);
  } else if (text.startsWith('deleted file mode ')) {
    header.deleted = true;
    header.oldMode = text.slice(18);
  } else if (text.startsWith('old mode ')) header.oldMode = text.slice(9);
  else if (text.startsWith('new mode ')) header.newMode = text.slice(9);
  else if (text.startsWith('rename from ')) header.renameFrom = decodeGitPath(text.slice(12));
  else if (text.startsWith('rename to ')) header.renameTo = decodeGitPath(text.slice(10));
  else if (text.startsWith('copy from ')) {
    header.copy = true;
    header.renameFrom = decodeGitPath(text.slice(10));
  } else if (text.startsWith('copy to ')) {
    header.copy = true;
    header.renameTo = decodeGitPath(text.slice(8));
  } else if (text.startsWith('Binary files ') || text === 'GIT binary patch') header.binary = true;
  else if (text.startsWith('index ')) {
    const space = text.indexOf(' ', 6);
    if (space !== -1) header.indexMode = text.slice(space + 1);
  }
}

/** The DiffFile a complete header describes; `index` is its position in the diff. */
export function buildFile(header: FileHeader, index: number): DiffFile {
  let oldPath = header.renameFrom ?? (header.minus !== undefined ? header.minus : header.gitOld);
  let newPath = header.renameTo ?? (header.plus !== undefined ? header.plus : header.gitNew);
  if (header.created) oldPath = null;
  if (header.deleted) newPath = null;
  let status: FileStatus = 'modified';
  if (header.created || (oldPath === null && newPath !== null)) status = 'added';
  else if (header.deleted || (newPath === null && oldPath !== null)) status = 'deleted';
  else if (header.renameFrom !== null || header.renameTo !== null) status = header.copy ? 'copied' : 'renamed';
  const modes = [header.oldMode, header.newMode, header.indexMode];
  return {
    index,
    oldPath,
    newPath,
    status,
    binary: header.binary,
    submodule: modes.includes('160000'),
    oldMode: header.oldMode ?? (header.created ? null : header.indexMode),
    newMode: header.newMode ?? (header.deleted ? null : header.indexMode),
  };
}

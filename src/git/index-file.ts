// One entry of a git index file, read directly: what `git ls-files -s -- <path>` prints for a
// single file, without starting a git process on every commit (see Documentation/gitformat-index).
// Only the plain cases are read here; anything unusual is `unsupported`, and the caller asks git.
import { closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** What the index holds at a path (stage 0, the staged version). */
export type IndexEntryLookup =
  /** The entry: its mode (e.g. 0o100644) and object id (lowercase hex). */
  | { readonly kind: 'entry'; readonly mode: number; readonly id: string }
  /** No stage-0 entry: not added, removed, or in a merge conflict (stages 1 to 3 only). */
  | { readonly kind: 'absent' }
  /** Not read here (split or sparse index, an unknown version, a damaged file): ask git. */
  | { readonly kind: 'unsupported'; readonly reason: string };

/** SHA-1 ids; a SHA-256 repository is `unsupported` (the caller's `hashBytes` says which). */
const SHA1_BYTES = 20;
/** ctime, mtime (8 bytes each), dev, ino, mode, uid, gid, size (4 bytes each). */
const MODE_AT = 24;
const ID_AT = 40;
const FLAGS_AT = ID_AT + SHA1_BYTES;
const ENTRY_HEADER = FLAGS_AT + 2;
const EXTENDED = 0x4000;
const NAME_MASK = 0xfff;
const DIRECTORY_MODE = 0o040000;

/** Where a repository's index is: GIT_INDEX_FILE (relative to git's folder `cwd`) or `<git dir>/index`. */
export function indexFileOf(gitDir: string, cwd: string, env: NodeJS.ProcessEnv): string {
  return env.GIT_INDEX_FILE ? resolve(cwd, env.GIT_INDEX_FILE) : join(gitDir, 'index');
}

/**
 * The staged entry of `path` as git in `cwd` with `env` sees it: {@link readIndexEntry} on the
 * index git would read, `unsupported` in a SHA-256 repository (its config names an object format).
 */
export function readStagedEntry(where: { readonly gitDir: string; readonly commonDir: string; readonly cwd: string; readonly env: NodeJS.ProcessEnv }, path: string): IndexEntryLookup {
  try {
    if (/objectformat/i.test(readFileSync(join(where.commonDir, 'config'), 'latin1'))) return unsupported('an object format other than SHA-1 may be set');
  } catch {
    return unsupported('the repository config cannot be read');
  }
  return readIndexEntry(indexFileOf(where.gitDir, where.cwd, where.env), path, where.gitDir);
}

/**
 * Reads the stage-0 entry of `path` (relative to the top level, `/`-separated, normalized) from
 * the index file `indexFile` of the repository whose git dir is `gitDir` (default: the index
 * file's folder). Never throws: an unreadable file is `unsupported` too.
 */
export function readIndexEntry(indexFile: string, path: string, gitDir = dirname(indexFile)): IndexEntryLookup {
  const wanted = Buffer.from(path, 'utf8');
  try {
    if (!mayBeSplit(gitDir, indexFile)) {
      // Sorted entries: the wanted one is usually within the first bytes (a registry at the top
      // level sorts before `src/`); a large repository's index is megabytes.
      const head = readHead(indexFile, INDEX_HEAD_BYTES);
      const found = walkIndex(head.bytes, wanted, true, head.bytes.length < head.size);
      if (found !== undefined) return found;
    }
    return findIndexEntry(readFileSync(indexFile), wanted);
  } catch (error) {
    return unsupported(`cannot read ${indexFile}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

/** How much of the index is read first when it is not split. */
const INDEX_HEAD_BYTES = 64 * 1024;

/** The first `maxBytes` of a file, and its size. */
function readHead(file: string, maxBytes: number): { bytes: Buffer; size: number } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(Math.min(size, maxBytes));
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return { bytes: bytes.subarray(0, read), size };
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the index may be split: git keeps a split index's shared part in the git dir as
 * `sharedindex.<id>`, so with no such file (in the git dir or beside the index) there is none.
 * A folder that cannot be listed counts as maybe.
 */
function mayBeSplit(gitDir: string, indexFile: string): boolean {
  try {
    for (const dir of new Set([gitDir, dirname(indexFile)])) if (readdirSync(dir).some((name) => name.startsWith('sharedindex.'))) return true;
    return false;
  } catch {
    // Recovered on purpose: unknown means the whole index is read, as git would be asked.
    return true;
  }
}

/** {@link readIndexEntry} on the bytes of a whole index file (every entry and the extensions read). Exported for tests. */
export function findIndexEntry(data: Buffer, wanted: Buffer): IndexEntryLookup {
  return walkIndex(data, wanted, false, false)!;
}

/**
 * The walk of {@link findIndexEntry}. With `stopPastPath` (the caller knows the index is not
 * split), the entries after `wanted`'s place and the extensions are not read: git keeps entries
 * sorted by name (then stage), so none after it can be it, and a sparse index's folder entry that
 * could hold it sorts before it. `partial`: `data` is the file's head; undefined when the answer
 * lies beyond it.
 */
function walkIndex(data: Buffer, wanted: Buffer, stopPastPath: boolean, partial: boolean): IndexEntryLookup | undefined {
  if (data.length < 12 + SHA1_BYTES || data.toString('latin1', 0, 4) !== 'DIRC') return unsupported('not an index file');
  const version = data.readUInt32BE(4);
  if (version < 2 || version > 4) return unsupported(`index version ${version}`);
  const count = data.readUInt32BE(8);
  const end = partial ? data.length : data.length - SHA1_BYTES;
  // Version 4 names are prefix-compressed: each is the previous one, cut, plus a suffix.
  let name = version === 4 ? Buffer.alloc(1024) : undefined;
  let nameLength = 0;
  let found: IndexEntryLookup = { kind: 'absent' };
  let at = 12;
  for (let k = 0; k < count; k++) {
    if (at + ENTRY_HEADER > end) return partial ? undefined : unsupported('the index is truncated');
    const flags = data.readUInt16BE(at + FLAGS_AT);
    const nameAt = at + ENTRY_HEADER + (version >= 3 && (flags & EXTENDED) !== 0 ? 2 : 0);
    const mode = data.readUInt32BE(at + MODE_AT);
    if ((mode & 0o170000) === DIRECTORY_MODE) return unsupported('a sparse index');
    let matches: boolean;
    let order: number;
    let next: number;
    if (name === undefined) {
      // The flags hold the name's length, or 0xFFF for 4095 bytes and more.
      const known = flags & NAME_MASK;
      const terminator = known === NAME_MASK ? data.indexOf(0, nameAt + known) : nameAt + known;
      if (terminator === -1 || terminator >= end || data[terminator] !== 0) return partial ? undefined : unsupported('the index is damaged');
      order = compareName(data, nameAt, terminator - nameAt, wanted);
      matches = order === 0;
      // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes.
      next = at + ((terminator - at + 8) & ~7);
    } else {
      const { value: cut, at: suffixAt } = readVarint(data, nameAt);
      const terminator = suffixAt < 0 ? -1 : data.indexOf(0, suffixAt);
      if (terminator === -1 || terminator >= end || cut > nameLength) return partial ? undefined : unsupported('the index is damaged');
      const kept = nameLength - cut;
      const length = kept + terminator - suffixAt;
      if (length > name.length) {
        const longer = Buffer.alloc(Math.max(length, name.length * 2));
        name.copy(longer, 0, 0, kept);
        name = longer;
      }
      data.copy(name, kept, suffixAt, terminator);
      nameLength = length;
      order = compareName(name, 0, length, wanted);
      matches = order === 0;
      next = terminator + 1;
    }
    if (matches && ((flags >> 12) & 3) === 0) {
      found = { kind: 'entry', mode, id: data.toString('hex', at + ID_AT, at + ID_AT + SHA1_BYTES) };
    }
    // Sorted: every later entry's name is after this one's, so past `wanted` none can be it.
    if (order > 0 && stopPastPath) return found;
    at = next;
  }
  // Past the last entry: nothing sorts after `wanted`, and no folder entry held it.
  if (stopPastPath) return found;
  // Extensions: a split index keeps most entries in a shared file ("link"); a sparse one folds
  // folders into single entries ("sdir"). Others (cached tree, untracked cache...) do not matter.
  while (at + 8 <= end) {
    const signature = data.toString('latin1', at, at + 4);
    if (signature === 'link' || signature === 'sdir') return unsupported(`a "${signature}" index extension`);
    at += 8 + data.readUInt32BE(at + 4);
  }
  if (at !== end) return unsupported('the index is damaged');
  return found;
}

/**
 * How the `length` bytes of `bytes` from `from` sort against `wanted` as git orders index entries
 * (bytewise, a prefix first): negative before, 0 equal, positive after. A loop, not
 * `Buffer.compare`: most names differ in their first bytes, and a native call per entry costs more.
 */
function compareName(bytes: Buffer, from: number, length: number, wanted: Buffer): number {
  const shorter = Math.min(length, wanted.length);
  for (let i = 0; i < shorter; i++) {
    const difference = bytes[from + i]! - wanted[i]!;
    if (difference !== 0) return difference;
  }
  return length - wanted.length;
}

/** Git's offset varint (varint.c): 7 bits a byte, high bit "more", each continuation adds one. */
function readVarint(data: Buffer, at: number): { value: number; at: number } {
  let byte = data[at++];
  if (byte === undefined) return { value: 0, at: -1 };
  let value = byte & 0x7f;
  while ((byte & 0x80) !== 0) {
    byte = data[at++];
    if (byte === undefined || value > 0xffffff) return { value: 0, at: -1 };
    value = ((value + 1) << 7) | (byte & 0x7f);
  }
  return { value, at };
}

function unsupported(reason: string): IndexEntryLookup {
  return { kind: 'unsupported', reason };
}

// One entry of a git index file, read directly: what `git ls-files -s -- <path>` prints for a
// single file, without starting a git process on every commit (see Documentation/gitformat-index).
// Only the plain cases are read here; anything unusual is `unsupported`, and the caller asks git.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
  return readIndexEntry(indexFileOf(where.gitDir, where.cwd, where.env), path);
}

/**
 * Reads the stage-0 entry of `path` (relative to the top level, `/`-separated, normalized) from
 * the index file `indexFile`. Never throws: an unreadable file is `unsupported` too.
 */
export function readIndexEntry(indexFile: string, path: string): IndexEntryLookup {
  let data: Buffer;
  try {
    data = readFileSync(indexFile);
  } catch (error) {
    return unsupported(`cannot read ${indexFile}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return findIndexEntry(data, Buffer.from(path, 'utf8'));
}

/** {@link readIndexEntry} on the bytes of an index file. Exported for tests. */
export function findIndexEntry(data: Buffer, wanted: Buffer): IndexEntryLookup {
  if (data.length < 12 + SHA1_BYTES || data.toString('latin1', 0, 4) !== 'DIRC') return unsupported('not an index file');
  const version = data.readUInt32BE(4);
  if (version < 2 || version > 4) return unsupported(`index version ${version}`);
  const count = data.readUInt32BE(8);
  const end = data.length - SHA1_BYTES;
  // Version 4 names are prefix-compressed: each is the previous one, cut, plus a suffix.
  let name = version === 4 ? Buffer.alloc(1024) : undefined;
  let nameLength = 0;
  let found: IndexEntryLookup = { kind: 'absent' };
  let at = 12;
  for (let k = 0; k < count; k++) {
    if (at + ENTRY_HEADER > end) return unsupported('the index is truncated');
    const flags = data.readUInt16BE(at + FLAGS_AT);
    const nameAt = at + ENTRY_HEADER + (version >= 3 && (flags & EXTENDED) !== 0 ? 2 : 0);
    const mode = data.readUInt32BE(at + MODE_AT);
    if ((mode & 0o170000) === DIRECTORY_MODE) return unsupported('a sparse index');
    let matches: boolean;
    let next: number;
    if (name === undefined) {
      // The flags hold the name's length, or 0xFFF for 4095 bytes and more.
      const known = flags & NAME_MASK;
      const terminator = known === NAME_MASK ? data.indexOf(0, nameAt + known) : nameAt + known;
      if (terminator === -1 || terminator >= end || data[terminator] !== 0) return unsupported('the index is damaged');
      matches = terminator - nameAt === wanted.length && data.compare(wanted, 0, wanted.length, nameAt, terminator) === 0;
      // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes.
      next = at + ((terminator - at + 8) & ~7);
    } else {
      const { value: cut, at: suffixAt } = readVarint(data, nameAt);
      const terminator = suffixAt < 0 ? -1 : data.indexOf(0, suffixAt);
      if (terminator === -1 || terminator >= end || cut > nameLength) return unsupported('the index is damaged');
      const kept = nameLength - cut;
      const length = kept + terminator - suffixAt;
      if (length > name.length) {
        const longer = Buffer.alloc(Math.max(length, name.length * 2));
        name.copy(longer, 0, 0, kept);
        name = longer;
      }
      data.copy(name, kept, suffixAt, terminator);
      nameLength = length;
      matches = length === wanted.length && name.compare(wanted, 0, wanted.length, 0, length) === 0;
      next = terminator + 1;
    }
    if (matches && ((flags >> 12) & 3) === 0) {
      found = { kind: 'entry', mode, id: data.toString('hex', at + ID_AT, at + ID_AT + SHA1_BYTES) };
    }
    at = next;
  }
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

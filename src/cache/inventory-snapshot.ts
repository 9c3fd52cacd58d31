// The previous run's flag inventory, kept in the git common dir next to the per-blob cache (shared
// by every worktree of a clone): the aggregate state (per file its result key and what it adds)
// and, per registry flag, its locations already serialised. A warm run of `prove-hooks flags`
// applies the few changed files to it and writes the unchanged flags' text as it was, instead of
// decoding, aggregating and serialising every reference again. Versioned, checksummed, bounded
// (one inventory: the last run's), replaced when damaged or made for another identity.
//
// Read as bytes, never decoded whole: the locations of a large repository are megabytes, and the
// unchanged flags' bytes go to the report as they are (a Buffer slice each). The files' entries
// are a line each, found by a native search for the path asked for and parsed alone: a warm run
// parses the entries of the few files it looks at, not tens of thousands. The checksum is
// zlib's native crc32 over the body's bytes (a damaged file is what it guards against, not an
// attacker): sha1 of the decoded text cost a warm run more than the rest of the read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { SkippedFile } from '../core/flags/inventory.js';
import type { FileEntry, InventoryState, PreviousState } from '../core/flags/inventory-delta.js';
import { stateDirOf } from '../state-folder.js';
import { isOtherFormatOf, writeStateFile } from '../state-dir.js';

export const INVENTORY_SNAPSHOT_FILE = 'flag-inventory.snapshot';
export const INVENTORY_SNAPSHOT_FORMAT = 'prove-hooks/flag-inventory-snapshot@3';

/**
 * The work tree listing the snapshot was made from: when the index is the same (equal digests),
 * only the files listed as changed now or then, and those without a kept result, can differ from
 * it, and the files skipped before any read are the same.
 */
export interface SnapshotListing {
  /** IndexListing.digest; null for a commit's tree (never taken as the same). */
  readonly digest: string | null;
  /** How many files the listing had. */
  readonly listed: number;
  /** The paths git listed as changed in the work tree. */
  readonly changed: readonly string[];
  /** The files skipped before any read (registry files, excluded, outside the scopes, not files). */
  readonly skipped: readonly SkippedFile[];
}

/** Per position in Inventory.flags, its locations serialised (the JSON report's text, without brackets), as UTF-8 bytes. */
export interface SnapshotLocations {
  readonly count: number;
  bytes(position: number): Buffer;
  text(position: number): string;
}

export interface InventorySnapshot {
  /** The identity it was made for (detection, registries, day, bounds): another identity is not used. */
  readonly identity: string;
  readonly listing: SnapshotListing;
  readonly state: PreviousState;
  readonly locations: SnapshotLocations;
}

/** What is written: per flag its serialised locations, as text or as the bytes of an earlier snapshot. */
export interface SnapshotToWrite {
  readonly identity: string;
  readonly listing: SnapshotListing;
  readonly state: InventoryState;
  readonly locations: readonly (string | Uint8Array)[];
}

export type SnapshotRead = { readonly kind: 'ok'; readonly snapshot: InventorySnapshot } | { readonly kind: 'none' } | { readonly kind: 'damaged'; readonly reason: string };

export function inventorySnapshotFileFor(gitCommonDir: string): string {
  return join(stateDirOf(gitCommonDir), INVENTORY_SNAPSHOT_FILE);
}

/** sha1 of a JSON description of everything the inventory depends on besides the files. */
export function snapshotIdentity(description: unknown): string {
  return createHash('sha1').update(JSON.stringify(description)).digest('hex');
}

/** Reads the snapshot made for `identity`; another identity, version or a missing file is `none`, a damaged one `damaged`. */
export function readInventorySnapshot(file: string, identity: string): SnapshotRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    // Recovered on purpose: without a snapshot the inventory is aggregated from every file's result.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'none' } : { kind: 'damaged', reason: `unreadable (${(error as Error).message})` };
  }
  return parseSnapshot(bytes, identity);
}

/**
 * What is wrong with a snapshot file, or undefined when it is whole (or of another version,
 * which a run replaces). For `doctor`: the same reading a run does, for the identity the file names.
 */
export function inventorySnapshotProblem(text: string | Buffer): string | undefined {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const lf = bytes.indexOf(0x0a);
  const madeFor = (lf === -1 ? '' : bytes.toString('latin1', 0, lf)).split(' ')[3] ?? '';
  const read = parseSnapshot(bytes, madeFor);
  return read.kind === 'damaged' ? read.reason : undefined;
}

/** The header line: `<format> <crc32 of the body, 8 hex digits> <body length in bytes> <identity>`. */
function parseSnapshot(bytes: Buffer, identity: string): SnapshotRead {
  const lf = bytes.indexOf(0x0a);
  if (lf === -1) return { kind: 'damaged', reason: 'cut short' };
  // The header is ASCII; a longer first line is not ours.
  if (lf > 400) return { kind: 'damaged', reason: 'not a flag inventory snapshot' };
  const [format, checksum, length, madeFor] = bytes.toString('latin1', 0, lf).split(' ');
  if (isOtherFormatOf(format, INVENTORY_SNAPSHOT_FORMAT)) return { kind: 'none' };
  if (format !== INVENTORY_SNAPSHOT_FORMAT) return { kind: 'damaged', reason: 'not a flag inventory snapshot' };
  if (madeFor !== identity) return { kind: 'none' };
  const start = lf + 1;
  // The body ends with a line feed, not counted.
  const end = bytes.length > start && bytes[bytes.length - 1] === 0x0a ? bytes.length - 1 : bytes.length;
  const body = bytes.subarray(start, end);
  if (String(body.length) !== length || checksumOf(body) !== checksum) return { kind: 'damaged', reason: 'damaged (checksum mismatch)' };
  // Line 1 the listing, line 2 the state's head (counts, unknown keys, summary, how many files),
  // then a line per file entry, then a line per flag.
  // A line ends at its LF, or at the end of the body (the body's last LF is not part of it).
  const lineEnd = (at: number): number => {
    const lf = body.indexOf(0x0a, at);
    return lf === -1 ? body.length : lf;
  };
  const listingEnd = lineEnd(0);
  if (listingEnd === body.length) return { kind: 'damaged', reason: 'damaged' };
  const headEnd = lineEnd(listingEnd + 1);
  try {
    const listing = JSON.parse(body.toString('utf8', 0, listingEnd)) as SnapshotListing;
    if (listing === null || (typeof listing.digest !== 'string' && listing.digest !== null) || !Number.isSafeInteger(listing.listed) || !Array.isArray(listing.changed) || !Array.isArray(listing.skipped)) {
      return { kind: 'damaged', reason: 'damaged' };
    }
    const head = JSON.parse(body.toString('utf8', listingEnd + 1, headEnd)) as StateHead;
    if (head === null || !Number.isSafeInteger(head.files) || head.files < 0 || !Number.isSafeInteger(head.filesBytes) || head.filesBytes < 0 || !Array.isArray(head.counts) || !Array.isArray(head.unknown) || head.summary === null || typeof head.summary !== 'object') {
      return { kind: 'damaged', reason: 'damaged' };
    }
    // The entries' lines, each after a LF, take `filesBytes` bytes from the head's line end; a LF before each flag's line follows.
    const filesEnd = headEnd + head.filesBytes;
    if (filesEnd > body.length || (head.files > 0 && body[headEnd] !== 0x0a) || (head.counts.length > 0 && body[filesEnd] !== 0x0a)) return { kind: 'damaged', reason: 'damaged' };
    // Where each flag's line starts and ends: found with indexOf, the bytes themselves stay as they are.
    const bounds: number[] = [];
    for (let at = filesEnd + 1; head.counts.length > 0 && at <= body.length; ) {
      const end = lineEnd(at);
      bounds.push(at, end);
      at = end + 1;
    }
    if (bounds.length / 2 !== head.counts.length) return { kind: 'damaged', reason: 'damaged' };
    const locations: SnapshotLocations = {
      count: bounds.length / 2,
      bytes: (position) => body.subarray(bounds[position * 2]!, bounds[position * 2 + 1]!),
      text: (position) => body.toString('utf8', bounds[position * 2]!, bounds[position * 2 + 1]!),
    };
    return { kind: 'ok', snapshot: { identity, listing, state: previousStateIn(head.files === 0 ? Buffer.alloc(0) : body.subarray(headEnd + 1, filesEnd), head), locations } };
  } catch {
    // Recovered on purpose: the checksum held but the text is not ours; rebuilt by this run.
    return { kind: 'damaged', reason: 'damaged' };
  }
}

/** The state's line before the entries: all of it but the entries, and how many there are. */
type StateHead = Omit<InventoryState, 'files'> & { readonly files: number; readonly filesBytes: number };

/** An entry's line: the path first, so that `{"path":<path as JSON>,` starts exactly that entry's line. */
function entryLine(entry: FileEntry): string {
  const { path, ...fields } = entry;
  return JSON.stringify({ path, ...fields });
}

/**
 * The entries' lines (each ends with a LF) as a PreviousState. A JSON string never holds a bare
 * `"`, so `{"path":"…",` and `"key":"…"` occur in these lines only as an entry's own fields.
 */
function previousStateIn(lines: Buffer, head: StateHead): PreviousState {
  let all: FileEntry[] | undefined;
  const end = lines.length;
  const lineAround = (at: number): FileEntry => {
    const start = lines.lastIndexOf(0x0a, at) + 1;
    const lf = lines.indexOf(0x0a, at);
    return JSON.parse(lines.toString('utf8', start, lf === -1 ? end : lf)) as FileEntry;
  };
  const entryOf = (path: string): FileEntry | undefined => {
    const needle = Buffer.from(`{"path":${JSON.stringify(path)},`, 'utf8');
    for (let at = lines.indexOf(needle); at !== -1; at = lines.indexOf(needle, at + 1)) {
      if (at > 0 && lines[at - 1] !== 0x0a) continue;
      const entry = lineAround(at);
      if (entry.path === path) return entry;
    }
    return undefined;
  };
  return {
    fileCount: head.files,
    counts: head.counts,
    unknown: head.unknown,
    summary: head.summary,
    entriesOf: (paths) => {
      if (all !== undefined) return all.filter((entry) => paths.has(entry.path));
      const found: FileEntry[] = [];
      for (const path of paths) {
        const entry = entryOf(path);
        if (entry !== undefined) found.push(entry);
      }
      return found;
    },
    allFiles: () => (all ??= head.files === 0 ? [] : lines.toString('utf8', 0, end).split('\n').map((line) => JSON.parse(line) as FileEntry)),
    hasKey: (key) => lines.indexOf(`"key":${JSON.stringify(key)}`, 0, 'utf8') !== -1,
    unkeptPaths: () => {
      const paths: string[] = [];
      for (let at = lines.indexOf('"key":"",'); at !== -1; at = lines.indexOf('"key":"",', at + 1)) paths.push(lineAround(at).path);
      return paths;
    },
  };
}

/** Writes the snapshot; a failure is returned as a notice (the inventory is complete without it). */
export function writeInventorySnapshot(file: string, snapshot: SnapshotToWrite): string | undefined {
  // Written part by part: the body of a large repository is megabytes, never joined into one more
  // string or buffer (crc32 and byteLength read a string as UTF-8 without keeping its bytes).
  const { files, ...rest } = snapshot.state;
  // Each entry's line and each flag's line after a LF, the entries' lines joined in parts of about
  // a megabyte: a part per line cost a write, a checksum and two byte counts each (20,000 lines on
  // the bench's repository).
  const entryParts = joinInParts(files.map((entry) => `\n${entryLine(entry)}`));
  let filesBytes = 0;
  for (const part of entryParts) filesBytes += Buffer.byteLength(part, 'utf8');
  const head: StateHead = { ...rest, files: files.length, filesBytes };
  const parts: (string | Uint8Array)[] = [JSON.stringify(snapshot.listing), '\n', JSON.stringify(head), ...entryParts];
  // A flag's locations stay a part of their own (1,000 of them; joined, they would be a second copy of megabytes).
  for (const locations of snapshot.locations) {
    if (typeof locations === 'string') parts.push(`\n${locations}`);
    else parts.push('\n', locations);
  }
  let crc = 0;
  let length = 0;
  for (const part of parts) {
    crc = crc32(part, crc);
    length += typeof part === 'string' ? Buffer.byteLength(part, 'utf8') : part.length;
  }
  const header = `${INVENTORY_SNAPSHOT_FORMAT} ${hex8(crc)} ${length} ${snapshot.identity}\n`;
  // Text goes to the file as it is (no buffer per part); the bytes of an earlier snapshot with the line end before them.
  function* bytes(): Generator<Uint8Array | string> {
    yield header;
    for (const part of parts) yield part;
    yield '\n';
  }
  try {
    writeStateFile(file, bytes());
    return undefined;
  } catch (error) {
    return `prove-hooks: cannot write the flag inventory snapshot ${file} (${(error as Error).message}); the next run aggregates every file again`;
  }
}


/** About this many characters of text make one part of the file. */
const PART_CHARS = 1 << 20;

/** `texts` joined, in order, into strings that each end once PART_CHARS characters are reached (the last may be shorter). */
function joinInParts(texts: readonly string[]): string[] {
  const parts: string[] = [];
  let from = 0;
  let chars = 0;
  for (let at = 0; at < texts.length; at += 1) {
    chars += texts[at]!.length;
    if (chars < PART_CHARS) continue;
    parts.push(texts.slice(from, at + 1).join(''));
    from = at + 1;
    chars = 0;
  }
  if (from < texts.length) parts.push(texts.slice(from).join(''));
  return parts;
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

function checksumOf(body: Buffer): string {
  return hex8(crc32(body));
}

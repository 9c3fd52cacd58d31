// The per-clone timing log: append-only JSON lines, one O_APPEND write per record, bounded by a
// compaction under a lock that never loses a record appended while it runs: an append whose file a
// compaction replaced writes again holding the same lock, so no compaction can replace it again.
import { closeSync, constants, fstatSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { isProcessAlive, tryAcquireLock, type LockOptions } from './lock-file.js';
import { formatRunRecordLine, parseRunRecord, type RunPath, type RunRecord } from './run-record.js';

/** How a read went: the records, plus what was skipped so callers can say so. */
export interface RunLogRead {
  /** Valid records in log order (oldest first), duplicates by id removed. */
  readonly records: RunRecord[];
  /** Lines that are not valid JSON records (torn writes, hand edits). */
  readonly corrupt: number;
  /** Records of a format version this build does not know (written by another prove-hooks). */
  readonly unknownVersion: number;
  /** Size of the log file in bytes (0 when it does not exist). */
  readonly sizeBytes: number;
}

export interface AppendResult {
  /** Size of the log after the append, in bytes. */
  readonly sizeBytes: number;
  /** How many times the record was written (more than 1 when a compaction replaced the file). */
  readonly writes: number;
}

/** The compaction's lock, which an append takes only after a compaction replaced its file. */
export interface AppendOptions {
  readonly lockPath: string;
  /** The lock's owner and clock, made only when an append must retry. */
  readonly lock: () => LockOptions;
  /** Blocks for `ms` milliseconds (a hook's last step has nothing else to do meanwhile). */
  readonly sleep: (ms: number) => void;
  /**
   * How long an append waits, from its first retry, for a compaction holding the lock before it
   * gives up (ms). Only a compaction that hangs (its lock not yet stale) makes an append wait so long.
   */
  readonly patienceMs: number;
}

/** Retries before an append may give up, however fast the clock runs (a process descheduled for the whole patience tries at least this often). */
const MIN_RETRIES = 8;
const MAX_BACKOFF_MS = 20;
/** A compaction lock older than this is stale whatever its owner (the hooks' compactions use the same). */
export const STALE_LOCK_MS = 30_000;
const APPEND_PATIENCE_MS = 2_000;
const NEWLINE = Buffer.from('\n');

/**
 * Appends one record as a single write to a file opened with O_APPEND, so concurrent writers
 * never interleave. If a compaction replaced the file between open and write, the record is
 * written again, holding the compaction's lock when it is free, so the file cannot be replaced
 * under that write (readers drop the possible duplicate by id); while another process holds
 * the lock (a compaction running) it writes without it and, if replaced again, retries after a
 * growing back-off. Throws on I/O errors, and when every retry for `patienceMs` (and at least
 * {@link MIN_RETRIES} of them) met a held lock and a replaced file.
 */
export function appendRunRecord(path: string, record: RunRecord, options: AppendOptions = appendOptionsFor(path)): AppendResult {
  // UTF-8 by default (naming it costs node's encoding lookup, compiled on every hook run for this call).
  const line = Buffer.from(formatRunRecordLine(record));
  let writes = 1;
  const first = appendLineOnce(path, line);
  if (first !== undefined) return { sizeBytes: first, writes };
  const lock = options.lock();
  const giveUpAt = lock.nowEpochMs() + options.patienceMs;
  for (let retry = 1, backoffMs = 1; ; retry++, backoffMs = Math.min(2 * backoffMs, MAX_BACKOFF_MS)) {
    const held = tryAcquireLock(options.lockPath, lock);
    writes++;
    try {
      // Holding the lock, no compaction replaces the file (unless one broke the lock as stale:
      // then once more). Without it, the compaction that holds it may be done already, and
      // the write lands unless yet another one completes under it.
      const sizeBytes = appendLineOnce(path, line);
      if (sizeBytes !== undefined) return { sizeBytes, writes };
    } finally {
      held?.release();
    }
    if (retry >= MIN_RETRIES && lock.nowEpochMs() >= giveUpAt) {
      throw new Error(`${path} was being compacted for ${options.patienceMs} ms while appending; giving up on this record`);
    }
    options.sleep(backoffMs);
  }
}

/**
 * The append options of a log whose compaction lock is `<log>.lock` (as runLogPaths names it):
 * this process as the owner, the wall clock, a lock stale after 30 s, a 2 s patience, and a
 * sleep that blocks the thread (Atomics.wait: no busy loop).
 */
export function appendOptionsFor(path: string, lockPath = `${path}.lock`): AppendOptions {
  return {
    lockPath,
    lock: () => ({ pid: process.pid, token: `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`, nowEpochMs: () => Date.now(), staleAfterMs: STALE_LOCK_MS, isAlive: isProcessAlive }),
    sleep: (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms),
    patienceMs: APPEND_PATIENCE_MS,
  };
}

/**
 * One append of `line` (a torn last line is ended first): the log's size after it, or undefined
 * when a compaction replaced the file between the open and the check (the line went to the old file).
 */
function appendLineOnce(path: string, line: Buffer): number | undefined {
  // 'a+' without following a symbolic link: a link planted as the log never leads a write out of the git dir.
  const fd = openSync(path, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o666);
  try {
    const before = fstatSync(fd);
    // After a crash mid-write the file ends in a torn line; start on a fresh line so this record
    // is not glued to it. (A write in flight elsewhere may also look torn: that costs one empty line.)
    const bytes = endsWithTornLine(fd, before.size) ? Buffer.concat([NEWLINE, line]) : line;
    const written = writeSync(fd, bytes);
    if (written !== bytes.length) throw new Error(`short write to ${path}: ${written} of ${bytes.length} bytes`);
    const current = statOrUndefined(path);
    // The size only decides when to compact, so the path's size (ours included) is enough.
    return current !== undefined && current.ino === before.ino && current.dev === before.dev ? current.size : undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the last `maxBytes` of the log (all of it when omitted). A partial first line (cut by
 * the window) and a partial last line (a write in flight) are ignored, not counted as corrupt.
 */
export function readRunLog(path: string, options: { maxBytes?: number; hook?: string; newest?: number; path?: RunPath } = {}): RunLogRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], corrupt: 0, unknownVersion: 0, sizeBytes: 0 };
    throw error;
  }
  try {
    const sizeBytes = fstatSync(fd).size;
    const start = options.maxBytes === undefined ? 0 : Math.max(0, sizeBytes - options.maxBytes);
    const buffer = readRange(fd, start, sizeBytes);
    const firstNewline = start === 0 ? -1 : buffer.indexOf(0x0a);
    const end = buffer.lastIndexOf(0x0a) + 1;
    const text = buffer.toString('utf8', firstNewline + 1, Math.max(end, firstNewline + 1));
    return { ...(options.newest === undefined ? parseLines(text, options.hook) : parseNewestLines(text, options.newest, options.hook, options.path)), sizeBytes };
  } finally {
    closeSync(fd);
  }
}

/** Parses complete log lines; `hook` skips other hooks' lines before paying for JSON.parse. */
export function parseLines(text: string, hook?: string): Omit<RunLogRead, 'sizeBytes'> {
  const records: RunRecord[] = [];
  const seen = new Set<string>();
  let corrupt = 0;
  let unknownVersion = 0;
  const needle = hook === undefined ? undefined : `"hook":${JSON.stringify(hook)}`;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (needle !== undefined && !line.includes(needle)) continue;
    const parsed = parseRunRecord(line);
    if (!parsed.ok) {
      if (parsed.problem === 'corrupt') corrupt++;
      else unknownVersion++;
      continue;
    }
    if (seen.has(parsed.record.id)) continue;
    seen.add(parsed.record.id);
    if (hook === undefined || parsed.record.hook === hook) records.push(parsed.record);
  }
  return { records, corrupt, unknownVersion };
}

/**
 * Like parseLines, but only the newest `count` records (of `hook`, and of the code path `path`
 * when given), walking back from the end, so a hook pays for parsing the few records its
 * baseline needs, however long the log is.
 */
export function parseNewestLines(text: string, count: number, hook?: string, path?: RunPath): Omit<RunLogRead, 'sizeBytes'> {
  const newestFirst: RunRecord[] = [];
  const seen = new Set<string>();
  let corrupt = 0;
  let unknownVersion = 0;
  const needle = hook === undefined ? undefined : `"hook":${JSON.stringify(hook)}`;
  let end = text.length;
  while (end > 0 && newestFirst.length < count) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() === '' || (needle !== undefined && !line.includes(needle))) continue;
    const parsed = parseRunRecord(line);
    if (!parsed.ok) {
      if (parsed.problem === 'corrupt') corrupt++;
      else unknownVersion++;
      continue;
    }
    if (seen.has(parsed.record.id) || (hook !== undefined && parsed.record.hook !== hook) || (path !== undefined && parsed.record.path !== path)) continue;
    seen.add(parsed.record.id);
    newestFirst.push(parsed.record);
  }
  return { records: newestFirst.reverse(), corrupt, unknownVersion };
}

export interface CompactOptions {
  /** Newest valid records to keep (records of unknown versions are kept too and count). */
  readonly keepRecords: number;
  readonly lockPath: string;
  readonly lock: LockOptions;
  /**
   * A record that replaces the kept line of the same id (the compacting run's own record, which
   * notes the compaction as a recovery): the compaction leaves a trace in the log it rewrites.
   */
  readonly amend?: RunRecord;
}

export type CompactResult =
  | { readonly compacted: true; readonly kept: number; readonly dropped: number; readonly corrupt: number; readonly brokeStaleLock: boolean }
  | { readonly compacted: false; readonly reason: 'locked' | 'missing' };

/**
 * Rewrites the log with its newest `keepRecords` records, under the lock (skips if it is held).
 * Records appended meanwhile are kept: after the atomic rename, whatever reached the old file
 * since the snapshot is copied over, and writers that find their file replaced write again.
 */
export function compactRunLog(path: string, options: CompactOptions): CompactResult {
  const lock = tryAcquireLock(options.lockPath, options.lock);
  if (lock === undefined) return { compacted: false, reason: 'locked' };
  try {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { compacted: false, reason: 'missing' };
      throw error;
    }
    try {
      const snapshot = readRange(fd, 0, fstatSync(fd).size);
      const snapshotEnd = snapshot.lastIndexOf(0x0a) + 1;
      const { lines, corrupt, total } = selectNewestLines(snapshot.toString('utf8', 0, snapshotEnd), options.keepRecords, options.amend);
      const temp = `${path}.${options.lock.pid}-${options.lock.token}.tmp`;
      writeWholeFile(temp, lines.length === 0 ? '' : `${lines.join('\n')}\n`);
      try {
        renameSync(temp, path);
      } catch (error) {
        unlinkSync(temp);
        throw error;
      }
      copyCompleteTail(fd, snapshotEnd, path);
      return { compacted: true, kept: lines.length, dropped: total - lines.length, corrupt, brokeStaleLock: lock.brokeStale };
    } finally {
      closeSync(fd);
    }
  } finally {
    lock.release();
  }
}

/** The newest `keep` lines that are records (valid, or of an unknown version), duplicates dropped. */
function selectNewestLines(text: string, keep: number, amend?: RunRecord): { lines: string[]; corrupt: number; total: number } {
  const kept: string[] = [];
  const seen = new Set<string>();
  let corrupt = 0;
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const parsed = parseRunRecord(line);
    if (!parsed.ok && parsed.problem === 'corrupt') {
      corrupt++;
      continue;
    }
    if (parsed.ok) {
      if (seen.has(parsed.record.id)) continue;
      seen.add(parsed.record.id);
    }
    total++;
    kept.push(parsed.ok && amend !== undefined && parsed.record.id === amend.id ? formatRunRecordLine(amend).trimEnd() : line);
  }
  return { lines: kept.slice(Math.max(0, kept.length - keep)), corrupt, total };
}

/** Copies complete lines written to the old file after `from` into the new log (one append). */
function copyCompleteTail(oldFd: number, from: number, path: string): void {
  const tail = readRange(oldFd, from, fstatSync(oldFd).size);
  const end = tail.lastIndexOf(0x0a) + 1;
  // A partial last line is a write still in flight: its writer will see the file was replaced
  // and write the record again, so copying it would only create a torn line.
  if (end === 0) return;
  const fd = openSync(path, 'a');
  try {
    writeSync(fd, tail.subarray(0, end));
  } finally {
    closeSync(fd);
  }
}

function endsWithTornLine(fd: number, size: number): boolean {
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}

function readRange(fd: number, start: number, end: number): Buffer {
  const buffer = Buffer.alloc(Math.max(0, end - start));
  let offset = 0;
  while (offset < buffer.length) {
    const read = readSync(fd, buffer, offset, buffer.length - offset, start + offset);
    if (read === 0) break;
    offset += read;
  }
  return buffer.subarray(0, offset);
}

function writeWholeFile(path: string, text: string): void {
  const fd = openSync(path, 'wx');
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

// The config cache: the validated config as JSON in the git common dir, valid while every
// search place is unchanged, so a commit-msg run skips cosmiconfig and zod entirely.
import { lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { CacheError } from '../errors.js';
import { checksumOf as checksumOfText } from '../checksum.js';
import { isOtherFormatOf, writeStateFile } from '../state-dir.js';

/** Marks our files; anything else at the path is foreign and gets replaced. */
export const CONFIG_CACHE_FORMAT = 'prove-hooks/config-cache@3';

/** Entries kept (one per project folder: worktrees of one repository share the file). */
export const CONFIG_CACHE_MAX_ENTRIES = 16;

/** What the cache holds for a project folder. */
export interface CachedConfig {
  /** The validated config, defaults applied. JSON data only. */
  readonly config: unknown;
  /** The file it came from, or null for the defaults. */
  readonly filePath: string | null;
}

/**
 * A candidate path's state: `[path]` when it is absent or a folder, else `[path, size, mtimeMs]` (the
 * modification time as node's `mtimeMs`, a fraction of a microsecond fine, written as text; the
 * file's content is compared too). {@link NOT_LOADABLE} for a path the loader refuses.
 */
type CandidateState = [path: string] | [path: string, size: number, mtimeMs: string];

interface CacheEntry {
  readonly stopDir: string;
  readonly candidates: CandidateState[];
  /** The config file and its whole content: comparing it is cheaper than hashing it. */
  readonly found: { readonly path: string; readonly content: string } | null;
  readonly config: unknown;
  /** Checksum of the fields above: a damaged or edited entry is never trusted. */
  readonly checksum: string;
}

interface CacheFile {
  readonly format: typeof CONFIG_CACHE_FORMAT;
  readonly version: string;
  readonly entries: Record<string, CacheEntry>;
}

/**
 * Which config search an entry answers for: its folders and every path it may look at, in search
 * order (config/search-places.ts `describeConfigSearch` gives them; passed in by the hooks' tier).
 */
export interface ConfigSearchKey {
  readonly projectDir: string;
  readonly stopDir: string;
  readonly candidates: readonly string[];
}

/** The state of the search places, taken before a load so that a change during it is a miss later. */
export interface CandidateSnapshot {
  readonly candidates: CandidateState[];
}

/** Result of a lookup: a discriminated union, never an exception. */
export type ConfigCacheLookup =
  | { readonly status: 'hit'; readonly value: CachedConfig }
  | { readonly status: 'miss'; readonly reason: 'absent' | 'other-version' | 'no-entry' | 'changed' }
  | { readonly status: 'corrupt'; readonly reason: string };

/** Records the state of every search place of `search`. */
export function snapshotCandidates(search: ConfigSearchKey): CandidateSnapshot {
  return { candidates: search.candidates.map(readCandidateState) };
}

/** Looks up `search` in the cache file. Reads only; never throws for a bad or missing file. */
export function readConfigCache(cacheFile: string, search: ConfigSearchKey, version: string): ConfigCacheLookup {
  let text: string;
  try {
    text = readFileSync(cacheFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'miss', reason: 'absent' };
    return { status: 'corrupt', reason: `unreadable (${code ?? 'error'})` };
  }
  const file = parseCacheFile(text);
  // Another format of ours (another prove-hooks version shares the clone): replaced quietly.
  if (file === OTHER_FORMAT) return { status: 'miss', reason: 'other-version' };
  if (typeof file === 'string') return { status: 'corrupt', reason: file };
  if (file.version !== version) return { status: 'miss', reason: 'other-version' };
  const entry = file.entries[search.projectDir];
  if (entry === undefined) return { status: 'miss', reason: 'no-entry' };
  if (!isEntry(entry) || entry.checksum !== checksumOf(entry)) return { status: 'corrupt', reason: 'an entry fails its checksum' };
  if (entry.stopDir !== search.stopDir || !isUnchanged(entry, search)) return { status: 'miss', reason: 'changed' };
  return { status: 'hit', value: { config: entry.config, filePath: entry.found?.path ?? null } };
}

/**
 * Stores `value` for `search`, with the `snapshot` taken before it was loaded. Keeps other
 * folders' entries from a valid file. Writes a temporary file and renames it, so a reader never
 * sees half a file and concurrent writers cannot corrupt it (the last one wins).
 * Returns false (and writes nothing) when a search place changed since the snapshot.
 * Throws a {@link CacheError} when the file cannot be written.
 */
export function writeConfigCache(cacheFile: string, search: ConfigSearchKey, version: string, snapshot: CandidateSnapshot, value: CachedConfig): boolean {
  // A search place that changed while the config was loading: what we loaded may be either
  // version, so store nothing and load again next time.
  if (!sameStates(snapshot.candidates, snapshotCandidates(search).candidates)) return false;
  const content = value.filePath === null ? null : readContent(value.filePath);
  // The file vanished after it was loaded: nothing provable to store.
  if (value.filePath !== null && content === null) return false;
  const found = value.filePath === null || content === null ? null : { path: value.filePath, content };
  const body = { stopDir: search.stopDir, candidates: snapshot.candidates, found, config: value.config };
  const entry: CacheEntry = { ...body, checksum: checksumOf(body) };
  const entries: Record<string, CacheEntry> = {};
  const previous = readPreviousEntries(cacheFile, version);
  const keep = Object.keys(previous).filter((key) => key !== search.projectDir).slice(-(CONFIG_CACHE_MAX_ENTRIES - 1));
  for (const key of keep) entries[key] = previous[key]!;
  entries[search.projectDir] = entry;
  const file: CacheFile = { format: CONFIG_CACHE_FORMAT, version, entries };
  try {
    writeStateFile(cacheFile, `${JSON.stringify(file)}\n`);
  } catch (error) {
    throw new CacheError(`cannot write the config cache ${cacheFile}: ${(error as Error).message}`, { cause: error });
  }
  return true;
}

function readPreviousEntries(cacheFile: string, version: string): Record<string, CacheEntry> {
  let text: string;
  try {
    text = readFileSync(cacheFile, 'utf8');
  } catch {
    // Absent or unreadable: the new file starts empty (the cache is derived data).
    return {};
  }
  const file = parseCacheFile(text);
  return typeof file === 'string' || file.version !== version ? {} : file.entries;
}

const OTHER_FORMAT = 'another format of the prove-hooks config cache';

/** Parses and checks the outer shape; a string explains why the file is not ours (or is {@link OTHER_FORMAT}). */
function parseCacheFile(text: string): CacheFile | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  if (isRecord(data) && isOtherFormatOf(data.format, CONFIG_CACHE_FORMAT)) return OTHER_FORMAT;
  if (!isRecord(data) || data.format !== CONFIG_CACHE_FORMAT) return 'not a prove-hooks config cache';
  if (typeof data.version !== 'string' || !isRecord(data.entries)) return 'malformed';
  return data as unknown as CacheFile;
}

function isEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value)) return false;
  const { stopDir, candidates, found, config, checksum } = value;
  return (
    typeof stopDir === 'string' &&
    typeof checksum === 'string' &&
    isRecord(config) &&
    Array.isArray(candidates) &&
    candidates.every(isCandidateState) &&
    (found === null || (isRecord(found) && typeof found.path === 'string' && typeof found.content === 'string'))
  );
}

function isCandidateState(value: unknown): value is CandidateState {
  if (!Array.isArray(value) || typeof value[0] !== 'string') return false;
  return value.length === 1 || (value.length === 3 && typeof value[1] === 'number' && typeof value[2] === 'string');
}

function isUnchanged(entry: CacheEntry, search: ConfigSearchKey): boolean {
  const paths = search.candidates;
  if (paths.length !== entry.candidates.length) return false;
  // One directory listing per folder instead of a stat per candidate name (eleven per folder):
  // a name that is not listed cannot be a file, so only listed names are stat'ed.
  const listings = new Map<string, Set<string> | null>();
  for (let i = 0; i < paths.length; i++) {
    const stored = entry.candidates[i]!;
    if (stored[0] !== paths[i]) return false;
    const listed = isListed(stored[0], listings);
    const current: CandidateState = listed ? readCandidateState(stored[0]) : [stored[0]];
    if (!sameState(stored, current)) return false;
  }
  return entry.found === null || readContent(entry.found.path) === entry.found.content;
}

/** Whether `path`'s folder lists its name (true when the folder cannot be listed: then stat decides). */
function isListed(path: string, listings: Map<string, Set<string> | null>): boolean {
  const dir = dirname(path);
  let names = listings.get(dir);
  if (names === undefined) {
    try {
      names = new Set(readdirSync(dir));
    } catch {
      names = null;
    }
    listings.set(dir, names);
  }
  return names === null || names.has(basename(path));
}

function sameStates(a: readonly CandidateState[], b: readonly CandidateState[]): boolean {
  return a.length === b.length && a.every((state, i) => sameState(state, b[i]!));
}

function sameState(a: CandidateState, b: CandidateState): boolean {
  return a[0] === b[0] && a.length === b.length && a[1] === b[1] && a[2] === b[2];
}

/**
 * The state of a path the config loader refuses (exit 3): a link to nothing or to itself, a FIFO,
 * a socket or a device. No load stores it, so it never matches: taken for "no file", it let a
 * cached "no config" stand for a config the loader refuses, and a link loop threw ELOOP.
 */
const NOT_LOADABLE = (path: string): CandidateState => [path, -1, 'not a regular file'];

function readCandidateState(path: string): CandidateState {
  // Not `bigint: true`: its nanoseconds add nothing the content comparison does not prove, and
  // node's BigIntStats would be compiled on every commit for this call alone.
  let stats;
  try {
    stats = statSync(path, { throwIfNoEntry: false });
  } catch {
    // Recovered on purpose: ELOOP, EACCES... the loader reports the path itself.
    return NOT_LOADABLE(path);
  }
  // A directory is skipped by the loader (no config there); nothing at all, too, unless a link is.
  if (stats === undefined) return lstatSync(path, { throwIfNoEntry: false }) === undefined ? [path] : NOT_LOADABLE(path);
  if (stats.isDirectory()) return [path];
  if (!stats.isFile()) return NOT_LOADABLE(path);
  return [path, stats.size, String(stats.mtimeMs)];
}

function readContent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // Gone or unreadable since it was loaded: null matches no stored content, so the entry is stale.
    return null;
  }
}

function checksumOf(entry: Pick<CacheEntry, 'stopDir' | 'candidates' | 'found' | 'config'>): string {
  return checksumOfText(JSON.stringify([entry.stopDir, entry.candidates, entry.found, entry.config]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

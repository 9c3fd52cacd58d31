// The parsed-registry cache, persisted between hook runs in the git common dir (derived data,
// never in the work tree): a cheap size+mtime check, then the content hash; TTL and LRU bound;
// a corrupt or foreign file is discarded and rebuilt, never trusted. The file is JSON whose
// `check` is the CRC-32 of the entries' bytes exactly as written (native, and over the text read,
// not over a re-serialisation of the parsed entries).
import { createHash } from '../hash.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FlagRegistry } from '../core/flags/registry.js';
import { BoundedMap } from './bounded-map.js';
import { crc32HexOf } from '../checksum.js';
import { writeStateFile } from '../state-dir.js';

const FORMAT = 'prove-hooks/registry-cache';
/**
 * Bump when the parser's output or the file's layout changes: older caches are then rebuilt.
 * 3: `check` is the CRC-32 of the entries' text, written just before it (2: FNV-1a over a
 * re-serialisation of the parsed entries, 2 ms of a hook run).
 */
const CACHE_VERSION = 3;
/** A file modified this close to the moment we hashed it may change again within one mtime tick. */
const RACY_WINDOW_MS = 2000;
export const REGISTRY_CACHE_FILE = 'registry-cache.json';

interface CacheEntry {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
  /** When the registry was parsed (TTL counts from here). */
  readonly storedAtMs: number;
  /** When the stat fields were last checked against the content hash. */
  readonly verifiedAtMs: number;
  readonly registry: FlagRegistry;
  /**
   * git's SHA-1 blob id of the content, when it was read from the work tree: lets pre-commit
   * tell that the staged registry is the work tree's without hashing the file (or loading
   * node:crypto) on every run.
   */
  readonly blobId?: string;
}

export interface RegistryCacheStats {
  hits: number;
  misses: number;
  /** Cache files discarded because they were corrupt, foreign, or from another version. */
  rebuilds: number;
  /** Failed writes of the cache file (the run continues; the cache only saves time). */
  writeErrors: number;
}

export interface RegistryCacheOptions {
  /** Folder for the cache file: `<git common dir>/prove-hooks`. */
  readonly dir: string;
  /** How long a parsed registry is trusted; 0 disables the cache. */
  readonly ttlMs: number;
  /** Most registries kept; the least recently used are dropped. */
  readonly maxEntries: number;
  /** Wall clock in ms (injected for tests). */
  readonly now?: () => number;
  /** The tool version: a cache written by another version is rebuilt. */
  readonly toolVersion: string;
  /** The statuses a cached flag may have (the core's FLAG_STATUSES): an entry with another is damaged. */
  readonly flagStatuses: readonly string[];
}

/** What the caller knows about a registry source before reading it. */
export interface RegistryStat {
  readonly size: number;
  readonly mtimeMs: number;
}

/** The persisted cache. Construct one per run; call `flush()` at the end to persist changes. */
export class RegistryCache {
  readonly stats: RegistryCacheStats = { hits: 0, misses: 0, rebuilds: 0, writeErrors: 0 };
  private readonly entries: BoundedMap<string, CacheEntry>;
  private readonly now: () => number;
  private loaded = false;
  private dirty = false;

  constructor(private readonly options: RegistryCacheOptions) {
    this.entries = new BoundedMap<string, CacheEntry>(Math.max(1, options.maxEntries));
    this.now = options.now ?? Date.now;
  }

  /** Absolute path of the cache file. */
  get file(): string {
    return join(this.options.dir, REGISTRY_CACHE_FILE);
  }

  private get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  /**
   * The cached registry for a source whose size and mtime are unchanged since it was hashed (and
   * not within the racy window), or undefined: then read the content and call `resolve`.
   */
  async lookupByStat(key: string, stat: RegistryStat): Promise<FlagRegistry | undefined> {
    if (!this.enabled) return undefined;
    await this.load();
    const entry = this.fresh(key);
    if (entry === undefined || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs) return undefined;
    if (stat.mtimeMs >= entry.verifiedAtMs - RACY_WINDOW_MS) return undefined;
    this.stats.hits += 1;
    return entry.registry;
  }

  /**
   * git's SHA-1 blob id of the source, known without reading it: when its size and mtime are
   * those of the cached entry (outside the racy window, as for {@link lookupByStat}) and the
   * entry was read from this file. Undefined otherwise: then hash the file.
   */
  async blobIdByStat(key: string, stat: RegistryStat): Promise<string | undefined> {
    if (!this.enabled) return undefined;
    await this.load();
    const entry = this.fresh(key);
    if (entry?.blobId === undefined || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs) return undefined;
    if (stat.mtimeMs >= entry.verifiedAtMs - RACY_WINDOW_MS) return undefined;
    return entry.blobId;
  }

  /**
   * The registry for this content: cached when the content hash matches, else `parse` runs
   * (a miss) and its result is stored. `parse` may throw; nothing is stored then.
   */
  async resolve(key: string, content: Uint8Array, stat: RegistryStat | undefined, parse: () => Promise<FlagRegistry>): Promise<FlagRegistry> {
    return (await this.lookupByContent(key, content, stat)) ?? this.storeParsed(key, content, stat, await parse());
  }

  /**
   * The cached registry for this content (its hash matches the entry's: a hit, the entry's stat
   * refreshed), or undefined: a miss, counted; parse it and call {@link storeParsed}.
   */
  async lookupByContent(key: string, content: Uint8Array, stat: RegistryStat | undefined): Promise<FlagRegistry | undefined> {
    if (this.enabled) {
      await this.load();
      const entry = this.fresh(key);
      if (entry !== undefined && entry.hash === hashOf(content)) {
        this.stats.hits += 1;
        this.store(key, withBlobId({ ...entry, size: stat?.size ?? entry.size, mtimeMs: stat?.mtimeMs ?? entry.mtimeMs, verifiedAtMs: this.now() }, content, stat));
        return entry.registry;
      }
    }
    this.stats.misses += 1;
    return undefined;
  }

  /** Stores the registry parsed from `content` (after a miss of {@link lookupByContent}) and returns it. */
  storeParsed(key: string, content: Uint8Array, stat: RegistryStat | undefined, registry: FlagRegistry): FlagRegistry {
    if (this.enabled) {
      const at = this.now();
      this.store(key, withBlobId({ size: stat?.size ?? -1, mtimeMs: stat?.mtimeMs ?? -1, hash: hashOf(content), storedAtMs: at, verifiedAtMs: at, registry }, content, stat));
    }
    return registry;
  }

  /**
   * Writes the cache file if anything changed: temp file then rename, so readers never see half a
   * file. Synchronous (a few KiB): node:fs/promises costs a hook about 1 ms to load. Two runs at
   * once may each write theirs and one set of entries wins; the other is rebuilt on its next miss.
   */
  async flush(): Promise<void> {
    if (!this.enabled || !this.dirty) return;
    const ordered = [...this.entries.entries()].map(([key, entry]) => ({ key, ...entry }));
    const body = encodeRegistryCache(this.options.toolVersion, JSON.stringify(ordered));
    try {
      writeStateFile(this.file, body);
      this.dirty = false;
    } catch {
      // Recovered on purpose: the cache only saves time, and the next run rebuilds it.
      this.stats.writeErrors += 1;
    }
  }

  private fresh(key: string): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (this.now() - entry.storedAtMs >= this.options.ttlMs || entry.storedAtMs > this.now() + RACY_WINDOW_MS) {
      this.entries.delete(key);
      this.dirty = true;
      return undefined;
    }
    return entry;
  }

  private store(key: string, entry: CacheEntry): void {
    this.entries.set(key, entry);
    this.dirty = true;
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    let text: string;
    try {
      // Synchronous: the first promise-based read of a hook run costs milliseconds of set-up.
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.rebuild();
      return;
    }
    const entries = decodeRegistryCache(text, this.options.toolVersion, this.options.flagStatuses);
    if (entries === undefined) {
      this.rebuild();
      return;
    }
    for (const { key, ...entry } of entries) this.entries.set(key, entry);
  }

  private rebuild(): void {
    this.stats.rebuilds += 1;
    this.dirty = true;
  }
}

/** The file's text up to the checksum, for `toolVersion`: the writer's layout, fixed, so the reader can find the entries' bytes. */
const headOf = (toolVersion: string): string => `{"format":${JSON.stringify(FORMAT)},"version":${CACHE_VERSION},"tool":${JSON.stringify(toolVersion)},"check":"`;
const ENTRIES_KEY = '","entries":';

/** The cache file's text: the entries' JSON (`entriesJson`) sealed by the CRC-32 of exactly those bytes. */
export function encodeRegistryCache(toolVersion: string, entriesJson: string): string {
  return `${headOf(toolVersion)}${crc32HexOf(entriesJson)}${ENTRIES_KEY}${entriesJson}}`;
}

/**
 * Every entry, or undefined when anything about the file is not exactly what this version
 * writes: not JSON, another format, version or tool, a checksum that does not match the entries'
 * bytes, or an entry of the wrong shape.
 */
function decodeRegistryCache(text: string, toolVersion: string, flagStatuses: readonly string[]): (CacheEntry & { key: string })[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data.format !== FORMAT || data.version !== CACHE_VERSION || data.tool !== toolVersion) return undefined;
  // The layout is the writer's (JSON.parse has checked the rest): head, 8 hex digits, the entries, `}`.
  const head = headOf(toolVersion);
  const entriesAt = head.length + 8 + ENTRIES_KEY.length;
  if (!text.startsWith(head) || text.slice(head.length + 8, entriesAt) !== ENTRIES_KEY || !text.endsWith('}')) return undefined;
  if (data.check !== crc32HexOf(text.slice(entriesAt, -1))) return undefined;
  const { entries } = data;
  return Array.isArray(entries) && entries.every((entry) => isCacheEntry(entry, flagStatuses)) ? entries : undefined;
}

/**
 * What is wrong with a registry cache file's text, for `prove-hooks doctor`: undefined when it is
 * healthy or another version's (replaced quietly by the next run).
 */
export function registryCacheProblem(text: string, flagStatuses: readonly string[]): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'damaged (not JSON)';
  }
  if (!isRecord(data)) return 'damaged (not a JSON object)';
  // A newer prove-hooks may name its layout `…@<n>` (the other state files' way): another version's.
  if (typeof data.format === 'string' && /^@\d+$/.test(data.format.slice(FORMAT.length)) && data.format.startsWith(FORMAT)) return undefined;
  if (data.format !== FORMAT) return `not a registry cache (format ${JSON.stringify(data.format ?? null)})`;
  if (data.version !== CACHE_VERSION || !isString(data.tool)) return undefined;
  return decodeRegistryCache(text, data.tool, flagStatuses) === undefined ? 'damaged (checksum mismatch or an entry of the wrong shape)' : undefined;
}

function hashOf(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** git's blob id (SHA-1) of `content`, as `git hash-object` computes it. */
export function gitBlobIdOf(content: Uint8Array, hexLength = 40): string {
  return createHash(hexLength === 64 ? 'sha256' : 'sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/** The entry with the blob id of `content` when it is the work tree file's (`stat` known), without it otherwise. */
function withBlobId(entry: CacheEntry, content: Uint8Array, stat: RegistryStat | undefined): CacheEntry {
  const { blobId: _previous, ...rest } = entry;
  return stat === undefined ? rest : { ...rest, blobId: gitBlobIdOf(content) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isCacheEntry(value: unknown, flagStatuses: readonly string[]): value is CacheEntry & { key: string } {
  if (!isRecord(value)) return false;
  const { key, size, mtimeMs, hash, storedAtMs, verifiedAtMs, registry, blobId } = value;
  if (!isString(key) || !isNumber(size) || !isNumber(mtimeMs) || !isString(hash) || !isNumber(storedAtMs) || !isNumber(verifiedAtMs)) return false;
  if (blobId !== undefined && !(isString(blobId) && /^[0-9a-f]{40}$/.test(blobId))) return false;
  if (!isRecord(registry) || !isString(registry.source) || !Array.isArray(registry.flags)) return false;
  return registry.flags.every(
    (flag) =>
      isRecord(flag) &&
      isString(flag.key) &&
      isString(flag.status) &&
      flagStatuses.includes(flag.status) &&
      Array.isArray(flag.aliases) &&
      flag.aliases.every(isString) &&
      ['expires', 'owner', 'description'].every((field) => flag[field] === undefined || isString(flag[field])),
  );
}

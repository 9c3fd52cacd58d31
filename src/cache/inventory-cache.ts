// The flag inventory's per-blob results, persisted in the git common dir (shared by every
// worktree of a clone): keyed by a detection fingerprint and by blob id, so a second run of
// `prove-hooks flags` reads only the blobs that changed. Bounded, versioned, rebuilt when damaged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BlobReference, BlobScan, DynamicReference } from '../core/flags/blob-references.js';
import { createHash } from 'node:crypto';
import { stateDirOf } from '../state-folder.js';
import { isOtherFormatOf, writeStateFile } from './state-dir.js';

export const INVENTORY_CACHE_FILE = 'flag-inventory.json';
export const INVENTORY_CACHE_FORMAT = 'prove-hooks/flag-inventory@2';
/** Entries kept in all (a blob result is usually a few bytes: most files reference no flag). */
export const DEFAULT_MAX_INVENTORY_ENTRIES = 200_000;
/** Detection fingerprints kept (configs of worktrees on different branches, a registry being edited). */
const MAX_FINGERPRINTS = 4;

/** A blob's result: its scan, or the reason it was not scanned (these depend on the content only). */
export type CachedBlob = { readonly kind: 'scan'; readonly scan: BlobScan } | { readonly kind: 'skip'; readonly reason: 'binary' | 'too-large' };

type EncodedReference = [flag: string, line: number, column: number, source: string, written: string | 0, suppressed: string | 0];
type EncodedDynamic = [line: number, column: number, source: string, text: string];
type Encoded = 'binary' | 'too-large' | [EncodedReference[], EncodedDynamic[], number[], number];

/** A fingerprint of everything that changes what detection finds (sha1 of a JSON description). */
export function fingerprintDetection(description: unknown): string {
  return createHash('sha1').update(JSON.stringify(description)).digest('hex');
}

/** The cache file of a clone. */
export function inventoryCacheFileFor(gitCommonDir: string): string {
  return join(stateDirOf(gitCommonDir), INVENTORY_CACHE_FILE);
}

export class InventoryCache {
  readonly stats = { hits: 0, misses: 0 };
  /** One-line notes about recoveries (a damaged file rebuilt, an unwritable one skipped). */
  readonly notices: string[] = [];
  private readonly loaded: Map<string, Record<string, Encoded>>;
  private readonly used = new Map<string, Map<string, Encoded>>();
  private changed = false;

  private constructor(private readonly file: string | undefined, loaded: Map<string, Record<string, Encoded>>, private readonly maxEntries: number) {
    this.loaded = loaded;
  }

  /** A cache that keeps nothing (`--no-cache`). */
  static disabled(): InventoryCache {
    return new InventoryCache(undefined, new Map(), 0);
  }

  /** Reads the file; a damaged or foreign one is replaced (with a notice), a missing one starts empty. */
  static read(file: string, maxEntries = DEFAULT_MAX_INVENTORY_ENTRIES): InventoryCache {
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        const cache = new InventoryCache(file, new Map(), maxEntries);
        cache.notices.push(`prove-hooks: cannot read the flag inventory cache ${file} (${(error as Error).message}); scanning every file`);
        return cache;
      }
    }
    if (text === undefined) return new InventoryCache(file, new Map(), maxEntries);
    const parsed = parseCacheText(text);
    const cache = new InventoryCache(file, parsed.ok ? parsed.entries : new Map(), maxEntries);
    if (!parsed.ok && !parsed.otherFormat) cache.notices.push(`prove-hooks: the flag inventory cache ${file} was ${parsed.reason}; rebuilding it`);
    if (!parsed.ok) cache.changed = true;
    return cache;
  }

  get(fingerprint: string, key: string): CachedBlob | undefined {
    const encoded = this.used.get(fingerprint)?.get(key) ?? this.loaded.get(fingerprint)?.[key];
    if (encoded === undefined) {
      this.stats.misses += 1;
      return undefined;
    }
    let decoded: CachedBlob;
    try {
      decoded = decode(encoded);
    } catch {
      // Recovered on purpose: an entry of the wrong shape (the checksum held) is a miss, and is replaced.
      this.stats.misses += 1;
      return undefined;
    }
    this.stats.hits += 1;
    this.keep(fingerprint, key, encoded);
    return decoded;
  }

  set(fingerprint: string, key: string, value: CachedBlob): void {
    this.keep(fingerprint, key, encode(value));
    this.changed = true;
  }

  /** Writes the entries of this run first, then older ones up to the bound. Never throws: a failure becomes a notice. */
  write(): void {
    if (this.file === undefined || !this.changed) return;
    const body: Record<string, Record<string, Encoded>> = {};
    let room = this.maxEntries;
    const fingerprints = [...this.used.keys(), ...[...this.loaded.keys()].filter((fingerprint) => !this.used.has(fingerprint))].slice(0, MAX_FINGERPRINTS);
    for (const fingerprint of fingerprints) {
      const entries: Record<string, Encoded> = {};
      for (const [key, value] of this.used.get(fingerprint) ?? []) if (room-- > 0) entries[key] = value;
      for (const [key, value] of Object.entries(this.loaded.get(fingerprint) ?? {})) if (!(key in entries) && room-- > 0) entries[key] = value;
      body[fingerprint] = entries;
    }
    const bodyText = JSON.stringify(body);
    const header = JSON.stringify({ format: INVENTORY_CACHE_FORMAT, checksum: checksumOf(bodyText), length: bodyText.length });
    try {
      writeStateFile(this.file, `${header}\n${bodyText}\n`);
    } catch (error) {
      // Recovered on purpose, and said: the inventory is complete; only the next run's shortcut is lost.
      this.notices.push(`prove-hooks: cannot write the flag inventory cache ${this.file} (${(error as Error).message}); the next run scans every file again`);
    }
  }

  private keep(fingerprint: string, key: string, encoded: Encoded): void {
    let map = this.used.get(fingerprint);
    if (map === undefined) this.used.set(fingerprint, (map = new Map()));
    map.set(key, encoded);
  }
}

type Parsed = { ok: true; entries: Map<string, Record<string, Encoded>> } | { ok: false; otherFormat: boolean; reason: string };

function parseCacheText(text: string): Parsed {
  const lf = text.indexOf('\n');
  if (lf === -1) return { ok: false, otherFormat: false, reason: 'cut short' };
  let header: { format?: unknown; checksum?: unknown; length?: unknown };
  try {
    header = JSON.parse(text.slice(0, lf)) as typeof header;
  } catch {
    return { ok: false, otherFormat: false, reason: 'not readable' };
  }
  if (isOtherFormatOf(header?.format, INVENTORY_CACHE_FORMAT)) return { ok: false, otherFormat: true, reason: 'of another version' };
  if (header?.format !== INVENTORY_CACHE_FORMAT) return { ok: false, otherFormat: false, reason: 'not a flag inventory cache' };
  const bodyText = text.slice(lf + 1).replace(/\n$/, '');
  if (header.length !== bodyText.length || header.checksum !== checksumOf(bodyText)) return { ok: false, otherFormat: false, reason: 'damaged (checksum mismatch)' };
  try {
    const body = JSON.parse(bodyText) as unknown;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, otherFormat: false, reason: 'damaged' };
    return { ok: true, entries: new Map(Object.entries(body as Record<string, Record<string, Encoded>>)) };
  } catch {
    return { ok: false, otherFormat: false, reason: 'damaged' };
  }
}

function encode(value: CachedBlob): Encoded {
  if (value.kind === 'skip') return value.reason;
  const { scan } = value;
  return [
    scan.references.map((r): EncodedReference => [r.flag, r.line, r.column, r.source, r.written ?? 0, r.suppressed ?? 0]),
    scan.dynamic.map((d): EncodedDynamic => [d.line, d.column, d.source, d.text]),
    [...scan.longLines],
    scan.longLineCount,
  ];
}

function decode(encoded: Encoded): CachedBlob {
  if (encoded === 'binary' || encoded === 'too-large') return { kind: 'skip', reason: encoded };
  const [references, dynamic, longLines, longLineCount] = encoded;
  return {
    kind: 'scan',
    scan: {
      references: references.map(
        ([flag, line, column, source, written, suppressed]): BlobReference => ({
          flag,
          line,
          column,
          source,
          ...(written === 0 ? {} : { written }),
          ...(suppressed === 0 ? {} : { suppressed }),
        }),
      ),
      dynamic: dynamic.map(([line, column, source, text]): DynamicReference => ({ line, column, source, text })),
      longLines,
      longLineCount,
    },
  };
}

/** sha1 of the body (native: the body is megabytes, where the JS checksum of small caches is slow). */
function checksumOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

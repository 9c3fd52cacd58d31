// The flag inventory's per-blob results, persisted in the git common dir (shared by every
// worktree of a clone): keyed by a detection fingerprint and by blob id, so a second run of
// `prove-hooks flags` reads only the blobs that changed. Bounded, versioned, rebuilt when damaged.
// A line per blob, decoded only when asked for: a warm run reads megabytes of it, and a JSON
// document of the whole cache cost more to parse and to write again than the scan it saved.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BlobReference, BlobScan, DynamicReference } from '../core/flags/blob-references.js';
import type { ReferenceKind } from '../core/flags/matcher.js';
import { createHash } from 'node:crypto';
import { stateDirOf } from '../state-folder.js';
import { isOtherFormatOf, writeStateFile } from '../state-dir.js';

export const INVENTORY_CACHE_FILE = 'flag-inventory.cache';
/** The JSON file of earlier versions: removed when the new one is written. */
const OLD_INVENTORY_CACHE_FILE = 'flag-inventory.json';
export const INVENTORY_CACHE_FORMAT = 'prove-hooks/flag-inventory@3';
/** Entries kept in all (a blob result is usually a few bytes: most files reference no flag). */
export const DEFAULT_MAX_INVENTORY_ENTRIES = 200_000;
/** Detection fingerprints kept (configs of worktrees on different branches, a registry being edited). */
const MAX_FINGERPRINTS = 4;
/** The cache file is written in chunks of about this many characters. */
const CHUNK_CHARS = 1 << 20;

/** A blob's result: its scan, or the reason it was not scanned (these depend on the content only). */
export type CachedBlob = { readonly kind: 'scan'; readonly scan: BlobScan } | { readonly kind: 'skip'; readonly reason: 'binary' | 'too-large' };

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
  /** Per fingerprint, per key: the encoded line payload. */
  private readonly loaded: Map<string, Map<string, string>>;
  private readonly used = new Map<string, Map<string, string>>();
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    loaded: Map<string, Map<string, string>>,
    private readonly maxEntries: number,
  ) {
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
    const encoded = this.used.get(fingerprint)?.get(key) ?? this.loaded.get(fingerprint)?.get(key);
    if (encoded === undefined) {
      this.stats.misses += 1;
      return undefined;
    }
    const decoded = decode(encoded);
    if (decoded === undefined) {
      // Recovered on purpose: an entry of the wrong shape (the checksum held) is a miss, and is replaced.
      this.stats.misses += 1;
      return undefined;
    }
    this.stats.hits += 1;
    this.keep(fingerprint, key, encoded);
    return decoded;
  }

  set(fingerprint: string, key: string, value: CachedBlob): void {
    this.setEncoded(fingerprint, key, encodeCachedBlob(value));
  }

  /** As set, with the value already encoded by encodeCachedBlob (a scan worker encodes its results, so the main thread does not). */
  setEncoded(fingerprint: string, key: string, encoded: string): void {
    this.keep(fingerprint, key, encoded);
    this.changed = true;
  }

  /** Writes the entries of this run first, then older ones up to the bound. Never throws: a failure becomes a notice. */
  write(): void {
    if (this.file === undefined || !this.changed) return;
    // Written in chunks of about a megabyte, hashed as they go: the body of a large repository is
    // megabytes, and joining it into one string (then one more with the header) cost the cold
    // run's peak memory twice its size.
    const chunks: string[] = [];
    let pending: string[] = [];
    let pendingLength = 0;
    const hash = createHash('sha1');
    let length = 0;
    const add = (line: string): void => {
      const text = length === 0 && chunks.length === 0 && pending.length === 0 ? line : `\n${line}`;
      pending.push(text);
      pendingLength += text.length;
      length += text.length;
      if (pendingLength >= CHUNK_CHARS) flush();
    };
    const flush = (): void => {
      if (pending.length === 0) return;
      const chunk = pending.join('');
      hash.update(chunk);
      chunks.push(chunk);
      pending = [];
      pendingLength = 0;
    };
    let room = this.maxEntries;
    const fingerprints = [...this.used.keys(), ...[...this.loaded.keys()].filter((fingerprint) => !this.used.has(fingerprint))].slice(0, MAX_FINGERPRINTS);
    for (const fingerprint of fingerprints) {
      add(`@${fingerprint}`);
      const used = this.used.get(fingerprint);
      for (const [key, value] of used ?? []) if (room-- > 0) add(`${key}\t${value}`);
      for (const [key, value] of this.loaded.get(fingerprint) ?? []) if (used?.has(key) !== true && room-- > 0) add(`${key}\t${value}`);
    }
    flush();
    // The checksum and length are of the body as a string (UTF-16 units), as the reader checks them.
    const header = `${INVENTORY_CACHE_FORMAT} ${hash.digest('hex')} ${length}`;
    // The text goes to the file as it is: no buffer per chunk.
    function* parts(): Generator<string> {
      yield `${header}\n`;
      yield* chunks;
      yield '\n';
    }
    try {
      writeStateFile(this.file, parts());
      rmSync(join(this.file, '..', OLD_INVENTORY_CACHE_FILE), { force: true });
    } catch (error) {
      // Recovered on purpose, and said: the inventory is complete; only the next run's shortcut is lost.
      this.notices.push(`prove-hooks: cannot write the flag inventory cache ${this.file} (${(error as Error).message}); the next run scans every file again`);
    }
  }

  private keep(fingerprint: string, key: string, encoded: string): void {
    let map = this.used.get(fingerprint);
    if (map === undefined) this.used.set(fingerprint, (map = new Map()));
    map.set(key, encoded);
  }
}

/**
 * What is wrong with a cache file's text, or undefined when it is whole (or of another version,
 * which a run replaces as a matter of course). For `doctor`: the same reading a run does.
 */
export function inventoryCacheProblem(text: string): string | undefined {
  const parsed = parseCacheText(text);
  return parsed.ok || parsed.otherFormat ? undefined : parsed.reason;
}

type Parsed = { ok: true; entries: Map<string, Map<string, string>> } | { ok: false; otherFormat: boolean; reason: string };

/** The header line `<format> <sha1 of the body> <body length>`, then `@<fingerprint>` lines, each followed by `<key>\t<payload>` lines. */
function parseCacheText(text: string): Parsed {
  const lf = text.indexOf('\n');
  if (lf === -1) return { ok: false, otherFormat: false, reason: 'cut short' };
  const [format, checksum, length] = text.slice(0, lf).split(' ');
  // The JSON header of format 2 (`{"format":"prove-hooks/flag-inventory@2",...`) is another version too.
  const older = /"format":"([^"]*)"/.exec(format ?? '')?.[1];
  if (isOtherFormatOf(older ?? format, INVENTORY_CACHE_FORMAT)) return { ok: false, otherFormat: true, reason: 'of another version' };
  if (format !== INVENTORY_CACHE_FORMAT) return { ok: false, otherFormat: false, reason: 'not a flag inventory cache' };
  const body = text.endsWith('\n') ? text.slice(lf + 1, -1) : text.slice(lf + 1);
  if (String(body.length) !== length || checksumOf(body) !== checksum) return { ok: false, otherFormat: false, reason: 'damaged (checksum mismatch)' };
  const entries = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of body === '' ? [] : body.split('\n')) {
    if (line.startsWith('@')) {
      entries.set(line.slice(1), (current = new Map()));
      continue;
    }
    const tab = line.indexOf('\t');
    if (current === undefined || tab === -1) return { ok: false, otherFormat: false, reason: 'damaged' };
    current.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return { ok: true, entries };
}

// Payload: `b` (binary), `l` (too large), or `s` then four sections split by \x02: the count of
// long lines, the listed ones (comma-separated), the references and the dynamic keys (records
// split by \x03, fields by \x04). Text fields are escaped so they never hold a separator.
const SECTION = '\x02';
const RECORD = '\x03';
const FIELD = '\x04';
const KIND_CODES: Record<ReferenceKind, string> = { call: 'c', 'alias-read': 'a', jsx: 'j', env: 'e', comment: 'm', custom: 'u' };
const KINDS_BY_CODE = new Map(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as ReferenceKind]));

/** A result as the cache keeps it (a line's payload, without line ends). Pure: the scan workers call it too. */
export function encodeCachedBlob(value: CachedBlob): string {
  if (value.kind === 'skip') return value.reason === 'binary' ? 'b' : 'l';
  const { scan } = value;
  const references = scan.references.map((r) =>
    [escapeField(r.flag), r.line, r.column, escapeField(r.source), KIND_CODES[r.kind], r.written === undefined ? '' : `=${escapeField(r.written)}`, r.suppressed === undefined ? '' : `=${escapeField(r.suppressed)}`].join(FIELD),
  );
  const dynamic = scan.dynamic.map((d) => [d.line, d.column, escapeField(d.source), escapeField(d.text)].join(FIELD));
  return `s${scan.longLineCount}${SECTION}${scan.longLines.join(',')}${SECTION}${references.join(RECORD)}${SECTION}${dynamic.join(RECORD)}`;
}

/** The entry, or undefined when it has the wrong shape. */
function decode(encoded: string): CachedBlob | undefined {
  if (encoded === 'b') return { kind: 'skip', reason: 'binary' };
  if (encoded === 'l') return { kind: 'skip', reason: 'too-large' };
  if (!encoded.startsWith('s')) return undefined;
  const sections = encoded.slice(1).split(SECTION);
  if (sections.length !== 4) return undefined;
  const longLineCount = Number(sections[0]);
  const longLines = sections[1] === '' ? [] : sections[1]!.split(',').map(Number);
  const references: BlobReference[] = [];
  for (const record of sections[2] === '' ? [] : sections[2]!.split(RECORD)) {
    const [flag, line, column, source, kindCode, written, suppressed] = record.split(FIELD);
    const kind = KINDS_BY_CODE.get(kindCode ?? '');
    if (flag === undefined || source === undefined || kind === undefined || suppressed === undefined || written === undefined) return undefined;
    // Built without spreads: a warm run decodes every reference of the repository.
    const reference: { -readonly [K in keyof BlobReference]: BlobReference[K] } = { flag: unescapeField(flag), line: Number(line), column: Number(column), source: unescapeField(source), kind };
    if (written !== '') reference.written = unescapeField(written.slice(1));
    if (suppressed !== '') reference.suppressed = unescapeField(suppressed.slice(1));
    references.push(reference);
  }
  const dynamic: DynamicReference[] = [];
  for (const record of sections[3] === '' ? [] : sections[3]!.split(RECORD)) {
    const [line, column, source, text] = record.split(FIELD);
    if (source === undefined || text === undefined) return undefined;
    dynamic.push({ line: Number(line), column: Number(column), source: unescapeField(source), text: unescapeField(text) });
  }
  if (!isCount(longLineCount) || !longLines.every(isCount)) return undefined;
  for (const r of references) if (!isCount(r.line) || !isCount(r.column)) return undefined;
  for (const d of dynamic) if (!isCount(d.line) || !isCount(d.column)) return undefined;
  return { kind: 'scan', scan: { references, dynamic, longLines, longLineCount } };
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/** Control characters and `\` as `\xx` (two hex digits): a field never holds a separator or a line end. */
function escapeField(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\x00-\x1f\\]/.test(text) ? text.replace(/[\x00-\x1f\\]/g, (char) => `\\${char.charCodeAt(0).toString(16).padStart(2, '0')}`) : text;
}

function unescapeField(text: string): string {
  return text.includes('\\') ? text.replace(/\\([0-9a-f]{2})/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** sha1 of the body (native: the body is megabytes, where the JS checksum of small caches is slow). */
function checksumOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

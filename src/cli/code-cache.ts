// Loads a CommonJS file through V8's code cache, as Node 22's module.enableCompileCache() does
// (Node 20 has none): the bytecode of every function a usual run compiled is reused, which
// saves a commit-msg run a few milliseconds of parsing and lazy compilation.
import { lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Script } from 'node:vm';
import { loadNativeCrc32 } from '../checksum.js';

/** CommonJS's module wrapper, as node:module's `wrap` writes it (written out: loading node:module costs more). */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_TAIL = '\n});';

/**
 * Cache files kept per file and tag: one per build of prove-hooks (and Node) that uses this git
 * dir. Two projects on different versions share no git dir, but an upgrade, a branch switch to
 * another lockfile, or a linked worktree does: each build keeps its own entry, the oldest beyond
 * this many goes.
 */
export const CODE_CACHE_FILES_PER_TAG = 4;

/** Which cache to use and when a run is worth keeping the bytecode of. */
export interface CodeCacheOptions<Result> {
  /** Folder of the cache files, created (with its parent, not further up) on the first save. */
  readonly dir: string;
  /** Names the cache of one way of using the module (e.g. the command), so each keeps its own functions. */
  readonly tag: string;
  /** Whether this run exercised the code worth caching; only then is a missing or rejected cache written. */
  readonly keep: (result: Result) => boolean;
  /**
   * When to take the bytecode: when `use` returns (default), or when the process exits, for a
   * module whose work goes on asynchronously (then `keep` is asked at exit).
   */
  readonly saveAt?: 'return' | 'exit';
}

/** The stamp line the build ends each cached bundle with (scripts/build-stamp.mjs). */
const BUILD_STAMP_PREFIX = '\n//# prove-hooks-build=';

/**
 * Runs the CommonJS `file` and then `use` with its exports, with bytecode cached per `tag` in
 * `options.dir`. The cache is keyed by the file's build stamp (the package version and a hash of
 * the content, written by the build: scripts/build-stamp.mjs) or, for a file without one, a hash
 * of its text; by its size and modification time (a hand edit); and by Node's version and
 * architecture (V8 itself also rejects bytecode from another V8 or other flags, but checks only
 * the source's length, not its text). It is written after `use` returns, and only when `keep`
 * says the run went the usual way, so it holds the functions such a run compiles. A cache that
 * cannot be read or written (a read-only install) only costs the time it would have saved.
 */
export function loadWithCodeCache<Exports, Result>(file: string, options: CodeCacheOptions<Result>, use: (exports: Exports) => Result): Result {
  const stats = statSync(file);
  const source = readFileSync(file, 'utf8');
  const prefix = `${basename(file)}-${options.tag}-`;
  const cacheFile = join(options.dir, `${prefix}${process.version}-${process.arch}-${readBuildStamp(source)}-${stats.size}-${Math.trunc(stats.mtimeMs)}.bin`);
  const cachedData = readSealed(cacheFile);
  // Required here, not at the top: the bin loads this file for every command, and only a message check uses it.
  const { Script: VmScript } = require('node:vm') as typeof import('node:vm');
  const script = new VmScript(`${WRAPPER_HEAD}${source}${WRAPPER_TAIL}`, { filename: file, ...(cachedData === undefined ? {} : { cachedData }) });
  const module = { exports: {} as Exports };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, requireBuiltinsOnce(), module, file, dirname(file));
  const result = use(module.exports);
  if (cachedData === undefined || script.cachedDataRejected === true) {
    const save = (): void => {
      if (options.keep(result)) saveQuietly(script, options.dir, cacheFile, prefix);
    };
    if (options.saveAt === 'exit') process.once('exit', save);
    else save();
  }
  return result;
}

/**
 * The bytecode in `file` when its seal holds (the last 4 bytes: zlib's CRC-32 of the rest), else
 * undefined: V8 checks a cache's header (its version, flags, the source's length) but, in a
 * release build, not the bytes after it, and bytecode damaged there crashes the process (a
 * fatal error, not an exception), on every run until the file goes.
 */
function readSealed(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    // Recovered on purpose: no cache (the usual first run) only costs the compile.
    return undefined;
  }
  const data = bytes.subarray(0, bytes.length - 4);
  return bytes.length > 4 && (loadNativeCrc32()(data) >>> 0) === bytes.readUInt32LE(data.length) ? data : undefined;
}

/**
 * The bundle's `require`. A bundle requires `node:fs` and `node:path` once per source module that
 * imports them (two dozen calls in the message fast path), each a trip through node's module
 * loader; a built-in module is the same object every time, so each is looked up once. Anything
 * else goes to `require` as it is.
 */
function requireBuiltinsOnce(): (id: string) => unknown {
  const builtins = new Map<string, unknown>();
  return (id) => {
    if (!id.startsWith('node:')) return require(id);
    let loaded = builtins.get(id);
    if (loaded === undefined) {
      loaded = require(id) as unknown;
      builtins.set(id, loaded);
    }
    return loaded;
  };
}

/**
 * The build stamp at the end of `source` (`0.1.0-<16 hex>`), or, for a file the build did not
 * stamp (tests, a development copy), an FNV-1a hash of its text: a file change always changes
 * the key. A stamp is only read from the last line, so reading it costs nothing measurable.
 */
function readBuildStamp(source: string): string {
  const at = source.lastIndexOf(BUILD_STAMP_PREFIX);
  if (at !== -1 && source.length - at < 80) {
    const stamp = source.slice(at + BUILD_STAMP_PREFIX.length).trim();
    if (/^[\w.+-]+$/.test(stamp)) return stamp;
  }
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return `text-${(hash >>> 0).toString(16)}`;
}

function saveQuietly(script: Script, cacheDir: string, cacheFile: string, prefix: string): void {
  try {
    if (!ensureRealDir(dirname(cacheDir)) || !ensureRealDir(cacheDir)) return;
    const data = script.createCachedData();
    const seal = Buffer.alloc(4);
    seal.writeUInt32LE(loadNativeCrc32()(data) >>> 0);
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, Buffer.concat([data, seal]));
    renameSync(temp, cacheFile);
    pruneOthers(cacheDir, prefix, cacheFile);
  } catch {
    // Recovered on purpose: a read-only or full disk only means no cache next time.
  }
}

/**
 * Keeps the newest {@link CODE_CACHE_FILES_PER_TAG} caches of `prefix` (this file and tag, other
 * builds or Node versions), removing older ones and temporary files a killed run left a minute ago.
 * Another build's cache is kept so that two builds sharing the git dir do not evict each other.
 */
function pruneOthers(cacheDir: string, prefix: string, keep: string): void {
  const now = Date.now();
  const others: { path: string; mtimeMs: number }[] = [];
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (!name.startsWith(prefix) || path === keep) continue;
    const mtimeMs = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (name.endsWith('.tmp')) {
      if (now - mtimeMs > 60_000) rmSync(path, { force: true });
    } else others.push({ path, mtimeMs });
  }
  others.sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { path } of others.slice(CODE_CACHE_FILES_PER_TAG - 1)) rmSync(path, { force: true });
}

/**
 * Makes `dir` if its parent exists and it does not; false when it is anything but a real folder
 * (a symbolic link planted there could lead the write out of the git dir: nothing is written).
 */
function ensureRealDir(dir: string): boolean {
  const stats = lstatSync(dir, { throwIfNoEntry: false });
  if (stats === undefined) {
    mkdirSync(dir);
    return true;
  }
  return stats.isDirectory() && !stats.isSymbolicLink();
}

// Reading the flag registries named in config from the work tree, through the registry cache:
// an orchestration of config, state (the cache), git (injected) and the core's index, so the hooks' tier.
// Fails closed: a missing or malformed registry is a RegistryError (exit 3), never "0 flags".
// Synchronous reads: a hook reads a few small files, and the first promise-based call costs
// milliseconds (the fs/promises module and libuv's thread pool start up).
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { gitBlobIdOf, type RegistryCache, type RegistryStat } from '../cache/registry-cache.js';
import { indexRegistry, type FlagRegistry, type RegistryIndex } from '../core/flags/registry.js';
import { normalizeScope, selectScope } from '../core/flags/scopes.js';
import { ConfigError, FileReadError, RegistryError } from '../errors.js';
import { isNeedsFullCli, type NeedsFullCli } from '../config/needs-full-cli.js';
import { isPathInside } from '../config/search-places.js';

/** One registry with the folder it governs. */
export interface ScopedRegistry {
  /** Normalized scope ('' for the whole repository). */
  readonly scope: string;
  /** Repository-relative path of the registry file, as configured. */
  readonly path: string;
  readonly index: RegistryIndex;
}

export interface FlagRegistries {
  readonly registries: readonly ScopedRegistry[];
  /** The registry governing a repository-relative path, or undefined when no scope contains it. */
  registryFor(path: string): ScopedRegistry | undefined;
}

/**
 * Parses a registry's text on a cache miss (src/hooks/full-sources.ts, loaded lazily by the
 * full CLI). Rejects with a RegistryError. The fast path's parser has no parser and answers
 * `Miss` ({@link NeedsFullCli}) instead; the full CLI's never does (`Miss` is `never`).
 */
export type RegistryParser<Miss extends NeedsFullCli = never> = (text: string, path: string) => Promise<FlagRegistry | Miss>;

export interface ReadRegistriesOptions<Miss extends NeedsFullCli = never> {
  /** Absolute path of the work tree's top level. */
  readonly repoRoot: string;
  readonly parseRegistry: RegistryParser<Miss>;
  /** Persisted cache; without one every run parses. */
  readonly cache?: RegistryCache;
  /**
   * Reads a registry as the check judges it, from git: as staged (pre-commit: the commit gets
   * the staged registry, not the work tree's) or as committed at the pushed tip (pre-push,
   * `scan --range`). Resolves null when git has no such file there, or holds exactly the work
   * tree's content: then the work tree's file is read (through the stat-validated cache).
   * `workTreeBlobId` gives the work tree file's blob id (from the cache when its stat is unchanged).
   */
  readonly readFromGit?: (path: string, workTreeBlobId: (hexLength: number) => Promise<string | undefined>) => Promise<string | null>;
}

/**
 * Reads, validates and indexes every configured registry. Throws RegistryError/ConfigError.
 * Resolves the parser's `Miss` when a registry had to be parsed and the parser could not.
 */
export async function readFlagRegistries<Miss extends NeedsFullCli = never>(
  entries: readonly { readonly path: string; readonly scope: string }[],
  options: ReadRegistriesOptions<Miss>,
): Promise<FlagRegistries | Miss> {
  const scopes = entries.map((entry) => normalizeScope(entry.scope));
  scopes.forEach((scope, position) => {
    const first = scopes.indexOf(scope);
    if (first !== position) {
      throw new ConfigError(`flags.registries[${position}] has the same scope "${scope}" as flags.registries[${first}]`, {
        hint: 'Give each registry its own folder in `scope`, or merge the two registry files.',
      });
    }
  });
  const read = await Promise.all(entries.map((entry, position) => readRegistryFile(entry.path, position, options)));
  const miss = read.find(isNeedsFullCli);
  if (miss !== undefined) return miss as Miss;
  const registries = entries.map((entry, position) => ({
    scope: scopes[position]!,
    path: entry.path,
    index: indexRegistry(read[position] as FlagRegistry),
  }));
  return {
    registries,
    registryFor: (path) => registries[selectScope(scopes, path)],
  };
}

async function readRegistryFile<Miss extends NeedsFullCli>(path: string, position: number, options: ReadRegistriesOptions<Miss>): Promise<FlagRegistry | Miss> {
  const absolute = resolve(options.repoRoot, path);
  const inside = relative(options.repoRoot, absolute);
  if (isAbsolute(path) || inside.startsWith('..')) {
    throw new ConfigError(`flags.registries[${position}].path "${path}" is outside the repository`, {
      hint: 'Registries live in the repository: give a path relative to its top level, e.g. "flags.json".',
    });
  }
  refuseLinkOutside(absolute, options.repoRoot, path, position);
  // Through the cache when there is one: a hit, or the parser's registry stored (never its `Miss`).
  const parse = async (content: Uint8Array, stat: RegistryStat | undefined): Promise<FlagRegistry | Miss> => {
    const cached = await options.cache?.lookupByContent(path, content, stat);
    if (cached !== undefined) return cached;
    const parsed = await options.parseRegistry(Buffer.from(content).toString('utf8'), path);
    return isNeedsFullCli(parsed) || options.cache === undefined ? parsed : options.cache.storeParsed(path, content, stat, parsed);
  };
  const fromGit = options.readFromGit === undefined ? null : await options.readFromGit(inside.split(sep).join('/'), (hexLength) => readWorkTreeBlobId(absolute, path, hexLength, options.cache));
  if (fromGit !== null) {
    // Validated by content (its hash) alone: a blob has no mtime to trust.
    const content = Buffer.from(fromGit, 'utf8');
    return parse(content, undefined);
  }
  let info: RegistryStat;
  try {
    const stats = statSync(absolute);
    if (stats.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    if (!stats.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    info = { size: stats.size, mtimeMs: stats.mtimeMs };
  } catch (error) {
    throw readProblem(error, path, position);
  }
  const cached = await options.cache?.lookupByStat(path, info);
  if (cached !== undefined) return cached;
  let content: Buffer;
  try {
    content = readFileSync(absolute);
  } catch (error) {
    throw readProblem(error, path, position);
  }
  return parse(content, info);
}

/**
 * Throws when the work tree's registry is a symbolic link that resolves outside the repository
 * (to /proc/self/environ, a secret): it is refused unread, as a parse error could quote it. A
 * missing file is left to the read, which says so.
 */
function refuseLinkOutside(absolute: string, repoRoot: string, path: string, position: number): void {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    // Recovered on purpose: a missing or unreadable file is reported by the read that follows.
    return;
  }
  if (!isPathInside(real, realpathSync(repoRoot))) {
    throw new RegistryError(`flag registry ${path} is a symbolic link to a file outside the repository: refused unread (flags.registries[${position}])`, {
      hint: `Replace the link ${path} with the registry file itself.`,
    });
  }
}

/**
 * git's blob id of the work tree file, or undefined when it cannot be read: from the registry
 * cache when the file's size and mtime are those it recorded (SHA-1 repositories), else hashed.
 */
async function readWorkTreeBlobId(absolute: string, key: string, hexLength: number, cache: RegistryCache | undefined): Promise<string | undefined> {
  try {
    const stats = statSync(absolute);
    // A FIFO or a device in the registry's place is not the staged file, and reading it would
    // wait for a writer (a FIFO) or never end (/dev/zero): the staged blob is read instead.
    if (!stats.isFile()) return undefined;
    if (hexLength === 40 && cache !== undefined) {
      const known = await cache.blobIdByStat(key, { size: stats.size, mtimeMs: stats.mtimeMs });
      if (known !== undefined) return known;
    }
    return gitBlobIdOf(readFileSync(absolute), hexLength);
  } catch {
    // Recovered on purpose: an unreadable work tree file is not the staged one; the staged blob is read.
    return undefined;
  }
}

function readProblem(error: unknown, path: string, position: number): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new RegistryError(`flag registry ${path} not found (flags.registries[${position}])`, {
      hint: `Create ${path} (a list of { "key": ..., "status": ... }), point flags.registries at your registry, or set flags.enabled to false.`,
    });
  }
  if (code === 'EISDIR') {
    return new RegistryError(`flag registry ${path} is a folder, not a file (flags.registries[${position}])`, {
      hint: 'Point flags.registries[].path at the registry file itself, e.g. "flags.json".',
    });
  }
  if (code === 'ENOTFILE') {
    return new RegistryError(`flag registry ${path} is not a regular file (a FIFO, a socket or a device): refused unread (flags.registries[${position}])`, {
      hint: `Replace ${path} with the registry file itself.`,
    });
  }
  return new FileReadError(`cannot read flag registry ${path}: ${(error as Error).message}`, {
    cause: error,
    hint: 'Check the file\'s permissions.',
  });
}

// Where a config file may be: the file names, in order, and the folders searched. The config
// cache proves itself valid by checking exactly these paths, so the search and the cache
// cannot disagree.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The `package.json` key that may hold the config. */
export const PACKAGE_PROP = 'prove';

/** Data files, in the order they are tried within one folder. The first one found wins. */
export const SEARCH_PLACES = ['package.json', '.proverc', '.proverc.json', '.proverc.yaml', '.proverc.yml'] as const;

/**
 * Code files that would run on every commit. They are refused with a clear error rather than
 * silently ignored: a config is data (it is validated once, then cached).
 */
export const REFUSED_PLACES = ['.proverc.js', '.proverc.cjs', '.proverc.mjs', '.proverc.ts', '.proverc.cts', '.proverc.mts'] as const;

/** Where a search starts and stops. */
export interface SearchScope {
  /** The folder the search starts in (the project: usually the work tree root in a hook). */
  readonly projectDir: string;
  /** The last folder searched (the git work tree root); the search never goes above it. */
  readonly stopDir: string;
}

/**
 * The folders searched, nearest first: `projectDir`, its parents, up to and including
 * `stopDir`. When `projectDir` is not inside `stopDir`, only `projectDir` is searched.
 */
export function listSearchDirs(scope: SearchScope): string[] {
  const start = resolve(scope.projectDir);
  const stop = resolve(scope.stopDir);
  // A hook runs at the work tree root: one folder, and node:path's relative() is not even compiled.
  if (start === stop) return [start];
  const rel = relative(stop, start);
  if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return [start];
  const dirs = [start];
  for (let dir = start; dir !== stop; ) {
    const parent = dirname(dir);
    if (parent === dir) break;
    dirs.push(parent);
    dir = parent;
  }
  return dirs;
}

/** True when `path` is `dir` or inside it (both absolute, resolved). */
export function isPathInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** Every path the search may look at, in search order (data files, then refused code files, per folder). */
export function listConfigCandidates(scope: SearchScope): string[] {
  // The folders are resolved (absolute, normalized), so a name is appended as join() would, without
  // its normalization: eleven calls per folder on every commit made V8 compile node's path code hot.
  return listSearchDirs(scope).flatMap((dir) => {
    const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
    return [...SEARCH_PLACES, ...REFUSED_PLACES].map((name) => `${prefix}${name}`);
  });
}

/** A search as the config cache keys it: its folders and every path it may look at ({@link listConfigCandidates}). */
export function describeConfigSearch(scope: SearchScope): { readonly projectDir: string; readonly stopDir: string; readonly candidates: readonly string[] } {
  return { projectDir: scope.projectDir, stopDir: scope.stopDir, candidates: listConfigCandidates(scope) };
}

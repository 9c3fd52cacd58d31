// Reading the constants a changed file imports from other files of the repository, for the flag
// keys the context scan left dynamic (`variation(FLAGS.NEW_CHECKOUT)` with FLAGS imported): the
// imported files are read from the same source as the change (the index for a commit, the pushed
// commit for a push), one `git cat-file --batch` for all of them, once per run, bounded in count
// and size; Go's same-package files, and those of the module's packages a file imports (placed by
// its go.mod, read first), are listed with one `git ls-tree` per folder; what a JS/TS barrel
// re-exports is read in a second batch (two levels at most). Runs only when a changed file has
// such a key: otherwise no git process is started.
import { isAscii } from 'node:buffer';
import { posix } from 'node:path';
import { findGoImports, goImportFolder, goModuleFiles, readGoModulePath } from '../core/flags/go-imports.js';
import {
  bindImportedConstants,
  findConstantImports,
  isGoPackageFile,
  MAX_IMPORTED_FILE_BYTES,
  MAX_IMPORTED_FILES,
  parseNamedKey,
  readExportedConstants,
} from '../core/flags/imported-constants.js';
import { addReExportedConstants, findReExports } from '../core/flags/re-exports.js';
import { lexFamilyOf } from '../core/flags/source-lexer.js';
import type { DiffTarget } from '../git/diff-stream.js';
import { readBlobs, readFolderFiles } from '../git/run-git.js';

/** Most paths asked of git for one run (an import names several candidates: extensions, index files). */
const MAX_CANDIDATE_PATHS = 4 * MAX_IMPORTED_FILES;
/** Most folders listed for Go's same-package files in one run (and as many for imported packages). */
const MAX_GO_FOLDERS = 8;
/** How many barrels deep re-exports are followed (`index.ts` → `keys/index.ts` → `keys/flags.ts`). */
const MAX_REEXPORT_DEPTH = 2;

/** A changed file whose post-image has dynamic keys written as names. */
export interface UnresolvedFile {
  readonly path: string;
  readonly text: string;
  /** The dynamic keys' expressions, as the scan gave them. */
  readonly expressions: readonly string[];
}

/**
 * Per changed file (by path), its names bound to constants of the files it imports; files with
 * none are left out. `changedPaths`: the change's new paths (a staged Go file is listed by no
 * commit yet). Throws GitError when git cannot run; an import that cannot be read leaves its key dynamic.
 */
export async function readImportedKeys(
  files: readonly UnresolvedFile[],
  input: { target: DiffTarget; repoRoot: string; env: NodeJS.ProcessEnv; changedPaths: readonly string[] },
): Promise<Map<string, ReadonlyMap<string, string>>> {
  const bound = new Map<string, ReadonlyMap<string, string>>();
  const wanted = files
    .map((file) => ({ ...file, keys: file.expressions.map(parseNamedKey).filter((parts): parts is string[] => parts !== undefined) }))
    .filter((file) => file.keys.length > 0 && lexFamilyOf(file.path) !== 'plain');
  if (wanted.length === 0) return bound;
  const git = { cwd: input.repoRoot, env: input.env };
  const { target } = input;
  // Go: the other files of the folder are the package.
  const goFolders = [...new Set(wanted.filter((file) => file.path.endsWith('.go')).map((file) => folderOf(file.path)))].slice(0, MAX_GO_FOLDERS);
  const folderFiles = new Map<string, string[]>();
  for (const dir of goFolders) {
    const listed = await readFolderFiles(target.kind === 'staged' ? 'HEAD' : target.tip, dir, git);
    const added = target.kind === 'staged' ? input.changedPaths.filter((path) => folderOf(path) === dir) : [];
    folderFiles.set(dir, [...new Set([...listed, ...added])].sort());
  }
  const texts = new Map<string, string>();
  const readTexts = async (wantedPaths: readonly string[]): Promise<void> => {
    const paths = [...new Set(wantedPaths)].filter((path) => !texts.has(path) && !path.includes('\n')).slice(0, MAX_CANDIDATE_PATHS);
    if (paths.length === 0) return;
    const blobs = await readBlobs(
      paths.map((path) => (target.kind === 'staged' ? `:0:${path}` : `${target.tip}:${path}`)),
      // A larger file is read past, never held: an import of a huge file costs git's time only.
      { ...git, maxBlobBytes: MAX_IMPORTED_FILE_BYTES },
    );
    const decoder = new TextDecoder('utf-8', { fatal: false });
    for (let k = 0; k < paths.length && texts.size < MAX_IMPORTED_FILES; k++) {
      const blob = blobs[k];
      // Missing, a folder, too large or binary: not read (its keys stay dynamic).
      if (blob === undefined || blob.length > MAX_IMPORTED_FILE_BYTES || blob.includes(0)) continue;
      texts.set(paths[k]!, isAscii(blob) ? blob.toString('latin1') : decoder.decode(blob));
    }
  };
  // Go: packages of the module a file imports by path (`flags.Dark`), placed by its go.mod.
  const goImported = await listGoImportedPackages(wanted, { target, git, changedPaths: input.changedPaths, readTexts, texts });
  const plans = wanted.map((file) => {
    const dir = folderOf(file.path);
    const goFiles = (folderFiles.get(dir) ?? []).filter((name) => isGoPackageFile(name, dir, file.path));
    return { file, imports: findConstantImports(file.text, file.path, file.keys, goFiles, goImported.get(file.path)) };
  });
  const paths: string[] = [];
  const seen = new Set<string>();
  for (const { imports } of plans) {
    for (const entry of imports) {
      for (const candidate of entry.candidates) {
        if (seen.has(candidate) || paths.length >= MAX_CANDIDATE_PATHS) continue;
        seen.add(candidate);
        paths.push(candidate);
      }
    }
  }
  if (paths.length === 0) return bound;
  await readTexts(paths);
  // Barrels: what a read JS/TS file re-exports from others (`export * from './keys'`).
  let reached = [...texts.keys()];
  for (let depth = 0; depth < MAX_REEXPORT_DEPTH && reached.length > 0; depth++) {
    const sources = reached.flatMap((path) => findReExports(texts.get(path)!, path).flatMap((reExport) => reExport.candidates));
    const before = new Set(texts.keys());
    await readTexts(sources);
    reached = [...texts.keys()].filter((path) => !before.has(path));
  }
  const constants = new Map<string, ReadonlyMap<string, string>>();
  for (const { file, imports } of plans) {
    const family = lexFamilyOf(file.path);
    const visiting = new Set<string>();
    const constantsOf = (path: string): ReadonlyMap<string, string> | undefined => {
      const text = texts.get(path);
      // A barrel that re-exports itself (a cycle) is read once.
      if (text === undefined || visiting.has(path)) return undefined;
      const cacheKey = `${family}\0${path}`;
      let found = constants.get(cacheKey);
      if (found === undefined) {
        visiting.add(path);
        found = addReExportedConstants(readExportedConstants(text, path, family), family === 'js' ? findReExports(text, path) : [], constantsOf);
        visiting.delete(path);
        constants.set(cacheKey, found);
      }
      return found;
    };
    const names = bindImportedConstants(imports, file.keys, constantsOf);
    if (names.size > 0) bound.set(file.path, names);
  }
  return bound;
}

/**
 * Per Go file, the `.go` files (no tests) of each package of its module it imports and reads a
 * qualified key of (`flags.Dark`), by the name it calls the package: the nearest go.mod names the
 * module, the import path below it the folder, which `git ls-tree` lists (with the staged new
 * files of that folder).
 */
async function listGoImportedPackages(
  files: readonly { path: string; text: string; keys: readonly (readonly string[])[] }[],
  io: {
    target: DiffTarget;
    git: { cwd: string; env: NodeJS.ProcessEnv };
    changedPaths: readonly string[];
    readTexts: (paths: readonly string[]) => Promise<void>;
    texts: ReadonlyMap<string, string>;
  },
): Promise<Map<string, ReadonlyMap<string, readonly string[]>>> {
  const packages = new Map<string, ReadonlyMap<string, readonly string[]>>();
  const wanted = files.flatMap((file) => {
    if (!file.path.endsWith('.go')) return [];
    const qualifiers = new Set(file.keys.filter((parts) => parts.length > 1).map((parts) => parts[0]!));
    const imports = findGoImports(file.text).filter((entry) => qualifiers.has(entry.local));
    return imports.length === 0 ? [] : [{ path: file.path, imports, modules: goModuleFiles(folderOf(file.path)) }];
  });
  if (wanted.length === 0) return packages;
  await io.readTexts(wanted.flatMap((file) => file.modules));
  const listed = new Map<string, string[]>();
  for (const file of wanted) {
    const goMod = file.modules.find((path) => io.texts.has(path));
    const modulePath = goMod === undefined ? undefined : readGoModulePath(io.texts.get(goMod)!);
    if (goMod === undefined || modulePath === undefined) continue;
    const byLocal = new Map<string, readonly string[]>();
    for (const entry of file.imports) {
      const folder = goImportFolder(entry.path, goMod, modulePath);
      if (folder === undefined || folder === folderOf(file.path)) continue;
      let names = listed.get(folder);
      if (names === undefined) {
        if (listed.size >= MAX_GO_FOLDERS) continue;
        const inCommit = await readFolderFiles(io.target.kind === 'staged' ? 'HEAD' : io.target.tip, folder, io.git);
        const staged = io.target.kind === 'staged' ? io.changedPaths.filter((path) => folderOf(path) === folder) : [];
        names = [...new Set([...inCommit, ...staged])].filter((name) => isGoPackageFile(name, folder, '')).sort();
        listed.set(folder, names);
      }
      if (names.length > 0) byLocal.set(entry.local, names);
    }
    if (byLocal.size > 0) packages.set(file.path, byLocal);
  }
  return packages;
}

function folderOf(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}

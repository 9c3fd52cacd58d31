// Reading the constants a changed file imports from other files of the repository, for the flag
// keys the context scan left dynamic (`variation(FLAGS.NEW_CHECKOUT)` with FLAGS imported): the
// imported files are read from the same source as the change (the index for a commit, the pushed
// commit for a push), one `git cat-file --batch` for all of them, once per run, bounded in count
// and size; Go's same-package files are listed with one `git ls-tree` per folder. Runs only when
// a changed file has such a key: otherwise no git process is started.
import { isAscii } from 'node:buffer';
import { posix } from 'node:path';
import {
  bindImportedConstants,
  findConstantImports,
  isGoPackageFile,
  MAX_IMPORTED_FILE_BYTES,
  MAX_IMPORTED_FILES,
  parseNamedKey,
  readExportedConstants,
} from '../core/flags/imported-constants.js';
import { lexFamilyOf } from '../core/flags/source-lexer.js';
import type { DiffTarget } from '../git/diff-stream.js';
import { readBlobs, readFolderFiles } from '../git/run-git.js';

/** Most paths asked of git for one run (an import names several candidates: extensions, index files). */
const MAX_CANDIDATE_PATHS = 4 * MAX_IMPORTED_FILES;
/** Most folders listed for Go's same-package files in one run. */
const MAX_GO_FOLDERS = 8;

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
  const plans = wanted.map((file) => {
    const dir = folderOf(file.path);
    const goFiles = (folderFiles.get(dir) ?? []).filter((name) => isGoPackageFile(name, dir, file.path));
    return { file, imports: findConstantImports(file.text, file.path, file.keys, goFiles) };
  });
  const paths: string[] = [];
  const seen = new Set<string>();
  for (const { imports } of plans) {
    for (const entry of imports) {
      for (const candidate of entry.candidates) {
        if (seen.has(candidate) || paths.length >= MAX_CANDIDATE_PATHS || candidate.includes('\n')) continue;
        seen.add(candidate);
        paths.push(candidate);
      }
    }
  }
  if (paths.length === 0) return bound;
  const blobs = await readBlobs(
    paths.map((path) => (target.kind === 'staged' ? `:0:${path}` : `${target.tip}:${path}`)),
    // A larger file is read past, never held: an import of a huge file costs git's time only.
    { ...git, maxBlobBytes: MAX_IMPORTED_FILE_BYTES },
  );
  const texts = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let k = 0; k < paths.length && texts.size < MAX_IMPORTED_FILES; k++) {
    const blob = blobs[k];
    // Missing, a folder, too large or binary: not read (its keys stay dynamic).
    if (blob === undefined || blob.length > MAX_IMPORTED_FILE_BYTES || blob.includes(0)) continue;
    texts.set(paths[k]!, isAscii(blob) ? blob.toString('latin1') : decoder.decode(blob));
  }
  const constants = new Map<string, ReadonlyMap<string, string>>();
  for (const { file, imports } of plans) {
    const family = lexFamilyOf(file.path);
    const constantsOf = (path: string): ReadonlyMap<string, string> | undefined => {
      const text = texts.get(path);
      if (text === undefined) return undefined;
      const cacheKey = `${family}\0${path}`;
      let found = constants.get(cacheKey);
      if (found === undefined) constants.set(cacheKey, (found = readExportedConstants(text, path, family)));
      return found;
    };
    const names = bindImportedConstants(imports, file.keys, constantsOf);
    if (names.size > 0) bound.set(file.path, names);
  }
  return bound;
}

function folderOf(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}

// prove-hooks' own folder inside a git dir, and the guard every writer goes through: the tool
// writes only inside the git dir, so it never writes through a symbolic link planted there.
import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CacheError } from './errors.js';
import { STATE_DIR_NAME } from './state-folder.js';


/**
 * Returns `<gitDir>/prove-hooks[/sub...]`, creating each missing level. Every level must be a
 * real directory: a symbolic link (which could lead out of the repository) or a file there is
 * refused with a {@link CacheError}, and nothing is created through it.
 */
export function ensureStateDir(gitDir: string, ...sub: readonly string[]): string {
  return ensureRealDirs(gitDir, [STATE_DIR_NAME, ...sub]);
}

/**
 * Makes the `depth` folders above `file` (e.g. 1 for `<git dir>/prove-hooks/x.json`, 2 for
 * `<git dir>/prove-hooks/rejected/x.txt`) exist as real directories, as {@link ensureStateDir}
 * does; the folder above them (the git dir) must exist. Throws a {@link CacheError} otherwise.
 */
export function prepareStateFile(file: string, depth = 1): void {
  const names: string[] = [];
  let dir = dirname(file);
  for (let level = 0; level < depth; level++) {
    names.unshift(basename(dir));
    dir = dirname(dir);
  }
  ensureRealDirs(dir, names);
}

/**
 * Writes a state file whole or not at all, after checking its folders as {@link prepareStateFile}
 * does: into a temporary file beside it (a unique name, created exclusively, so a planted file or
 * link is never written through), then renamed over it, so a reader never sees half a file. On
 * any failure the temporary file is removed and the error thrown: the caller decides what a
 * failed write means (most only lose a shortcut). Without a lock, two writers at once each
 * write a whole file and the last rename wins.
 */
export function writeStateFile(file: string, data: string | Uint8Array | Iterable<Uint8Array | string>, depth = 1): void {
  prepareStateFile(file, depth);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const fd = openSync(temp, 'wx');
    try {
      const parts = typeof data === 'string' ? [Buffer.from(data, 'utf8')] : data instanceof Uint8Array ? [data] : data;
      for (const part of parts) writeWhole(fd, part);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Recovered on purpose: the write failed and is reported; a leftover temporary file adds nothing.
    }
    throw error;
  }
}

/**
 * True when `format` names another version of the state file format `current`
 * (`prove-hooks/<name>@<n>`): another prove-hooks version shares the clone (two worktrees), and
 * its file is replaced quietly, not reported as damaged.
 */
export function isOtherFormatOf(format: unknown, current: string): boolean {
  const family = current.slice(0, current.lastIndexOf('@') + 1);
  return typeof format === 'string' && format !== current && format.startsWith(family) && /^\d+$/.test(format.slice(family.length));
}

/**
 * True when `format` names a newer version of the state file format `current` than this build's
 * (`prove-hooks/<name>@<n>` with a greater n): a newer prove-hooks wrote it. A file that holds
 * what cannot be derived again cheaply is then left alone, not replaced by this build's.
 */
export function isNewerFormatOf(format: unknown, current: string): boolean {
  const at = current.lastIndexOf('@') + 1;
  return isOtherFormatOf(format, current) && Number((format as string).slice(at)) > Number(current.slice(at));
}

/**
 * `stateDir` (a `<git dir>/prove-hooks` folder) made ready as {@link prepareStateFile} makes it,
 * or undefined when it cannot be (a planted link, a read-only git dir): for writers that have a
 * way around it.
 */
export function tryPrepareStateDir(stateDir: string): string | undefined {
  try {
    prepareStateFile(join(stateDir, 'entry'));
    return stateDir;
  } catch {
    // Recovered on purpose: the caller does without the folder (the diff goes through a pipe).
    return undefined;
  }
}

function ensureRealDirs(base: string, names: readonly string[]): string {
  // The git dir itself exists in any real run (and may legitimately be a link); tests may start bare.
  // One stat when it exists (every run but the first); a recursive mkdir costs several calls.
  if (lstatSync(base, { throwIfNoEntry: false }) === undefined) mkdirSync(base, { recursive: true });
  let dir = base;
  for (const name of names) {
    dir = join(dir, name);
    let stats = lstatSync(dir, { throwIfNoEntry: false });
    if (stats === undefined) {
      try {
        mkdirSync(dir);
      } catch (error) {
        // Another process made it first: fine, it is checked below like any existing entry.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new CacheError(`cannot create ${dir}: ${(error as Error).message}`, { cause: error });
        }
      }
      stats = lstatSync(dir);
    }
    if (stats.isSymbolicLink()) {
      throw new CacheError(`refusing to write through ${dir}: it is a symbolic link, and prove-hooks writes only inside the git dir`, {
        hint: `Remove the link (\`rm ${dir}\`); prove-hooks recreates the folder.`,
      });
    }
    if (!stats.isDirectory()) {
      throw new CacheError(`cannot use ${dir}: it is not a directory`, { hint: `Remove it (\`rm ${dir}\`); prove-hooks recreates the folder.` });
    }
  }
  return dir;
}

/**
 * Writes `part` whole. A string is handed to the system as it is (node encodes it outside the
 * JavaScript heap, so megabytes of text leave no buffers for the collector); the rest of a short
 * write, which a regular file does not give but for a full disk, goes as bytes.
 */
function writeWhole(fd: number, part: Uint8Array | string): void {
  if (typeof part === 'string') {
    const written = writeSync(fd, part, null, 'utf8');
    if (written === Buffer.byteLength(part, 'utf8')) return;
    part = Buffer.from(part, 'utf8').subarray(written);
  }
  for (let at = 0; at < part.length; ) at += writeSync(fd, part, at);
}

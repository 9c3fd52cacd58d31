// The one place that spawns git: an injectable runner (argument arrays, never a shell), and a
// streaming variant for output too large to buffer (the diffs the flag check scans). The
// processes are started by spawn-git.ts, loaded on first use: node:child_process and the git
// version check (node:crypto) cost milliseconds of startup that a cached hook run never needs.
import { join } from 'node:path';
import { ensureStateDir } from '../state-dir.js';
import { GitError } from '../errors.js';
import { locateRepository } from './repository.js';
import { MAX_LISTING_BYTES, type GitRunOptions, type GitRunResult } from './git-invocation.js';
import type { GitStream } from './spawn-git.js';

export type { GitRunOptions, GitRunResult } from './git-invocation.js';
export type { GitStream, ReadBytes, ReadChunk } from './spawn-git.js';

/**
 * Runs `git <args>` and resolves with its exit status and output. Rejects only when git could
 * not be run at all (not on PATH, not executable): a {@link GitError}.
 */
export type GitRunner = (args: readonly string[], options: GitRunOptions) => Promise<GitRunResult>;

/**
 * The real runner: node's `execFile` (no shell, so no quoting issues and no injection). Before
 * its first git command it checks that git is new enough ({@link checkGitVersion}: remembered in
 * the repository's state dir, so usually one stat); a too-old git rejects every call.
 */
export function createGitRunner(executable = 'git'): GitRunner {
  let versionChecked: Promise<void> | undefined;
  const run = async (args: readonly string[], options: GitRunOptions): Promise<GitRunResult> => {
    const { runGitProcess } = await import('./spawn-git.js');
    return runGitProcess(executable, args, options);
  };
  return async (args, options) => {
    versionChecked ??= import('./git-version.js').then(({ checkGitVersion }) =>
      checkGitVersion({
        executable,
        env: options.env ?? process.env,
        cwd: options.cwd,
        stampFile: findVersionStampFile(options.cwd, options.env ?? process.env),
        readVersionOutput: () => run(['--version'], options),
      }),
    );
    await versionChecked;
    return run(args, options);
  };
}

/** `<common dir>/prove-hooks/git-version.json`, or undefined outside a work tree's repository or when the state dir is unusable. */
function findVersionStampFile(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    const context = locateRepository(cwd, env);
    // A bare repository (a server's) gets no prove-hooks state: the check then runs every time.
    // Git runs a bare repository's hooks in it with GIT_DIR=., which the locator reads as a work
    // tree at the git dir itself: that is no work tree either.
    const bare = context === null || context.topLevel === null || context.topLevel === context.gitDir;
    return bare ? undefined : join(ensureStateDir(context.commonDir), 'git-version.json');
  } catch {
    // Recovered on purpose: without a place to remember the check, it runs every time.
    return undefined;
  }
}

/** Runs git and returns stdout; a non-zero exit becomes a {@link GitError} quoting git's stderr. */
export async function runGitOk(runner: GitRunner, args: readonly string[], options: GitRunOptions): Promise<string> {
  const result = await runner(args, options);
  if (result.status !== 0) {
    throw new GitError(`git ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.trim() || 'no message'}`, {
      hint: `Run the same command in ${options.cwd} to see what git says.`,
    });
  }
  return result.stdout;
}

/**
 * Runs `git <args>` and hands its stdout to `onChunk` as it arrives (never buffered whole), so
 * the caller works while git is still writing. Resolves with the byte count when git exits 0.
 * Rejects with a {@link GitError} quoting git's stderr when git fails or cannot be run; when
 * `onChunk` throws, git is killed and the promise rejects with that error.
 */
export async function streamGit(args: readonly string[], options: GitRunOptions, onChunk: (chunk: Buffer) => void): Promise<{ readonly bytes: number }> {
  const { streamGitProcess } = await import('./spawn-git.js');
  return streamGitProcess(args, options, onChunk);
}

/**
 * Starts `git <args>` now, for a consumer that attaches later (see {@link GitStream}): git
 * produces output while the caller loads its config; at most `maxBufferedBytes` wait in memory.
 */
export function startGitStream(args: readonly string[], options: GitRunOptions, maxBufferedBytes: number): GitStream {
  return deferredStream(import('./spawn-git.js').then(({ startGitProcessStream }) => startGitProcessStream(args, options, maxBufferedBytes)));
}

/**
 * Like {@link startGitStream}, for output that may be large (a diff of tens of MB): git writes to
 * an unlinked temporary file in `spoolDir` (prove-hooks' folder in the git dir) that the consumer
 * reads as it grows, so git never waits for the consumer and nothing is held in memory (see
 * spool-git.ts startGitProcessSpool). Without `spoolDir`, or where no such file can be made
 * (Windows), a pipe holding at most `maxBufferedBytes` before `consume`.
 */
export function startGitSpool(args: readonly string[], options: GitRunOptions, maxBufferedBytes: number, spoolDir: string | undefined): GitStream {
  return deferredStream(import('./spool-git.js').then(({ startGitProcessSpool }) => startGitProcessSpool(args, options, maxBufferedBytes, spoolDir)));
}

/**
 * Starts the git runs whose output is streamed (the diffs): injectable like {@link GitRunner}, so
 * what reads a diff can be driven by another source. {@link GIT_STREAMS} spawns git.
 */
export interface GitStreamRunner {
  /** Output held in memory up to `maxBufferedBytes` until consumed: {@link startGitStream}. */
  stream(args: readonly string[], options: GitRunOptions, maxBufferedBytes: number): GitStream;
  /** Output that may be large, spooled to a file in `spoolDir` when given: {@link startGitSpool}. */
  spool(args: readonly string[], options: GitRunOptions, maxBufferedBytes: number, spoolDir: string | undefined): GitStream;
}

/** The streaming runner that spawns git. */
export const GIT_STREAMS: GitStreamRunner = { stream: startGitStream, spool: startGitSpool };

/** A GitStream over one that is still being started (spawn-git.js is loaded on first use, a diff's trees are resolved first). */
export function deferredStream(started: Promise<GitStream>): GitStream {
  // A failed import surfaces through `consume`; without a consumer there is nothing to report.
  started.catch(() => undefined);
  let cancelled = false;
  return {
    async consume(onChunk, readChunk) {
      return (await started).consume(onChunk, readChunk);
    },
    cancel() {
      if (cancelled) return;
      cancelled = true;
      void started.then((stream) => stream.cancel());
    },
  };
}

/**
 * The contents of objects named `<rev>:<path>` (or `:0:<path>` for the index), in one
 * `git cat-file --batch` run: a Buffer per name, or undefined for a name git does not have as a
 * blob or whose blob is larger than `maxBlobBytes` (read past, never held). A name holding a
 * newline (the batch protocol reads one name a line) is resolved to its object id first, with
 * one `git rev-parse` each (rare). Throws GitError when git cannot run or fails.
 */
export async function readBlobs(names: readonly string[], options: BlobReadOptions): Promise<(Buffer | undefined)[]> {
  const reads = startBlobReads(options);
  for (const name of names) reads.request(name.includes('\n') ? await resolveObjectName(name, options) : name);
  return reads.results();
}

/**
 * {@link readBlobs} handing each blob to `onBlob` as git writes it (in request order) instead of
 * keeping them all: memory holds one blob at a time, for reads of many files. Throws GitError.
 */
export async function forEachBlob(names: readonly string[], options: BlobReadOptions, onBlob: (index: number, bytes: Buffer | undefined) => void): Promise<void> {
  if (names.length === 0) return;
  const { startBlobBatch } = await import('./blob-batch.js');
  let index = 0;
  const batch = startBlobBatch({ cwd: options.cwd, env: options.env ?? process.env, maxBytes: options.maxBlobBytes }, (blob) => {
    onBlob(index++, blob.kind === 'blob' ? blob.bytes : undefined);
  });
  for (const name of names) batch.request(name.includes('\n') ? await resolveObjectName(name, options) : name);
  await batch.end();
}

/** The object id `name` resolves to, or an id no object has (read back as missing). */
async function resolveObjectName(name: string, options: Omit<GitRunOptions, 'input'>): Promise<string> {
  // --verify --quiet: one object id or nothing. A blob name starts with `:` or a commit id, never a dash.
  const resolved = await createGitRunner()(['rev-parse', '--verify', '--quiet', name], options);
  return resolved.status === 0 ? resolved.stdout.trim() : '0'.repeat(40);
}

/** Where blobs are read, and the largest one kept. */
export interface BlobReadOptions extends Omit<GitRunOptions, 'input'> {
  /** A blob larger than this is read past by the parser (memory stays bounded) and given as undefined. */
  readonly maxBlobBytes: number;
  /** Called (from the event loop, never inside `request`) each time a requested name's content has been read. */
  readonly onRead?: () => void;
}

/** Blob reads started while the names are still being found ({@link startBlobReads}). */
export interface BlobReads {
  /** Asks for the object `name` (no newline in it); returns its slot in {@link results}. Starts git on the first call. */
  request(name: string): number;
  /** Each requested name's content in request order (undefined: not a blob there, or over the size limit). Throws GitError when git fails. */
  results(): Promise<(Buffer | undefined)[]>;
  /**
   * The contents read so far, in request order (as in {@link results}): slot `k` is there once
   * `k < readSoFar().length`. For a caller that works on each as it comes ({@link BlobReadOptions.onRead}).
   */
  readSoFar(): readonly (Buffer | undefined)[];
  /** Stops git, if it was started, when the results are no longer wanted; {@link results} then resolves to none. */
  cancel(): void;
}

/**
 * {@link readBlobs} that starts git at the first name and sends each name as it is found, so git
 * reads the objects while the caller is still busy (the flag check: while it scans the diff).
 * No name requested, no process. The output is parsed as it streams (git/blob-batch.ts), so a
 * huge file in the change costs the time git takes to write it, never its size in memory.
 */
export function startBlobReads(options: BlobReadOptions): BlobReads {
  let git: Promise<import('./blob-batch.js').BlobBatch> | undefined;
  const blobs: (Buffer | undefined)[] = [];
  let count = 0;
  let cancelled = false;
  return {
    request(name) {
      // --batch: for each name, `<id> <type> <size>` then the raw object bytes (no filters, no
      // textconv), or `<name> missing`. One process for every file of the change.
      git ??= import('./blob-batch.js').then(({ startBlobBatch }) =>
        startBlobBatch({ cwd: options.cwd, env: options.env ?? process.env, maxBytes: options.maxBlobBytes }, (blob) => {
          blobs.push(blob.kind === 'blob' ? blob.bytes : undefined);
          options.onRead?.();
        }),
      );
      void git.then((started) => started.request(name), () => undefined);
      return count++;
    },
    async results() {
      if (git === undefined || cancelled) return [];
      await (await git).end();
      return blobs;
    },
    readSoFar() {
      return blobs;
    },
    cancel() {
      cancelled = true;
      void git?.then((started) => started.kill(), () => undefined);
    },
  };
}

/**
 * The files directly in folder `dir` (repository-relative, '' for the root) of commit `commit`:
 * repository-relative paths. Used to find a Go file's same-package files. An unreadable commit
 * (none yet) or folder gives []; throws GitError only when git cannot run.
 */
export async function readFolderFiles(commit: string, dir: string, options: Omit<GitRunOptions, 'input'>): Promise<string[]> {
  const { startGitProcessBytes } = await import('./spawn-git.js');
  // -z: paths as they are (no quoting). ls-tree without -r lists the folder's own entries only.
  // --literal-pathspecs: a folder named `*` or `:(glob)` is a name, never a pattern.
  const args = ['--literal-pathspecs', 'ls-tree', '-z', '--name-only', commit, '--', dir === '' ? '.' : `${dir}/`];
  const result = await startGitProcessBytes('git', args, { ...options, maxOutputBytes: MAX_LISTING_BYTES }).end();
  // A missing commit or folder is no error here: no same-package file is read.
  if (result.status !== 0) return [];
  const prefix = dir === '' ? '' : `${dir}/`;
  return result.stdout
    .toString('utf8')
    .split('\0')
    .filter((name: string) => name.startsWith(prefix) && name.length > prefix.length && !name.slice(prefix.length).includes('/'));
}

// Starts git processes with node:child_process (argument arrays, never a shell). Only
// run-git.ts imports this module, lazily, so node:child_process is loaded only by runs that
// start git at all: a commit-msg run whose git settings are cached starts none.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { GitError } from '../errors.js';
import type { GitRunOptions, GitRunResult } from './run-git.js';

/** Output larger than this is a bug in the caller (we only read small values). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/**
 * (Behind createGitRunner.) Runs `executable args` and resolves with its exit status and output;
 * rejects with a {@link GitError} only when git could not be run at all.
 */
export function runGitProcess(executable: string, args: readonly string[], options: GitRunOptions): Promise<GitRunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      executable,
      [...args],
      { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve({ status: 0, stdout, stderr });
          return;
        }
        const code = (error as NodeJS.ErrnoException).code;
        if (typeof code === 'number') {
          resolve({ status: code, stdout, stderr });
          return;
        }
        reject(spawnFailure(executable, args, options.cwd, error));
      },
    );
    // Closed even without input, so a git that reads stdin never waits for it.
    child.stdin?.on('error', () => {
      // git exited without reading its input (EPIPE): its exit status says what happened.
    });
    child.stdin?.end(options.input ?? '');
  });
}

/** A GitError that says why git could not be started. */
export function spawnFailure(executable: string, args: readonly string[], cwd: string, error: Error): GitError {
  const code = (error as NodeJS.ErrnoException).code;
  // Node reports a missing working directory as ENOENT too; tell the two apart.
  if (code === 'ENOENT' && !existsSync(cwd)) {
    return new GitError(`cannot run git in ${cwd}: the directory does not exist`, { cause: error });
  }
  if (code === 'ENOENT') {
    return new GitError(`git was not found on PATH (tried to run \`${executable} ${args[0] ?? ''}\`)`, {
      hint: 'Install git and make sure `git --version` works in this shell.',
      cause: error,
    });
  }
  if (code === 'EACCES') {
    return new GitError(`git could not be executed (${executable}: permission denied)`, {
      hint: 'Check that the git on PATH is executable: `git --version`.',
      cause: error,
    });
  }
  return new GitError(`running git ${args[0] ?? ''} in ${cwd} failed: ${error.message}`, { cause: error });
}

/** Bytes of a streamed git run's stderr kept for its error message. */
const MAX_STDERR_BYTES = 64 * 1024;

/** A git run whose stdout is read as it is written, by a consumer that may attach later. */
export interface GitStream {
  /**
   * Hands git's stdout to `onChunk` (what was read before this call first) and resolves with the
   * byte count when git exits 0. Rejects with a {@link GitError} quoting git's stderr when git
   * fails or cannot be run; when `onChunk` throws, git is killed and this rejects with that
   * error. Call at most once.
   */
  consume(onChunk: (chunk: Buffer) => void): Promise<{ readonly bytes: number }>;
  /** Stops git (if it still runs) and drops its output; a no-op after `consume` settled. */
  cancel(): void;
}

/**
 * (Behind run-git.ts startGitStream.) Starts `git <args>` now and reads its stdout as it comes,
 * so git works while the caller still prepares; until `consume` is called at most
 * `maxBufferedBytes` are held (then git waits on the full pipe), never the whole output.
 */
export function startGitProcessStream(args: readonly string[], options: GitRunOptions, maxBufferedBytes: number): GitStream {
  const child = spawn('git', [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  let bytes = 0;
  let failure: unknown;
  let consumer: ((chunk: Buffer) => void) | undefined;
  let queued: Buffer[] = [];
  let queuedBytes = 0;
  let settled = false;
  const stderr = collectStderr(child.stderr);
  const deliver = (chunk: Buffer): void => {
    try {
      consumer!(chunk);
    } catch (error) {
      failure = error;
      child.kill();
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    if (failure !== undefined) return;
    bytes += chunk.length;
    if (consumer !== undefined) {
      deliver(chunk);
      return;
    }
    queued.push(chunk);
    queuedBytes += chunk.length;
    if (queuedBytes >= maxBufferedBytes) child.stdout.pause();
  });
  child.on('error', (error) => {
    failure ??= spawnFailure('git', args, options.cwd, error);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return {
    async consume(onChunk) {
      consumer = onChunk;
      const backlog = queued;
      queued = [];
      queuedBytes = 0;
      for (const chunk of backlog) if (failure === undefined) deliver(chunk);
      child.stdout.resume();
      const { code, signal } = await exited;
      settled = true;
      if (failure !== undefined) throw failure;
      if (code === 0) return { bytes };
      throw gitStreamFailure(args, options, stderr, code, signal);
    },
    cancel() {
      if (settled) return;
      settled = true;
      failure ??= new GitError(`git ${args[0] ?? ''} was cancelled`);
      queued = [];
      // Destroyed, not only killed: a paused pipe would keep the process alive.
      child.stdout.destroy();
      child.stderr.destroy();
      child.kill();
    },
  };
}

/**
 * (Behind run-git.ts streamGit.) Runs `git <args>` and hands its stdout to `onChunk` as it
 * arrives (never buffered whole), so the caller works while git is still writing. Resolves with
 * the byte count when git exits 0. Rejects with a {@link GitError} quoting git's stderr when git
 * fails or cannot be run; when `onChunk` throws, git is killed and the promise rejects with that
 * error.
 */
export function streamGitProcess(args: readonly string[], options: GitRunOptions, onChunk: (chunk: Buffer) => void): Promise<{ readonly bytes: number }> {
  return startGitProcessStream(args, options, 0).consume(onChunk);
}

/** Bytes read from a spool file at a time: few reads, and the parser gets long runs of lines. */
const SPOOL_READ_BYTES = 512 * 1024;

/** Milliseconds to wait before reading again when the reader has caught up with git. */
const SPOOL_POLL_MS = 1;

let spoolCounter = 0;

/**
 * Opens a new, already unlinked file in `dir` for reading and writing (mode 0600, created
 * exclusively, so a planted file or link is never used). Undefined where that is not possible
 * (no folder given, Windows cannot unlink an open file, a folder we cannot write).
 */
function openAnonymousSpool(dir: string | undefined): number | undefined {
  if (dir === undefined || process.platform === 'win32') return undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const path = join(dir, `prove-hooks-diff-${process.pid}-${Date.now().toString(36)}-${(spoolCounter++).toString(36)}`);
    let fd: number;
    try {
      fd = openSync(path, 'wx+', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      // Recovered on purpose: the caller reads git through a pipe instead.
      return undefined;
    }
    try {
      unlinkSync(path);
      return fd;
    } catch {
      // Recovered on purpose: a file we cannot unlink is closed, removed if possible, and the
      // caller reads git through a pipe instead.
      closeSync(fd);
      try {
        unlinkSync(path);
      } catch {
        // Recovered on purpose: nothing more to do about a file we could not remove.
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * (Behind run-git.ts startGitSpool.) Starts `git <args>` now with its stdout going to an
 * unlinked temporary file in `dir` (prove-hooks' folder in the git dir) instead of a pipe, and reads that file as git writes it. git never
 * waits for the reader (a pipe holds 64 KiB; a busy reader would stall git every few
 * milliseconds), the reader takes hundreds of KiB per read instead of a few, and nothing is
 * held in memory before `consume`: the output waits on disk (or in the page cache), and the
 * file is gone as soon as the last descriptor closes, even if this process is killed.
 * Falls back to {@link startGitProcessStream} without `dir` or where such a file cannot be made.
 */
export function startGitProcessSpool(args: readonly string[], options: GitRunOptions, maxBufferedBytes: number, dir: string | undefined): GitStream {
  const fd = openAnonymousSpool(dir);
  if (fd === undefined) return startGitProcessStream(args, options, maxBufferedBytes);
  let child: ChildProcess;
  try {
    child = spawn('git', [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', fd, 'pipe'], windowsHide: true });
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  let failure: unknown;
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let wake: (() => void) | undefined;
  let fdOpen = true;
  const closeSpool = (): void => {
    if (!fdOpen) return;
    fdOpen = false;
    closeSync(fd);
  };
  const stderr = collectStderr(child.stderr!);
  child.on('error', (error) => {
    failure ??= spawnFailure('git', args, options.cwd, error);
    exit ??= { code: null, signal: null };
    wake?.();
  });
  // 'close': git exited and its stderr is drained; everything it wrote is in the file.
  child.on('close', (code, signal) => {
    exit = { code, signal };
    wake?.();
  });
  const waitForMore = (): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        wake = undefined;
        resolve();
      }, SPOOL_POLL_MS);
      wake = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
    });
  let settled = false;
  return {
    async consume(onChunk) {
      let position = 0;
      let buffer = Buffer.allocUnsafe(SPOOL_READ_BYTES);
      let used = 0;
      try {
        for (;;) {
          if (failure !== undefined) throw failure;
          // Read whatever git has written; the exit is noted before reading, so after it the
          // read that returns 0 bytes is the end of the output.
          const exitedBefore = exit !== undefined;
          if (used === buffer.length) {
            buffer = Buffer.allocUnsafe(SPOOL_READ_BYTES);
            used = 0;
          }
          const count = readSync(fd, buffer, used, buffer.length - used, position);
          if (count > 0) {
            const chunk = buffer.subarray(used, used + count);
            used += count;
            position += count;
            try {
              onChunk(chunk);
            } catch (error) {
              failure = error;
              child.kill();
              throw error;
            }
            continue;
          }
          if (exitedBefore) break;
          await waitForMore();
        }
      } finally {
        settled = true;
        closeSpool();
        if (exit === undefined) child.kill();
      }
      if (failure !== undefined) throw failure;
      const { code, signal } = exit!;
      if (code === 0) return { bytes: position };
      throw gitStreamFailure(args, options, stderr, code, signal);
    },
    cancel() {
      if (settled) return;
      settled = true;
      failure ??= new GitError(`git ${args[0] ?? ''} was cancelled`);
      wake?.();
      child.stderr!.destroy();
      child.kill();
      closeSpool();
    },
  };
}

/** The first MAX_STDERR_BYTES of a git process's stderr, for its error message. */
function collectStderr(stream: NodeJS.ReadableStream): Buffer[] {
  const chunks: Buffer[] = [];
  let bytes = 0;
  stream.on('data', (chunk: Buffer) => {
    if (bytes >= MAX_STDERR_BYTES) return;
    chunks.push(chunk);
    bytes += chunk.length;
  });
  return chunks;
}

function gitStreamFailure(args: readonly string[], options: GitRunOptions, stderr: readonly Buffer[], code: number | null, signal: NodeJS.Signals | null): GitError {
  const message = Buffer.concat(stderr).toString('utf8').trim() || (signal ? `killed by ${signal}` : 'no message');
  return new GitError(`git ${args.find((arg) => !arg.startsWith('-') && !arg.includes('=')) ?? ''} failed (exit ${code ?? signal}): ${message}`, {
    hint: `Run \`git ${args.join(' ')}\` in ${options.cwd} to see what git says.`,
  });
}

// Starts git processes with node:child_process (argument arrays, never a shell). Only run-git.ts
// (lazily) and spool-git.ts import this module, so node:child_process is loaded only by runs
// that start git at all: a commit-msg run whose git settings are cached starts none.
import { execFile, spawn, type ChildProcess, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { GitError } from '../errors.js';
import { spawnFailure } from './spawn-failure.js';
import { DEFAULT_MAX_OUTPUT_BYTES, gitEnvironment, type GitRunOptions, type GitRunResult } from './git-invocation.js';

/** A git process started now whose stdin is written while it runs ({@link startGitProcessBytes}). */
export interface GitBytesProcess {
  /** Writes to git's stdin (buffered by Node while git is busy). */
  write(text: string): void;
  /** Closes stdin; resolves with the exit status and raw stdout, as {@link runGitProcessBytes}. */
  end(): Promise<{ status: number; stdout: Buffer }>;
  /** Stops git (a run that no longer needs its output); `end` then resolves or rejects unobserved. */
  kill(): void;
}

/**
 * (Behind startBlobReads.) {@link runGitProcessBytes} with its input written piece by piece while
 * git runs, so git starts before all the input is known.
 */
export function startGitProcessBytes(executable: string, args: readonly string[], options: Omit<GitRunOptions, 'input'>): GitBytesProcess {
  let child: ChildProcess | undefined;
  const done = new Promise<{ status: number; stdout: Buffer }>((resolve, reject) => {
    const maxBuffer = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    child = execFile(executable, [...args], { cwd: options.cwd, env: gitEnvironment(options.env), encoding: 'buffer', maxBuffer, windowsHide: true }, (error, stdout) => {
      if (error === null) return resolve({ status: 0, stdout });
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code === 'number') return resolve({ status: code, stdout });
      reject(spawnFailure(executable, args, options.cwd, error, maxBuffer));
    });
    child.stdin?.on('error', () => {
      // git exited without reading all its input (EPIPE): its exit status says what happened.
    });
  });
  // Observed by `end`; a killed process's rejection is nobody's concern.
  done.catch(() => undefined);
  return {
    write: (text) => void child?.stdin?.write(text),
    end: () => {
      child?.stdin?.end();
      return done;
    },
    kill: () => void child?.kill(),
  };
}

/**
 * (Behind createGitRunner.) Runs `executable args` and resolves with its exit status and output;
 * rejects with a {@link GitError} only when git could not be run at all.
 */
export function runGitProcess(executable: string, args: readonly string[], options: GitRunOptions): Promise<GitRunResult> {
  return new Promise((resolve, reject) => {
    const maxBuffer = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    const child = execFile(
      executable,
      [...args],
      { cwd: options.cwd, env: gitEnvironment(options.env), encoding: 'utf8', maxBuffer, windowsHide: true },
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
        reject(spawnFailure(executable, args, options.cwd, error, maxBuffer));
      },
    );
    // Closed even without input, so a git that reads stdin never waits for it.
    child.stdin?.on('error', () => {
      // git exited without reading its input (EPIPE): its exit status says what happened.
    });
    child.stdin?.end(options.input ?? '');
  });
}


/** Bytes of a streamed git run's stderr kept for its error message. */
const MAX_STDERR_BYTES = 64 * 1024;

/**
 * Reads up to `length` bytes of git's output into `into` from `offset` on and returns how many it
 * read (0 when git has written nothing more yet).
 */
export type ReadBytes = (into: Uint8Array, offset: number, length: number) => number;

/**
 * A consumer that keeps the bytes in its own memory: it calls `read` with its free space (once,
 * or more often: each call reads on) and takes what was read before it returns. A stream that
 * reads in place (a spool file) calls it instead of `onChunk`, so the consumer need not copy the
 * chunk; a pipe ignores it.
 */
export type ReadChunk = (read: ReadBytes) => void;

/** A git run whose stdout is read as it is written, by a consumer that may attach later. */
/** What a consumed GitStream resolves with. */
export interface GitStreamResult {
  readonly bytes: number;
  /**
   * True when a spooled stream (spool-git.ts) read git through a pipe instead: the spool file
   * could not be made, or git could not write it (a full disk). The output is git's all the
   * same; the caller records the fallback as a recovery.
   */
  readonly spoolFellBack?: boolean;
}

export interface GitStream {
  /**
   * Hands git's stdout to `onChunk` (what was read before this call first) and resolves with the
   * byte count when git exits 0. A chunk is valid only until `onChunk` returns (a spool reuses
   * its buffer): copy what must be kept. Rejects with a {@link GitError} quoting git's stderr when git
   * fails or cannot be run; when `onChunk` throws, git is killed and this rejects with that
   * error. Call at most once.
   */
  consume(onChunk: (chunk: Buffer) => void, readChunk?: ReadChunk): Promise<GitStreamResult>;
  /** Stops git (if it still runs) and drops its output; a no-op after `consume` settled. */
  cancel(): void;
}

/**
 * (Behind run-git.ts startGitStream.) Starts `git <args>` now and reads its stdout as it comes,
 * so git works while the caller still prepares; until `consume` is called at most
 * `maxBufferedBytes` are held (then git waits on the full pipe), never the whole output.
 */
export function startGitProcessStream(args: readonly string[], options: GitRunOptions, maxBufferedBytes: number): GitStream {
  // stdin only for a git that reads it (`log --stdin`); otherwise none, so git never waits on it.
  const stdio: ['pipe' | 'ignore', 'pipe', 'pipe'] = [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'];
  const child = spawn('git', [...args], { cwd: options.cwd, env: gitEnvironment(options.env), stdio, windowsHide: true }) as ChildProcessByStdio<Writable | null, Readable, Readable>;
  if (child.stdin !== null) {
    child.stdin.on('error', () => {
      // git exited without reading all its input (EPIPE): its exit status says what happened.
    });
    child.stdin.end(options.input);
  }
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

/** The first MAX_STDERR_BYTES of a git process's stderr, for its error message. */
export function collectStderr(stream: NodeJS.ReadableStream): Buffer[] {
  const chunks: Buffer[] = [];
  let bytes = 0;
  stream.on('data', (chunk: Buffer) => {
    if (bytes >= MAX_STDERR_BYTES) return;
    chunks.push(chunk);
    bytes += chunk.length;
  });
  return chunks;
}

/** The error of a streamed git process that failed: its command, exit and stderr. */
export function gitStreamFailure(args: readonly string[], options: GitRunOptions, stderr: readonly Buffer[], code: number | null, signal: NodeJS.Signals | null): GitError {
  const message = Buffer.concat(stderr).toString('utf8').trim() || (signal ? `killed by ${signal}` : 'no message');
  return new GitError(`git ${args.find((arg) => !arg.startsWith('-') && !arg.includes('=')) ?? ''} failed (exit ${code ?? signal}): ${message}`, {
    hint: `Run \`git ${args.join(' ')}\` in ${options.cwd} to see what git says.`,
  });
}

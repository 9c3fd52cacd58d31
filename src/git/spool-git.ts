// The diff through a spool file: git writes its stdout into an already unlinked file in the
// git dir, and the hook reads the file as it grows. git never waits for the reader (as it does
// on a full pipe), and nothing is left behind, even after a kill. Behind run-git.ts
// startGitStream, loaded lazily like spawn-git.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { close, closeSync, openSync, readSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { GitError } from '../errors.js';
import { gitEnvironment, type GitRunOptions } from './git-invocation.js';
import { spawnFailure } from './spawn-failure.js';
import { collectStderr, gitStreamFailure, startGitProcessStream, type GitStream, type GitStreamResult } from './spawn-git.js';

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
  if (fd === undefined) {
    const piped = startGitProcessStream(args, options, maxBufferedBytes);
    // Without a folder (or on Windows) a pipe is the plan, not a fallback.
    if (dir === undefined || process.platform === 'win32') return piped;
    return { consume: async (onChunk, readChunk) => ({ ...(await piped.consume(onChunk, readChunk)), spoolFellBack: true }), cancel: () => piped.cancel() };
  }
  let child: ChildProcess;
  try {
    child = spawn('git', [...args], { cwd: options.cwd, env: gitEnvironment(options.env), stdio: ['ignore', fd, 'pipe'], windowsHide: true });
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
    // In the background: the last close of the unlinked file frees all of it (tens of MB of
    // page cache for a large diff, 5 to 15 ms), which the report need not wait for. The
    // process does not exit before it is done.
    close(fd, () => {
      // Nothing to recover: a failed close only means the kernel frees the file at exit.
    });
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
  let resumed: GitStream | undefined;
  return {
    async consume(onChunk, readChunk) {
      let position = 0;
      let reads = 0;
      // Reads on from `position`, at most SPOOL_READ_BYTES at a time.
      const read = (into: Uint8Array, offset: number, length: number): number => {
        reads += 1;
        const count = readSync(fd, into, offset, Math.min(length, SPOOL_READ_BYTES), position);
        position += count;
        return count;
      };
      // Without readChunk, one buffer for every read: a chunk is valid only until onChunk returns
      // (GitStream). A fresh 512 KiB per read cost a large diff a hundred new, page-faulting
      // allocations.
      const own = readChunk === undefined ? Buffer.allocUnsafe(SPOOL_READ_BYTES) : undefined;
      try {
        for (;;) {
          if (failure !== undefined) throw failure;
          // Read whatever git has written; the exit is noted before reading, so after it the
          // read that returns 0 bytes is the end of the output. With readChunk, straight into the
          // consumer's memory: copying tens of MB once more costs a large diff milliseconds.
          const exitedBefore = exit !== undefined;
          const before = position;
          try {
            if (own === undefined) {
              const readsBefore = reads;
              readChunk!(read);
              // A consumer that did not read would end the output early, unnoticed.
              if (reads === readsBefore) throw new Error('a spool consumer returned without reading');
            } else {
              const count = read(own, 0, own.length);
              if (count > 0) onChunk(own.subarray(0, count));
            }
          } catch (error) {
            failure = error;
            child.kill();
            throw error;
          }
          if (position > before) continue;
          if (exitedBefore) break;
          await waitForMore();
        }
      } catch (error) {
        settled = true;
        closeSpool();
        if (exit === undefined) child.kill();
        throw error;
      }
      if (failure !== undefined) {
        // git could not be started, or the run was cancelled: nothing a pipe would change.
        settled = true;
        closeSpool();
        throw failure;
      }
      const { code, signal } = exit!;
      if (code === 0) {
        settled = true;
        closeSpool();
        return { bytes: position };
      }
      // git failed. When it could not write the spool (a full disk or quota: it exits with
      // "write failure on standard output"), the spool was only a speed measure: git runs again
      // through a pipe, and the consumer gets what it has not had yet. Every git failure takes
      // this way (the pipe's run reports a real error such as a bad revision just the same).
      try {
        const piped = await resumeThroughPipe(args, options, maxBufferedBytes, fd, position, onChunk, (stream) => {
          resumed = stream;
        });
        return { bytes: piped.bytes, spoolFellBack: true };
      } catch (error) {
        throw error instanceof SpoolMismatchError ? gitStreamFailure(args, options, stderr, code, signal) : error;
      } finally {
        settled = true;
        closeSpool();
      }
    },
    cancel() {
      if (settled) return;
      settled = true;
      failure ??= new GitError(`git ${args[0] ?? ''} was cancelled`);
      wake?.();
      child.stderr!.destroy();
      child.kill();
      resumed?.cancel();
      closeSpool();
    },
  };
}

/** The pipe's output differs from what the spool held: the spool's bytes cannot be trusted. */
class SpoolMismatchError extends Error {}

/**
 * Runs `git <args>` again through a pipe after its spooled run failed, having handed `delivered`
 * bytes of the spool (`fd`) to `onChunk` already: the pipe's first `delivered` bytes are checked
 * against the spool (they must be the same output: git's diff of the same trees is
 * deterministic) and dropped, the rest goes to `onChunk`. Rejects with SpoolMismatchError when
 * they differ, so a spool written with gaps never passes for git's output.
 */
async function resumeThroughPipe(
  args: readonly string[],
  options: GitRunOptions,
  maxBufferedBytes: number,
  fd: number,
  delivered: number,
  onChunk: (chunk: Buffer) => void,
  onStart: (stream: GitStream) => void,
): Promise<GitStreamResult> {
  const stream = startGitProcessStream(args, options, maxBufferedBytes);
  onStart(stream);
  let offset = 0;
  const spooled = Buffer.allocUnsafe(SPOOL_READ_BYTES);
  const result = await stream.consume((chunk) => {
    let rest = chunk;
    while (offset < delivered && rest.length > 0) {
      const length = Math.min(rest.length, delivered - offset, spooled.length);
      const read = readSync(fd, spooled, 0, length, offset);
      if (read !== length || !spooled.subarray(0, length).equals(rest.subarray(0, length))) throw new SpoolMismatchError('the spooled diff differs from git output');
      offset += length;
      rest = rest.subarray(length);
    }
    if (rest.length > 0) onChunk(rest);
  });
  if (result.bytes < delivered) throw new SpoolMismatchError('the spooled diff is longer than git output');
  return result;
}

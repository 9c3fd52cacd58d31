// Reads many blobs from the object store through one `git cat-file --batch` process, handing
// each to the caller as it arrives (memory bounded by the largest blob kept, not by their sum:
// a blob over the caller's limit is read past, never held).
import { spawn } from 'node:child_process';
import { GitError } from '../errors.js';
import { gitEnvironment } from './git-invocation.js';
import { spawnFailure } from './spawn-failure.js';

/** What the batch read for one requested name: its bytes, or why there are none. */
export type BatchBlob =
  | { readonly kind: 'blob'; readonly id: string; readonly bytes: Buffer }
  /** Larger than `maxBytes`: its bytes were read past, not kept. */
  | { readonly kind: 'too-large'; readonly id: string; readonly size: number }
  | { readonly kind: 'missing'; readonly id: string };

/** A `git cat-file --batch` run whose names are sent while it runs ({@link startBlobBatch}). */
export interface BlobBatch {
  /** Sends one more name (no newline in it): its blob is handed to `onBlob` after the earlier ones'. */
  request(name: string): void;
  /** No more names: resolves when every requested name has been handed over; rejects with a GitError when git fails or stops early. */
  end(): Promise<void>;
  /** Stops git; `end` then rejects (unobserved unless awaited). */
  kill(): void;
}

export interface BlobBatchOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Blobs larger than this are read past and handed over as `too-large`. */
  readonly maxBytes: number;
}

/**
 * Starts `git cat-file --batch` now; each requested name's result goes to `onBlob`
 * (synchronously, in request order) as git writes it.
 */
export function startBlobBatch(options: BlobBatchOptions, onBlob: (blob: BatchBlob) => void): BlobBatch {
  // --batch: header and content per name read on stdin; no filters (textconv, smudge) apply.
  const child = spawn('git', ['cat-file', '--batch'], { cwd: options.cwd, env: gitEnvironment(options.env), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
  const names: string[] = [];
  let stderr = '';
  let failure: Error | undefined;
  let killed = false;
  const fail = (error: Error): void => {
    if (failure !== undefined) return;
    failure = error;
    child.kill();
  };
  child.on('error', (error) => fail(spawnFailure('git', ['cat-file'], options.cwd, error)));
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 64 * 1024) stderr += chunk.toString('utf8');
  });
  let next = 0;
  // Parser state: reading a header line, or `remaining` bytes of the current blob (+ its LF).
  let header: Buffer[] = [];
  let current: { id: string; size: number; parts: Buffer[] | undefined; remaining: number } | undefined;
  const onData = (chunk: Buffer): void => {
    let at = 0;
    while (at < chunk.length && failure === undefined) {
      if (current === undefined) {
        const lf = chunk.indexOf(10, at);
        if (lf === -1) {
          header.push(chunk.subarray(at));
          return;
        }
        header.push(chunk.subarray(at, lf));
        const line = Buffer.concat(header).toString('utf8');
        header = [];
        at = lf + 1;
        const id = names[next++];
        if (id === undefined) return fail(new GitError(`git cat-file printed more than was asked: ${line.slice(0, 80)}`));
        // `<name> missing` / `<name> ambiguous` end in a word, never in a size.
        const match = /^(\S+) (\w+) (\d+)$/.exec(line);
        if (match === null) {
          onBlob({ kind: 'missing', id });
          continue;
        }
        const size = Number(match[3]);
        current = { id, size, parts: size > options.maxBytes || match[2] !== 'blob' ? undefined : [], remaining: size + 1 };
        continue;
      }
      const take = Math.min(current.remaining, chunk.length - at);
      // The blob's last byte is followed by an LF that is not part of it.
      current.parts?.push(chunk.subarray(at, at + Math.min(take, current.remaining - 1)));
      current.remaining -= take;
      at += take;
      if (current.remaining === 0) {
        const done = current;
        current = undefined;
        if (done.parts === undefined) onBlob(done.size > options.maxBytes ? { kind: 'too-large', id: done.id, size: done.size } : { kind: 'missing', id: done.id });
        else onBlob({ kind: 'blob', id: done.id, bytes: done.parts.length === 1 ? done.parts[0]! : Buffer.concat(done.parts) });
      }
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    try {
      onData(chunk);
    } catch (error) {
      fail(error as Error);
    }
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  child.stdin.on('error', () => {
    // git exited without reading all names (EPIPE): its exit status says what happened.
  });
  return {
    request(name) {
      names.push(name);
      child.stdin.write(`${name}\n`);
    },
    async end() {
      child.stdin.end();
      const code = await closed;
      if (failure !== undefined) throw failure;
      if (killed) throw new GitError('git cat-file --batch was stopped');
      if (code !== 0 || next !== names.length || current !== undefined) {
        throw new GitError(`git cat-file --batch failed (exit ${code}) after ${next} of ${names.length} blobs: ${stderr.trim() || 'no message'}`, { hint: 'Check that the repository is readable.' });
      }
    },
    kill() {
      killed = true;
      child.stdin.destroy();
      child.stdout.destroy();
      child.stderr.destroy();
      child.kill();
    },
  };
}

/**
 * Reads `ids` in order and calls `onBlob` for each (synchronously, in order). Blobs over
 * `maxBytes` are skipped unread. Rejects with a GitError when git fails or stops early.
 */
export async function readBlobs(ids: readonly string[], onBlob: (blob: BatchBlob) => void, options: BlobBatchOptions): Promise<void> {
  if (ids.length === 0) return;
  const batch = startBlobBatch(options, onBlob);
  for (const id of ids) batch.request(id);
  await batch.end();
}

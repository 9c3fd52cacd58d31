// Reads many blobs from the object store through one `git cat-file --batch` process, handing
// each to the caller as it arrives (memory bounded by the largest blob read, not by their sum).
import { spawn } from 'node:child_process';
import { GitError } from '../errors.js';
import { spawnFailure } from './spawn-git.js';

/** What the batch read for one requested id: its bytes, or why there are none. */
export type BatchBlob =
  | { readonly kind: 'blob'; readonly id: string; readonly bytes: Buffer }
  /** Larger than `maxBytes`: its bytes were read past, not kept. */
  | { readonly kind: 'too-large'; readonly id: string; readonly size: number }
  | { readonly kind: 'missing'; readonly id: string };

/**
 * Reads `ids` in order and calls `onBlob` for each (synchronously, in order). Blobs over
 * `maxBytes` are skipped unread. Rejects with a GitError when git fails or stops early.
 */
export function readBlobs(ids: readonly string[], onBlob: (blob: BatchBlob) => void, options: { cwd: string; env: NodeJS.ProcessEnv; maxBytes: number }): Promise<void> {
  if (ids.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    // --batch: header and content per id read on stdin; no filters (textconv, smudge) apply.
    const child = spawn('git', ['cat-file', '--batch'], { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    let stderr = '';
    let failed = false;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      child.kill();
      reject(error);
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
      while (at < chunk.length && !failed) {
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
          const id = ids[next++];
          if (id === undefined) return fail(new GitError(`git cat-file printed more than was asked: ${line.slice(0, 80)}`));
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
          if (done.parts === undefined) onBlob({ kind: 'too-large', id: done.id, size: done.size });
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
    child.on('close', (code) => {
      if (failed) return;
      if (code !== 0 || next !== ids.length || current !== undefined) {
        fail(new GitError(`git cat-file --batch failed (exit ${code}) after ${next} of ${ids.length} blobs: ${stderr.trim() || 'no message'}`));
        return;
      }
      resolve();
    });
    child.stdin.on('error', () => {
      // git exited without reading all ids (EPIPE): its exit status says what happened.
    });
    child.stdin.end(`${ids.join('\n')}\n`);
  });
}

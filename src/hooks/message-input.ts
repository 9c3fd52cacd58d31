// Reading a commit message (a file git passes, `check-msg --file`, stdin) with a size cap: the
// read stops one chunk past the cap, so `/dev/zero` or a runaway pipe cannot fill the memory.
import { closeSync, openSync, readSync } from 'node:fs';
import { FileReadError, ValidationError } from '../errors.js';

/**
 * The largest message checked: 1 MiB. git sets no limit of its own on a commit message (a
 * commit object is held in memory whole, and `git log` pages it); real messages are a few KiB,
 * and the longest git itself writes (a `merge --log` summary, 20 subjects by default; a squash of
 * hundreds of commits) stays far below 1 MiB. Beyond it a message is a mistake (a binary or a
 * log pasted in), and checking it would cost memory and time on every hook run.
 */
export const MESSAGE_MAX_BYTES = 1024 * 1024;

const CHUNK_BYTES = 64 * 1024;

/** The error for a message over the cap: a validation error (exit 2), which stops the commit. */
export function messageTooLarge(source: string): ValidationError {
  return new ValidationError(`the commit message ${source} is larger than ${MESSAGE_MAX_BYTES} bytes (1 MiB), the most prove-hooks checks`, {
    hint: 'A commit message this large is almost always a mistake (a binary file or a log pasted in): shorten it.',
  });
}

/**
 * The bytes of a message file, read in chunks up to {@link MESSAGE_MAX_BYTES}. Throws
 * ValidationError when the file holds more, FileReadError when it cannot be read.
 */
export function readMessageFileBytes(path: string, describe: (code: string) => FileReadError): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw describe((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  try {
    // Read into one chunk until it is full, then the next: a usual message is one read into one
    // chunk and one read that finds the end, with nothing to join (Buffer.concat is not even compiled).
    const full: Buffer[] = [];
    let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = 0;
    let total = 0;
    for (;;) {
      if (used === chunk.length) {
        full.push(chunk);
        chunk = Buffer.allocUnsafe(CHUNK_BYTES);
        used = 0;
      }
      let read: number;
      try {
        read = readSync(fd, chunk, used, chunk.length - used, null);
      } catch (error) {
        throw describe((error as NodeJS.ErrnoException).code ?? (error as Error).message);
      }
      if (read === 0) return full.length === 0 ? chunk.subarray(0, used) : Buffer.concat([...full, chunk.subarray(0, used)], total);
      used += read;
      total += read;
      if (total > MESSAGE_MAX_BYTES) throw messageTooLarge(`in ${path}`);
    }
  } finally {
    closeSync(fd);
  }
}

/** All of a stream, up to {@link MESSAGE_MAX_BYTES}; throws ValidationError past it (and stops reading). */
export async function readMessageStreamBytes(stream: NodeJS.ReadableStream, source: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Leaving the loop early (the throw) ends the iteration, which destroys the stream.
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > MESSAGE_MAX_BYTES) throw messageTooLarge(source);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

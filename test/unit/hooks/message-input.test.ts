// Reading a message file: every byte, in order, whatever the size around the read chunks' edges;
// over the cap, the size error and nothing more read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileReadError } from '../../../src/errors.js';
import { MESSAGE_MAX_BYTES, readMessageFileBytes } from '../../../src/hooks/message-input.js';

const dir = mkdtempSync(join(tmpdir(), 'prove-hooks-message-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const describeError = (code: string) => new FileReadError(`cannot read: ${code}`);

/** `size` bytes that differ from one position to the next, so a byte read twice or skipped shows. */
function bytesOf(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + (i >> 8)) & 0xff;
  return bytes;
}

describe('readMessageFileBytes', () => {
  it.each([0, 1, 60, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 128 * 1024, 200_000, MESSAGE_MAX_BYTES])('reads a file of %i bytes whole and in order', (size) => {
    const file = join(dir, `message-${size}`);
    const bytes = bytesOf(size);
    writeFileSync(file, bytes);
    expect(readMessageFileBytes(file, describeError).equals(bytes)).toBe(true);
  });

  it('refuses a file one byte over the cap', () => {
    const file = join(dir, 'too-large');
    writeFileSync(file, bytesOf(MESSAGE_MAX_BYTES + 1));
    expect(() => readMessageFileBytes(file, describeError)).toThrow(/larger than 1048576 bytes/);
  });

  it('names a missing file by its error code', () => {
    expect(() => readMessageFileBytes(join(dir, 'missing'), describeError)).toThrow('cannot read: ENOENT');
  });
});

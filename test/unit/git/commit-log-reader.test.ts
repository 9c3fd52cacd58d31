import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommitLogReader, parseCommitLog } from '../../../src/git/commit-log.js';

const id = fc.stringMatching(/^[0-9a-f]{40}$/);
const commit = fc.record({
  id,
  parents: fc.array(id, { maxLength: 3 }),
  // Any text but NUL (git log -z's separator), multi-byte characters included.
  message: fc.string({ unit: 'grapheme', maxLength: 200 }).map((text) => text.replace(/\0/g, '')),
});

/** `git log -z --format=%H %P%n%B` output for `commits`. */
const logOf = (commits: readonly { id: string; parents: string[]; message: string }[]): Buffer =>
  Buffer.from(commits.map((c) => `${[c.id, ...c.parents].join(' ')}\n${c.message}`).join('\0') + (commits.length > 0 ? '\0' : ''), 'utf8');

/** Feeds `bytes` to a reader cut at `cuts` (byte offsets). */
function readInChunks(bytes: Buffer, cuts: readonly number[], limits = { maxMessageBytes: 1 << 20, maxTotalBytes: 1 << 30 }) {
  const reader = new CommitLogReader(limits);
  let at = 0;
  for (const cut of [...new Set(cuts.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b)) {
    reader.push(bytes.subarray(at, cut));
    at = cut;
  }
  reader.push(bytes.subarray(at));
  return reader.end();
}

describe('CommitLogReader', () => {
  it('reads the same commits as parseCommitLog of the whole output, however git splits it', () => {
    fc.assert(
      fc.property(fc.array(commit, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 12 }), (commits, cuts) => {
        const bytes = logOf(commits);
        expect(readInChunks(bytes, cuts)).toEqual(parseCommitLog(bytes.toString('utf8')));
      }),
    );
  });

  it('keeps a message over the limit cut and marks it with its size; the others whole', () => {
    const big = `feat: big\n\n${'x'.repeat(5000)}`;
    const read = readInChunks(logOf([{ id: 'a'.repeat(40), parents: [], message: big }, { id: 'b'.repeat(40), parents: ['a'.repeat(40)], message: 'fix: small' }]), [7, 900, 3000], {
      maxMessageBytes: 1000,
      maxTotalBytes: 1 << 20,
    });
    expect(read[0]).toEqual({ id: 'a'.repeat(40), parents: [], message: big.slice(0, 1000), tooLarge: { bytes: big.length } });
    expect(read[1]).toEqual({ id: 'b'.repeat(40), parents: ['a'.repeat(40)], message: 'fix: small' });
  });

  it('refuses more message text in all than its total bound, with a GitError', () => {
    const commits = Array.from({ length: 20 }, (_, n) => ({ id: n.toString(16).padStart(40, '0'), parents: [], message: 'y'.repeat(500) }));
    expect(() => readInChunks(logOf(commits), [], { maxMessageBytes: 1000, maxTotalBytes: 5000 })).toThrow(/more than 5000 bytes of messages/);
  });
});

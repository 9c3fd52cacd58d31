// The whole-file anchor search through the WebAssembly kernel gives exactly what findAnchors
// gives: the same anchors at the same ends, in the same order, cut at the same capacity, on
// files with and without a last LF, short ones and ones long enough for the kernel's parallel
// runs of lines, and files over KERNEL_MAX_FILE_BYTES (the JavaScript loop).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAnchors, findAnchors } from '../../../src/core/scan/anchor-automaton.js';
import { KERNEL_MAX_FILE_BYTES, createFileAnchorFinder } from '../../../src/core/scan/file-anchors.js';

const ALPHABET = ['a', 'b', 'c', 'ab', 'F', 'F_', '\n', ' ', '.', '(', "'"];
const anchors = fc.uniqueArray(fc.array(fc.constantFrom('a', 'b', 'c', 'F', '_', '.', '('), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')), { minLength: 1, maxLength: 10 });
// A file: pieces repeated so that some files pass the kernel's parallel threshold (8 KiB).
const file = fc
  .tuple(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 200 }), fc.integer({ min: 1, max: 80 }), fc.boolean())
  .map(([pieces, times, lastLf]) => {
    const text = pieces.join('').repeat(times);
    return Buffer.from(lastLf ? `${text}\n` : text, 'latin1');
  });

function both(anchorList: string[], bytes: Buffer, capacity: number): { expected: number[][]; actual: number[][] } {
  const automaton = compileAnchors(anchorList);
  const run = (count: number, found: Int32Array, ends: Int32Array): number[][] => [Array.from(found.subarray(0, count)), Array.from(ends.subarray(0, count))];
  const found = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const expected = run(findAnchors(automaton, bytes, 0, bytes.length, found, ends), found, ends);
  const finder = createFileAnchorFinder(automaton, { kernelAfterBytes: 0 });
  const found2 = new Int32Array(capacity);
  const ends2 = new Int32Array(capacity);
  const actual = run(finder.find(bytes, found2, ends2), found2, ends2);
  return { expected, actual };
}

describe('createFileAnchorFinder', () => {
  it('finds what findAnchors finds, in the same order', () => {
    fc.assert(
      fc.property(anchors, file, (anchorList, bytes) => {
        const { expected, actual } = both(anchorList, bytes, 1 << 16);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('stops at the same anchor when the output is full', () => {
    fc.assert(
      fc.property(anchors, file, fc.integer({ min: 1, max: 40 }), (anchorList, bytes, capacity) => {
        const { expected, actual } = both(anchorList, bytes, capacity);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('walks the first files in JavaScript, then makes the kernel, with the same answers', () => {
    const automaton = compileAnchors(['variation', 'ldClient']);
    const finder = createFileAnchorFinder(automaton, { kernelAfterBytes: 100 });
    const bytes = Buffer.from("if (ldClient.variation('a', false)) go();\n".repeat(4), 'latin1');
    const expectedFound = new Int32Array(64);
    const expectedEnds = new Int32Array(64);
    const count = findAnchors(automaton, bytes, 0, bytes.length, expectedFound, expectedEnds);
    for (let file = 0; file < 4; file++) {
      const found = new Int32Array(64);
      const ends = new Int32Array(64);
      expect(finder.find(bytes, found, ends)).toBe(count);
      expect([found, ends]).toEqual([expectedFound, expectedEnds]);
    }
  });

  it('finds anchors in a file larger than the kernel takes, and on its last line without an LF', () => {
    const line = "if (ldClient.variation('a', false)) go();\n";
    const big = Buffer.from(`${line.repeat(Math.ceil(KERNEL_MAX_FILE_BYTES / line.length) + 1)}variation`, 'latin1');
    expect(big.length).toBeGreaterThan(KERNEL_MAX_FILE_BYTES);
    const { expected, actual } = both(['variation', 'ldClient'], big, 1 << 16);
    expect(actual).toEqual(expected);
    const small = both(['variation'], Buffer.from(`${line}x.variation`, 'latin1'), 16);
    expect(small.actual).toEqual(small.expected);
    expect(small.actual[1]).toEqual([22, line.length + 11]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileAnchors } from '../../../src/core/scan/anchor-automaton.js';
import { createAnchorKernel } from '../../../src/core/scan/anchor-kernel.js';
import type { LineBatch } from '../../../src/core/diff/diff-types.js';

function batchOf(lines: readonly Uint8Array[], gap = 3): LineBatch {
  const total = lines.reduce((sum, line) => sum + line.length + gap, gap);
  const bytes = new Uint8Array(total).fill(0x78); // filler between lines must never count
  const starts = new Int32Array(lines.length);
  const ends = new Int32Array(lines.length);
  let at = gap;
  lines.forEach((line, i) => {
    bytes.set(line, at);
    starts[i] = at;
    ends[i] = at + line.length;
    at += line.length + gap;
  });
  return { bytes, count: lines.length, starts, ends, kinds: new Uint8Array(lines.length), lineNumbers: new Int32Array(lines.length), fileIndexes: new Int32Array(lines.length) };
}

function naive(anchors: readonly string[], lines: readonly Uint8Array[]): number[] {
  const needles = anchors.map((a) => Buffer.from(a, 'utf8'));
  return lines.flatMap((line, i) => (needles.some((n) => Buffer.from(line).includes(n)) ? [i] : []));
}

function run(kind: 'wasm' | 'js', anchors: readonly string[], lines: readonly Uint8Array[]): number[] {
  const kernel = createAnchorKernel(compileAnchors(anchors), kind);
  const out = new Int32Array(lines.length);
  const count = kernel.findLines(batchOf(lines), out);
  return [...out.subarray(0, count)];
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

describe.each(['wasm', 'js'] as const)('the %s anchor kernel', (kind) => {
  it('is the kind asked for', () => {
    expect(createAnchorKernel(compileAnchors(['a']), kind).kind).toBe(kind);
  });

  it.each([
    [['he', 'she', 'his', 'hers'], ['ushers', 'h', 'xhixs', 'ahishe', 'sh'], [0, 3]],
    [['abcd', 'bc'], ['abc', 'xabx', 'zbcz'], [0, 2]],
    [['aab'], ['aaab', 'aab', 'abab'], [0, 1]],
    [['variation(', 'process.env.FF_'], ["ld.variation('x')", 'process.env.FF', 'process.env.FF_X'], [0, 2]],
    [['ünï'], ['xünïx', 'uni'], [0]],
    [[], ['anything'], []],
    [[''], ['a', ''], [0, 1]],
  ])('finds %j in %j at lines %j', (anchors, lines, expected) => {
    expect(run(kind, anchors, lines.map(utf8))).toEqual(expected);
  });

  it('agrees with a naive search on arbitrary anchors and bytes', () => {
    const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '(', 'ü'), minLength: 1, maxLength: 5 });
    const line = fc.array(fc.constantFrom(...utf8('abc(ü\r')), { maxLength: 30 }).map((b) => Uint8Array.from(b));
    fc.assert(
      fc.property(fc.array(small, { maxLength: 12 }), fc.array(line, { maxLength: 20 }), (anchors, lines) => {
        expect(run(kind, anchors, lines)).toEqual(naive(anchors, lines));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps working when a batch outgrows its memory', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => utf8(`${'x'.repeat(400)}${i % 7 === 0 ? 'needle' : ''}`));
    expect(run(kind, ['needle'], lines)).toEqual(naive(['needle'], lines));
  });
});

describe('compileAnchors', () => {
  it('rejects anchor sets too large to hold in memory, naming the fix', () => {
    const anchors = Array.from({ length: 40_000 }, (_, i) => `${i.toString(36)}_${'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.slice(i % 40)}`);
    expect(() => compileAnchors(anchors)).toThrow(/too many to prefilter/);
  });
});

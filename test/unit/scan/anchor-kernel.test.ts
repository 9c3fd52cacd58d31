import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileAnchors } from '../../../src/core/scan/anchor-automaton.js';
import { createAnchorKernel } from '../../../src/core/scan/anchor-kernel.js';
import { CHUNK_SCANNER_BASE64 } from '../../../src/core/scan/chunk-scanner-binary.js';
import { assembleChunkScanner } from '../../../src/core/scan/chunk-scanner-wasm.js';

/** Lines joined by LF between filler that must never count; the kernel sees only the lines. */
function chunkOf(lines: readonly Uint8Array[], gap = 3): { bytes: Uint8Array; from: number; to: number; lineEnds: number[] } {
  const total = lines.reduce((sum, line) => sum + line.length + 1, 2 * gap);
  const bytes = new Uint8Array(total).fill(0x78);
  const lineEnds: number[] = [];
  let at = gap;
  for (const line of lines) {
    bytes.set(line, at);
    at += line.length;
    bytes[at] = 10;
    lineEnds.push(at);
    at += 1;
  }
  return { bytes, from: gap, to: at, lineEnds };
}

function naive(anchors: readonly string[], lines: readonly Uint8Array[]): number[] {
  const needles = anchors.map((a) => Buffer.from(a, 'utf8'));
  return lines.flatMap((line, i) => (needles.some((n) => Buffer.from(line).includes(n)) ? [i] : []));
}

/** The indexes of the marked lines; checks that every line end was found. */
function run(kind: 'wasm' | 'js', anchors: readonly string[], lines: readonly Uint8Array[]): number[] {
  const kernel = createAnchorKernel(compileAnchors(anchors), kind);
  const { bytes, from, to, lineEnds } = chunkOf(lines);
  const ends = new Int32Array(to - from);
  const count = kernel.split(bytes, from, to, ends);
  const found = [...ends.subarray(0, count)];
  expect(found.map((end) => (end < 0 ? ~end : end))).toEqual(lineEnds);
  return found.flatMap((end, i) => (end < 0 ? [i] : []));
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
    [['a\nb', 'b('], ['a', 'b(', 'ab'], [1]],
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

  it('leaves a last line without LF to the next chunk, marked or not', () => {
    const kernel = createAnchorKernel(compileAnchors(['needle']), kind);
    const bytes = utf8('a needle\nplain\nneedle at the end');
    const ends = new Int32Array(bytes.length);
    expect([...ends.subarray(0, kernel.split(bytes, 0, bytes.length, ends))]).toEqual([~8, 14]);
    expect(kernel.split(bytes, 15, bytes.length, ends)).toBe(0);
  });

  it('keeps working when a chunk outgrows its memory', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => utf8(`${'x'.repeat(400)}${i % 7 === 0 ? 'needle' : ''}`));
    expect(run(kind, ['needle'], lines)).toEqual(naive(['needle'], lines));
  });
});

describe('the kernels on chunks long enough for two streams', () => {
  /** Every (offset, anchor) where an anchor ends, from a kernel's hits. */
  function hitsOf(kind: 'wasm' | 'js', anchors: readonly string[], lines: readonly Uint8Array[]): { marked: number[]; ends: string[] } {
    const automaton = compileAnchors(anchors);
    const kernel = createAnchorKernel(automaton, kind);
    const { bytes, from, to, lineEnds } = chunkOf(lines);
    const ends = new Int32Array(to - from);
    const count = kernel.split(bytes, from, to, ends);
    expect([...ends.subarray(0, count)].map((end) => (end < 0 ? ~end : end))).toEqual(lineEnds);
    const taken = kernel.takeHits();
    expect(kernel.takeHits()).toBeUndefined();
    const found: string[] = [];
    for (let k = 0; k < (taken?.count ?? 0); k++) {
      const index = taken!.hits[2 * k + 1]! / (automaton.width * 4);
      for (let o = automaton.outputStarts[index]!; o < automaton.outputStarts[index + 1]!; o++) found.push(`${taken!.hits[2 * k]}:${automaton.outputs[o]}`);
    }
    return { marked: [...ends.subarray(0, count)].flatMap((end, i) => (end < 0 ? [i] : [])), ends: found };
  }

  /** The same, naively: every occurrence of every anchor. */
  function naiveHits(anchors: readonly string[], lines: readonly Uint8Array[]): string[] {
    const { bytes, from, to } = chunkOf(lines);
    const text = Buffer.from(bytes.subarray(0, to));
    const found: { at: number; length: number; id: number }[] = [];
    const seen = new Set<string>();
    anchors.forEach((anchor, id) => {
      if (seen.has(anchor) || anchor.length === 0) return;
      seen.add(anchor);
      const needle = Buffer.from(anchor, 'utf8');
      for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + 1)) found.push({ at: at + needle.length - 1, length: needle.length, id });
    });
    // In order of end, longest first at one end (the automaton's output order).
    return found.sort((a, b) => a.at - b.at || b.length - a.length).map(({ at, id }) => `${at}:${id}`);
  }

  it('agree with each other and with a naive search, marks and hits, whatever splits the chunk', () => {
    const anchor = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '('), minLength: 1, maxLength: 4 });
    const line = fc.array(fc.constantFrom(...utf8('abc(xyz')), { minLength: 25, maxLength: 60 }).map((b) => Uint8Array.from(b));
    fc.assert(
      fc.property(fc.array(anchor, { minLength: 1, maxLength: 8 }), fc.array(line, { minLength: 200, maxLength: 300 }), (anchors, lines) => {
        const wasm = hitsOf('wasm', anchors, lines);
        const js = hitsOf('js', anchors, lines);
        expect(wasm).toEqual(js);
        expect(wasm.marked).toEqual(naive(anchors, lines));
        expect(wasm.ends).toEqual(naiveHits(anchors, lines));
      }),
      { numRuns: 100 },
    );
  });
});

describe('the shipped chunk scanner module', () => {
  it('is exactly what chunk-scanner-wasm.ts assembles (copy the received value into chunk-scanner-binary.ts)', () => {
    expect(Buffer.from(assembleChunkScanner()).toString('base64')).toBe(CHUNK_SCANNER_BASE64);
  });
});

describe('compileAnchors', () => {
  it('rejects anchor sets too large to hold in memory, naming the fix', () => {
    const anchors = Array.from({ length: 40_000 }, (_, i) => `${i.toString(36)}_${'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.slice(i % 40)}`);
    expect(() => compileAnchors(anchors)).toThrow(/too many to prefilter/);
  });
});

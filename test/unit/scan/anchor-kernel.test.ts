import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LINE_END, compileAnchors } from '../../../src/core/scan/anchor-automaton.js';
import { createAnchorKernel } from '../../../src/core/scan/anchor-kernel.js';
import { RECORD_WORDS, type LineSelection } from '../../../src/core/scan/line-records.js';
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

/**
 * Every line of a selection, as `~end` (marked) or `end`, with the records checked against the
 * bytes: the lines between two records are plain (unmarked, `+` or `-`, within the cap) and
 * counted, the recorded ones are not plain, and the last record is a counts-only one.
 */
function expandSelection(selection: LineSelection, bytes: Uint8Array, from: number, maxLineBytes: number): number[] {
  const lines: number[] = [];
  let position = from;
  for (let i = 0; i < selection.count; i++) {
    const [start, end, plus, minus, lastPlus, lastMinus] = selection.records.subarray(i * RECORD_WORDS, (i + 1) * RECORD_WORDS);
    if (i === selection.count - 1) expect(start).toBe(-1);
    const runEnd = start === -1 ? end! + 1 : start!;
    const counted = { plus: 0, minus: 0, lastPlus: -1, lastMinus: -1 };
    for (let at = position; at < runEnd; ) {
      const lf = bytes.indexOf(10, at);
      expect([43, 45]).toContain(bytes[at]);
      expect(lf - at - 1).toBeLessThanOrEqual(maxLineBytes);
      if (bytes[at] === 43) Object.assign(counted, { plus: counted.plus + 1, lastPlus: at });
      else Object.assign(counted, { minus: counted.minus + 1, lastMinus: at });
      lines.push(lf);
      at = lf + 1;
    }
    expect({ plus, minus }).toEqual({ plus: counted.plus, minus: counted.minus });
    if (plus! > 0) expect(lastPlus).toBe(counted.lastPlus);
    if (minus! > 0) expect(lastMinus).toBe(counted.lastMinus);
    if (start !== -1) {
      const lf = end! < 0 ? ~end! : end!;
      expect(bytes.indexOf(10, start!)).toBe(lf);
      const plain = end! >= 0 && (bytes[start!] === 43 || bytes[start!] === 45) && lf - start! - 1 <= maxLineBytes;
      expect(plain).toBe(false);
      lines.push(end!);
      position = lf + 1;
    } else {
      position = end! + 1;
    }
  }
  return lines;
}

/** The indexes of the marked lines; checks that every line end was found. */
function run(kind: 'wasm' | 'js', anchors: readonly string[], lines: readonly Uint8Array[], maxLineBytes = 4096): number[] {
  const kernel = createAnchorKernel(compileAnchors(anchors), kind);
  const { bytes, from, to, lineEnds } = chunkOf(lines);
  const found = expandSelection(kernel.select(bytes, from, to, maxLineBytes), bytes, from, maxLineBytes);
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

  it('agrees with a naive search on arbitrary anchors and bytes, and counts the plain lines it leaves out', () => {
    const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '(', 'ü', '+', '-'), minLength: 1, maxLength: 5 });
    const line = fc.array(fc.constantFrom(...utf8('abc(ü\r+- ')), { maxLength: 30 }).map((b) => Uint8Array.from(b));
    fc.assert(
      fc.property(fc.array(small, { maxLength: 12 }), fc.array(line, { maxLength: 20 }), fc.constantFrom(0, 3, 10, 4096), (anchors, lines, maxLineBytes) => {
        expect(run(kind, anchors, lines, maxLineBytes)).toEqual(naive(anchors, lines));
      }),
      { numRuns: 400 },
    );
  });

  it('leaves a last line without LF to the next chunk, marked or not', () => {
    const kernel = createAnchorKernel(compileAnchors(['needle']), kind);
    const bytes = utf8('a needle\nplain\n+plain\nneedle at the end');
    const records = (from: number): number[] => {
      const { records: words, count } = kernel.select(bytes, from, bytes.length, 4096);
      return [...words.subarray(0, count * RECORD_WORDS)];
    };
    expect(records(0).filter((_, i) => i % RECORD_WORDS < 4)).toEqual([0, ~8, 0, 0, 9, 14, 0, 0, -1, 21, 1, 0]);
    expect(records(22).slice(0, 4)).toEqual([-1, 21, 0, 0]);
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
    const ends = expandSelection(kernel.select(bytes, from, to, 40), bytes, from, 40);
    expect(ends.map((end) => (end < 0 ? ~end : end))).toEqual(lineEnds);
    const taken = kernel.takeHits();
    expect(kernel.takeHits()).toBeUndefined();
    const found: string[] = [];
    for (let k = 0; k < (taken?.count ?? 0); k++) {
      const index = taken!.hits[2 * k + 1]! / (automaton.width * 4);
      for (let o = automaton.outputStarts[index]!; o < automaton.outputStarts[index + 1]!; o++) found.push(`${taken!.hits[2 * k]}:${automaton.outputs[o]}`);
    }
    return { marked: ends.flatMap((end, i) => (end < 0 ? [i] : [])), ends: found };
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
    const line = fc.array(fc.constantFrom(...utf8('abc(xyz+-')), { minLength: 25, maxLength: 60 }).map((b) => Uint8Array.from(b));
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

describe('one kernel over a sequence of chunks', () => {
  it('marks each chunk as a naive search does, whether or not its lines split into streams', () => {
    // Chunks of many short lines (several streams) and of a few long ones (one stream), in any
    // order, through the same kernel: nothing of one chunk's split may leak into the next.
    const line = (length: number) => fc.array(fc.constantFrom(...utf8('abc(+-x')), { minLength: length, maxLength: length }).map((b) => Uint8Array.from(b));
    const chunk = fc.oneof(fc.array(line(30), { minLength: 300, maxLength: 400 }), fc.array(line(6000), { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '('), minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), fc.array(chunk, { minLength: 2, maxLength: 4 }), (anchors, chunks) => {
        for (const kind of ['wasm', 'js'] as const) {
          const kernel = createAnchorKernel(compileAnchors(anchors), kind);
          for (const lines of chunks) {
            const { bytes, from, to, lineEnds } = chunkOf(lines);
            const ends = expandSelection(kernel.select(bytes, from, to, 4096), bytes, from, 4096);
            expect(ends.map((end) => (end < 0 ? ~end : end))).toEqual(lineEnds);
            expect(ends.flatMap((end, i) => (end < 0 ? [i] : []))).toEqual(naive(anchors, lines));
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('the shipped chunk scanner module', () => {
  it('is exactly what chunk-scanner-wasm.ts assembles (copy the received value into chunk-scanner-binary.ts)', () => {
    expect(Buffer.from(assembleChunkScanner()).toString('base64')).toBe(CHUNK_SCANNER_BASE64);
  });
});

describe('compileAnchors', () => {
  it('leads LF from every state to LINE_END, whatever the anchors', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '(', '\n'), maxLength: 5 }), { maxLength: 10 }), (anchors) => {
        const automaton = compileAnchors(anchors);
        for (let state = 0; state < automaton.stateCount; state++) {
          expect(automaton.table[(state * automaton.width * 4 + automaton.classes[10]!) >> 2]).toBe(LINE_END);
        }
      }),
    );
  });

  it('rejects anchor sets too large to hold in memory, naming the fix', () => {
    const anchors = Array.from({ length: 40_000 }, (_, i) => `${i.toString(36)}_${'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.slice(i % 40)}`);
    expect(() => compileAnchors(anchors)).toThrow(/too many to prefilter/);
  });
});

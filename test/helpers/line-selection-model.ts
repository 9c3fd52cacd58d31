// Test-only model of the counting parser path: a selector that marks lines by their bytes (as the
// prefilter does) and a sink that records each line with the line above it, for comparing that
// path with the all-lines one (unit property test and fuzz run).
import fc from 'fast-check';
import { expect } from 'vitest';
import { DiffParser } from '../../src/core/diff/diff-parser.js';
import { ABOVE_CARRIED, LineKind, type DiffFile, type DiffSink, type LineBatch, type SkippedLine } from '../../src/core/diff/diff-types.js';
import type { LineSelector } from '../../src/core/scan/line-records.js';
import { LineRecords, selectAllLines } from '../../src/core/diff/line-selection.js';
import { fileArb } from '../arbitraries/diff.js';
import { renderDiff } from './diff-model.js';

const X = 0x78;
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/** Marks the lines with an `x` after their first byte (the diff marker), like a prefilter would. */
export function selectLinesWithX(): LineSelector {
  const records = new LineRecords();
  return {
    select(bytes, from, to, maxLineBytes) {
      records.reset();
      let start = from;
      for (let end = bytes.indexOf(10, from); end !== -1 && end < to; end = bytes.indexOf(10, end + 1)) {
        records.endLine(bytes, start, end, bytes.subarray(start + 1, end).includes(X), maxLineBytes);
        start = end + 1;
      }
      records.finish(start - 1);
      return records;
    },
  };
}

/** Records the lines with the line above each (as the scanner reads it), skips, files and counts. */
export class AboveSink implements DiffSink {
  readonly lines: { file: number; kind: LineKind; line: number; text: string; above: string | null }[] = [];
  readonly skipped: { file: number; kind: LineKind; line: number; lengthBytes: number }[] = [];
  readonly files: DiffFile[] = [];
  contentLines = 0;
  onFile(file: DiffFile): boolean {
    this.files.push(file);
    // Some files excluded: their lines still move the hunk counters.
    return file.index % 3 !== 2;
  }
  onLines(batch: LineBatch): void {
    this.contentLines += batch.contentLines;
    for (let i = 0; i < batch.count; i++) {
      const kind = batch.kinds[i] as LineKind;
      const aboveStart = batch.aboveStarts[i]!;
      const above = aboveStart === ABOVE_CARRIED ? latin1(batch.carriedAbove(kind)) : aboveStart < 0 ? null : latin1(batch.bytes.subarray(aboveStart, batch.aboveEnds[i]!));
      this.lines.push({ file: batch.fileIndexes[i]!, kind, line: batch.lineNumbers[i]!, text: latin1(batch.bytes.subarray(batch.starts[i]!, batch.ends[i]!)), above });
    }
  }
  onSkippedLine(skip: SkippedLine): void {
    this.skipped.push({ file: skip.file.index, kind: skip.kind, line: skip.line, lengthBytes: skip.lengthBytes });
  }
}

export function parseWith(selector: LineSelector, bytes: Uint8Array, cuts: readonly number[], maxLineBytes: number, batchBytes: number): AboveSink {
  const sink = new AboveSink();
  const parser = new DiffParser(sink, { maxLineBytes, selector, batchBytes });
  let from = 0;
  for (const at of [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b)) {
    parser.push(bytes.subarray(from, at));
    from = at;
  }
  parser.push(bytes.subarray(from));
  parser.end();
  return sink;
}

/** Content lines that look like headers, markers, CRLF, or hold the `x` that marks them. */
const contentArb = fc.oneof(
  fc.constantFrom('x', 'plain', '++ x', '-- y', '++', '--', 'diff --git a/q b/q', '@@ -1 +1 @@', '\\ No newline at end of file', 'tail\r', 'x\r', ''),
  fc.string({ unit: fc.constantFrom('x', 'a', '+', '-', ' ', '\r', '@', '\\'), maxLength: 12 }),
);
const diffArb = fc
  .array(fileArb, { minLength: 1, maxLength: 4 })
  .chain((files) =>
    fc.tuple(
      ...files.map((file) =>
        fc.tuple(...file.hunks.map((hunk) => fc.tuple(fc.array(contentArb, { minLength: hunk.removed.length, maxLength: hunk.removed.length }), fc.array(contentArb, { minLength: hunk.added.length, maxLength: hunk.added.length })))).map(
          (lines) => ({ ...file, hunks: file.hunks.map((hunk, i) => ({ ...hunk, removed: lines[i]![0], added: lines[i]![1] })) }),
        ),
      ),
    ),
  );

/** Generated diffs, some with hunk counts that lie and bytes overwritten (headers where lines should be). */
export const damagedDiffArb = fc
  .tuple(diffArb, fc.array(fc.nat({ max: 3 }), { maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(43, 45, 32, 10, 64, 92, X)), { maxLength: 4 }))
  .map(([files, counts, damage]) => {
    let hunk = 0;
    const lie = (count: string | undefined, k: number): string => (counts[k] === undefined ? (count ?? '') : `,${counts[k]}`);
    const text = renderDiff(files).replace(/^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@/gm, (header, oldStart: string, oldCount: string | undefined, newStart: string, newCount: string | undefined) => {
      hunk += 1;
      return hunk % 2 === 0 ? header : `@@ -${oldStart}${lie(oldCount, 2 * hunk)} +${newStart}${lie(newCount, 2 * hunk + 1)} @@`;
    });
    const bytes = Buffer.from(text, 'latin1');
    for (const [at, byte] of damage) if (bytes.length > 0) bytes[at % bytes.length] = byte;
    return bytes;
  });

/**
 * The property the unit test and the fuzz run check: on any (damaged) diff, cut anywhere, the
 * counting path reads exactly the marked lines of the all-lines path, with the same numbers,
 * lines above, skips, counts and files.
 */
export function countingPathAgrees(): fc.IPropertyWithHooks<[Uint8Array, number[], number, number]> {
  return fc.property(damagedDiffArb, fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom(0, 3, 8, 4096), fc.constantFrom(1, 30, 1 << 17), (bytes, cuts, maxLineBytes, batchBytes) => {
    const all = parseWith(selectAllLines(), bytes, cuts, maxLineBytes, batchBytes);
    const selected = parseWith(selectLinesWithX(), bytes, cuts, maxLineBytes, batchBytes);
    expect(selected.lines).toEqual(all.lines.filter((line) => line.text.includes('x')));
    expect(selected.skipped).toEqual(all.skipped);
    expect(selected.contentLines).toBe(all.contentLines);
    expect(selected.files).toEqual(all.files);
  });
}

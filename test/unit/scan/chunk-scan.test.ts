import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanDiffChunks } from '../../../src/core/scan/scan-diff.js';
import { selectAlways, type ScannedLine } from '../../../src/core/scan/diff-scanner.js';
import { renderDiff, type ModelFile } from '../../helpers/diff-model.js';
import { fileArb } from '../../arbitraries/diff.js';
import { createSimpleMatcher } from '../../helpers/simple-matcher.js';

const matcher = createSimpleMatcher({ aliases: { NEW_CHECKOUT: 'new-checkout' } });
const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

/** Content lines: flag calls and aliases (some split or glued), arbitrary bytes, CRLF endings. */
const contentArb = fc.oneof(
  fc.constantFrom("variation('a')", 'NEW_CHECKOUT', 'xNEW_CHECKOUTx', "isEnabled(\"b\") variation('c')", 'variatio', "variation('é')", "variation('d')\r"),
  fc.constantFrom('// prove-allow-flag: a why', "/* prove-allow-flag: k ok */ variation('k')", '# prove-allow-flag:\r', 'prove-allow-fla'),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes.filter((b) => b !== 10)).toString('latin1')),
  fc.tuple(fc.uint8Array({ maxLength: 12 }), fc.constantFrom("variation('k')", 'NEW_CHECKOUT')).map(
    ([bytes, flag]) => `${Buffer.from(bytes.filter((b) => b !== 10)).toString('latin1')} ${latin1(flag)}`,
  ),
);

/** The model's files with their hunks' lines drawn from contentArb. */
const diffArb = fc
  .array(fileArb, { minLength: 1, maxLength: 5 })
  .chain((files) =>
    fc.tuple(
      ...files.map((file) =>
        fc.tuple(...file.hunks.map((hunk) => fc.tuple(fc.array(contentArb, { minLength: hunk.removed.length, maxLength: hunk.removed.length }), fc.array(contentArb, { minLength: hunk.added.length, maxLength: hunk.added.length })))).map(
          (lines): ModelFile => ({ ...file, hunks: file.hunks.map((hunk, i) => ({ ...hunk, removed: lines[i]![0], added: lines[i]![1] })) }),
        ),
      ),
    ),
  );

/**
 * A naive reference: every content line of the model decoded and matched on its own; the line
 * above is given when it exists and holds a suppression marker.
 */
function scanNaively(files: readonly ModelFile[], maxLineBytes: number): ScannedLine[] {
  const found: ScannedLine[] = [];
  const decode = (raw: string): string => Buffer.from(raw.replace(/\r$/, ''), 'latin1').toString('utf8');
  for (const file of files) {
    if (file.binary || file.modeOnly) continue;
    for (const side of ['removed', 'added'] as const) {
      const lines = new Map<number, string>();
      for (const hunk of file.hunks) hunk[side].forEach((raw, i) => lines.set((side === 'added' ? hunk.newStart : hunk.oldStart) + i, raw));
      const readable = (raw: string | undefined): raw is string => raw !== undefined && raw.replace(/\r$/, '').length <= maxLineBytes;
      for (const hunk of file.hunks) {
        hunk[side].forEach((raw, i) => {
          const line = (side === 'added' ? hunk.newStart : hunk.oldStart) + i;
          if (!readable(raw)) return;
          const text = decode(raw);
          const references = matcher.matchLine(text);
          if (references.length === 0) return;
          const above = lines.get(line - 1);
          found.push({
            file: side === 'added' ? file.newPath : file.oldPath,
            line,
            side,
            text,
            ...(readable(above) && above.includes('prove-allow-flag:') ? { previousText: decode(above) } : {}),
            references,
          });
        });
      }
    }
  }
  return found;
}

describe('the chunk-level scanner', () => {
  it('finds exactly what a naive line-by-line scan finds, with either kernel, however the diff is chunked', () => {
    fc.assert(
      fc.property(diffArb, fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom(8, 20, 4096), fc.constantFrom('wasm', 'js'), (files, cuts, maxLineBytes, kernel) => {
        const bytes = Buffer.from(renderDiff(files), 'latin1');
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, i) => bytes.subarray(from, points[i] ?? bytes.length));
        const result = scanDiffChunks(chunks, selectAlways(matcher), { kernel, maxLineBytes });
        const key = (line: ScannedLine): string => `${line.file}|${line.side}|${line.line}|${line.text}`;
        const sort = (lines: readonly ScannedLine[]): ScannedLine[] => [...lines].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        expect(sort(result.lines)).toEqual(sort(scanNaively(files, maxLineBytes)));
      }),
      { numRuns: 300 },
    );
  });
});

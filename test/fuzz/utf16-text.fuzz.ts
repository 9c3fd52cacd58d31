// UTF-16 sources git calls binary: the detection never throws and never takes a PNG or a UTF-8
// text for UTF-16; the patch written from two decoded images reads back to exactly their lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTextPatch } from '../../src/core/diff/text-patch.js';
import { decodeSourceBytes, detectUtf16 } from '../../src/core/diff/utf16-text.js';
import { expectChangedLinesReadBack, parseDiffInChunks } from '../helpers/diff-model.js';
import { fuzz } from './fuzz-runs.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('UTF-16 sources (fuzz)', () => {
  it('detects any text written as UTF-16 with a mark, and decodes it back; a PNG or UTF-8 text is never UTF-16', () => {
    fuzz(
      'detectUtf16',
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 64 }), (text, tail) => {
        const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
        // FF FE 00 00 is UTF-32's mark: a text starting with U+0000 is not taken for UTF-16.
        expect(detectUtf16(le)).toBe(text.startsWith('\u0000') ? undefined : 'utf-16le');
        if (!text.startsWith('\u0000')) expect(decodeSourceBytes(le)).toBe(text);
        expect(detectUtf16(Uint8Array.from([...PNG_SIGNATURE, ...tail]))).toBeUndefined();
        const utf8 = Buffer.from(text, 'utf8');
        if (!utf8.includes(0)) expect(detectUtf16(utf8)).toBeUndefined();
        detectUtf16(tail);
        decodeSourceBytes(tail);
      }),
    );
  });

  it('the patch of two texts reads back as exactly their changed lines', () => {
    const line = fc.oneof(fc.constantFrom('a', 'b', "ldClient.variation('x', false);", ''), fc.string({ maxLength: 6 }).map((text) => text.replace(/\n/g, '')));
    fuzz(
      'formatTextPatch',
      fc.property(fc.array(line, { maxLength: 25 }), fc.array(line, { maxLength: 25 }), (oldLines, newLines) => {
        const file = { oldPath: 'a.js', newPath: 'a.js', oldMode: '100644', newMode: '100644' };
        const text = (lines: string[]) => lines.map((entry) => `${entry}\n`).join('');
        const sink = parseDiffInChunks(Buffer.from(formatTextPatch(file, text(oldLines), text(newLines)), 'utf8'));
        expectChangedLinesReadBack(sink, oldLines, newLines);
      }),
      0.25,
    );
  });
});

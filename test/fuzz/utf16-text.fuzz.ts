// UTF-16 sources git calls binary: the detection never throws and never takes a PNG or a UTF-8
// text for UTF-16; the patch written from two decoded images reads back to exactly their lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTextPatch } from '../../src/core/diff/text-patch.js';
import { decodeSourceBytes, detectUtf16 } from '../../src/core/diff/utf16-text.js';
import { expectChangedLinesReadBack, parseDiffInChunks } from '../helpers/diff-model.js';
import { fuzz } from './fuzz-runs.js';

// A PNG's signature and the length of its first chunk (IHDR, always 13): any PNG starts so.
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];

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

  it('detects code written as UTF-16 without a mark in either byte order, whatever script its other characters are in', () => {
    // Text characters only (no control character but TAB, LF, FF, CR; no noncharacter); lone surrogates are dropped by the filter.
    const isText = (char: string): boolean => !/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffe\uffff]/u.test(char) && !/\p{Surrogate}/u.test(char);
    const other = fc.string({ unit: 'grapheme', maxLength: 60 }).map((text) => [...text].filter(isText).join(''));
    const ascii = fc.string({ unit: fc.constantFrom(...'abc xyz();\n\t'), minLength: 1, maxLength: 200 });
    fuzz(
      'detectUtf16 without a mark',
      fc.property(other, ascii, (foreign, code) => {
        // The ASCII (a NUL in its high byte) outnumbers the other code units: code with comments in another script.
        fc.pre(code.length > 2 * foreign.length);
        const text = `${foreign}${code}`;
        const le = Buffer.from(text, 'utf16le');
        const be = Buffer.from(le);
        for (let at = 0; at + 1 < be.length; at += 2) [be[at], be[at + 1]] = [le[at + 1]!, le[at]!];
        expect(detectUtf16(le)).toBe('utf-16le');
        expect(detectUtf16(be)).toBe('utf-16be');
        expect(decodeSourceBytes(le)).toBe(text);
        expect(decodeSourceBytes(be)).toBe(text);
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControlChars, quoteName } from '../../../src/report/terminal-text.js';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('escapeControlChars', () => {
  it.each([
    ['plain text', 'plain text'],
    ['\u001b]0;pwned\u0007', '\\033]0;pwned\\a'],
    ['\u001b[2J', '\\033[2J'],
    ['a\tb\nc\rd', 'a\\tb\\nc\\rd'],
    ['\u009b31m', '\\302\\23331m'],
    ['\u007f', '\\177'],
    ['ünïcödé 名前', 'ünïcödé 名前'],
  ])('writes %j as %j', (input, expected) => {
    expect(escapeControlChars(input)).toBe(expected);
  });

  it('leaves no control character, and changes text without one not at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeControlChars(text);
        expect(CONTROL.test(escaped)).toBe(false);
        if (!CONTROL.test(text)) expect(escaped).toBe(text);
      }),
    );
  });
});

describe('quoteName', () => {
  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['a "b".ts', 'a "b".ts'],
    ['"\\033".ts', '"\\"\\\\033\\".ts"'],
    ['\u001b[2Jx.ts', '"\\033[2Jx.ts"'],
    ['new\nline "q" \\.ts', '"new\\nline \\"q\\" \\\\.ts"'],
  ])('writes %j as %j', (input, expected) => {
    expect(quoteName(input)).toBe(expected);
  });

  it('leaves no control character and tells different names apart', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }).map((b) => quoteName(b))), (a, b) => {
        expect(CONTROL.test(quoteName(a))).toBe(false);
        if (a !== b) expect(quoteName(a)).not.toBe(quoteName(b));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKeyArgumentValue } from '../../../src/core/flags/call-arguments.js';

/** The key argument of `isOn(<literal>)`. */
const keyOf = (literal: string) => readKeyArgumentValue(`isOn(${literal})`, 'isOn'.length, 0);

describe('keys spelled with escapes', () => {
  it.each([
    ['\\x escapes', "'gh\\x6fst'", 'ghost'],
    ['\\u escapes', '"gh\\u006fst"', 'ghost'],
    ['braced \\u escapes in a template literal', '`gh\\u{6f}st`', 'ghost'],
    ['a character escaped for itself', "'gh\\ost'", 'ghost'],
  ])('reads %s as the key they spell', (_name, literal, key) => {
    expect(keyOf(literal)).toEqual({ kind: 'literal', key, index: 'isOn('.length + 1 });
  });

  it.each([
    ['a newline escape', "'a\\nb'"],
    ['an escaped quote', "'a\\'b'"],
    ['an escaped backslash', "'a\\\\b'"],
    ['an escaped space', "'a\\x20b'"],
  ])('leaves %s a dynamic key (no key has it)', (_name, literal) => {
    expect(keyOf(literal)?.kind).toBe('dynamic');
  });

  it('any key with any of its characters escaped reads as the key itself (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcxyz-_.:019'), minLength: 1, maxLength: 30 }), fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), fc.constantFrom("'", '"', '`'), (key, escapes, quote) => {
        const spelled = [...key].map((char, i) => (escapes[i] ? (i % 2 === 0 ? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : char)).join('');
        expect(keyOf(`${quote}${spelled}${quote}`)).toEqual({ kind: 'literal', key, index: 'isOn('.length + 1 });
      }),
    );
  });
});

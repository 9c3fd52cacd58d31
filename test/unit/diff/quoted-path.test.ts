import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeGitPath, quoteGitPath, unquoteC } from '../../../src/core/diff/quoted-path.js';

const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('decodeGitPath', () => {
  it.each([
    ['plain.txt', 'plain.txt'],
    ['dir/with space.ts', 'dir/with space.ts'],
    ['"tab\\tq\\"uote.txt"', 'tab\tq"uote.txt'],
    ['"new\\nline.txt"', 'new\nline.txt'],
    ['"back\\\\slash"', 'back\\slash'],
    ['"\\303\\274n\\303\\257.txt"', 'ünï.txt'],
    [latin1('ünï.txt'), 'ünï.txt'],
    ['"bell\\a\\b\\v\\f\\r"', 'bell\x07\b\v\f\r'],
    ['"\\377bad"', '\uFFFDbad'],
    ['"unterminated', 'unterminated'],
  ])('decodes %j as %j', (field, path) => {
    expect(decodeGitPath(field)).toBe(path);
  });

  it('returns the rest after a quoted token', () => {
    expect(unquoteC('"a b" rest')).toEqual({ value: 'a b', rest: ' rest' });
  });

  it('round-trips every path through quoteGitPath', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (path) => {
        expect(decodeGitPath(latin1(quoteGitPath(path)))).toBe(path);
      }),
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        const field = Buffer.from(bytes).toString('latin1');
        expect(typeof decodeGitPath(field)).toBe('string');
        expect(typeof decodeGitPath(`"${field}`)).toBe('string');
      }),
    );
  });
});

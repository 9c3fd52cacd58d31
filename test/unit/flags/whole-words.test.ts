import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWholeWords } from '../../../src/core/flags/whole-words.js';

describe('findWholeWords', () => {
  it.each([
    ['a name between quotes', "variation('beta', x)", ['beta'], ['beta']],
    ['a name inside a longer identifier', 'alphabeta betagamma beta_x', ['beta'], []],
    ['a name at the start and end of the text', 'beta', ['beta'], ['beta']],
    ['a later whole occurrence after a partial one', 'betax beta', ['beta'], ['beta']],
    ['a key with a dash, as git grep -w reads it', 'beta-search', ['beta-search', 'beta', 'search'], ['beta-search', 'beta', 'search']],
    ['several names, one absent', 'NEW_CHECKOUT and dark', ['NEW_CHECKOUT', 'dark', 'ghost'], ['NEW_CHECKOUT', 'dark']],
    ['an empty name', 'text', [''], []],
  ])('finds %s', (_name, text, names, expected) => {
    expect([...findWholeWords(text, names)].sort()).toEqual([...expected].sort());
  });

  it('agrees with a regex of word boundaries on any text (fast-check)', () => {
    const alphabet = fc.constantFrom(...'ab_-. 1\n');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), fc.array(fc.string({ unit: fc.constantFrom(...'ab'), minLength: 1, maxLength: 3 }), { maxLength: 4 }), (text, names) => {
        const expected = names.filter((name) => new RegExp(`(?<![A-Za-z0-9_])${name}(?![A-Za-z0-9_])`).test(text));
        expect([...findWholeWords(text, names)].sort()).toEqual([...new Set(expected)].sort());
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLiteralSet } from '../../../src/core/flags/literal-set.js';

function naiveMatches(literals: readonly string[], text: string): string[] {
  const found: string[] = [];
  literals.forEach((literal, index) => {
    if (literal.length === 0) return;
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) found.push(`${index}@${at + literal.length}`);
  });
  return found.sort();
}

function automatonMatches(literals: readonly string[], text: string): string[] {
  const found: string[] = [];
  compileLiteralSet(literals).forEachMatch(text, (index, end) => found.push(`${index}@${end}`));
  return found.sort();
}

describe('compileLiteralSet', () => {
  it.each([
    [['he', 'she', 'his', 'hers'], 'ushers', ['0@4', '1@4', '3@6']],
    [['variation', 'Variation', 'boolVariation'], 'client.boolVariation(', ['1@20', '2@20']],
    [['a', 'aa'], 'aaa', ['0@1', '0@2', '0@3', '1@2', '1@3']],
    [['é', 'ça'], 'déjà ça', ['0@2', '1@7']],
    [[''], 'anything', []],
  ])('finds %j in %s', (literals, text, expected) => {
    expect(automatonMatches(literals, text)).toEqual([...expected].sort());
  });

  it('reports exactly what a naive indexOf search reports, for any literals and text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '_', 'é', '\u{1F600}');
    const word = fc.array(alphabet, { minLength: 0, maxLength: 5 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(alphabet, { maxLength: 60 }).map((c) => c.join('')), (literals, text) => {
        expect(automatonMatches(literals, text)).toEqual(naiveMatches(literals, text));
      }),
      { numRuns: 500 },
    );
  });

  it('says a literal occurs in a stretch exactly when a naive search finds one ending inside it', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '_', 'é');
    const word = fc.array(alphabet, { minLength: 0, maxLength: 4 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.array(alphabet, { maxLength: 40 }).map((c) => c.join('')), fc.nat(45), fc.nat(45), (literals, text, from, to) => {
        const naive = literals.some((literal) => {
          if (literal.length === 0) return false;
          const at = text.indexOf(literal, from);
          return at !== -1 && at + literal.length <= Math.min(to, text.length);
        });
        expect(compileLiteralSet(literals).occursIn(text, from, to)).toBe(naive);
      }),
      { numRuns: 500 },
    );
  });
});

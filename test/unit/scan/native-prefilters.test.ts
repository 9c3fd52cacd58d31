// The context scan's whole-text prefilters search natively (indexOf) and check each hit, instead
// of running a regular expression over every character: each must answer exactly as the
// expression it replaces, on any text (docs/ARCHITECTURE.md, speed tricks).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasComputedCall, hasQuotedTypeArguments } from '../../../src/core/flags/call-spellings.js';
import { compileLiteralsFinder } from '../../../src/core/flags/text-facts.js';
import { hasBoundMethodCall } from '../../../src/core/scan/source-scan.js';

/** Text made of the pieces each form is built from, and of white space of every kind `\s` matches. */
const textOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
const SPACES = [' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\ufeff', '\u3000'];

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('native prefilters', () => {
  it('finds `.bind(` after a member exactly where the expression does', () => {
    const bound = /[\w$]\s*\.\s*bind\s*\(/;
    fc.assert(
      fc.property(textOf([...SPACES, 'bind', 'bin', 'd', '.', '(', 'x', '$', '-', 'é', 'client', '\u00e9']), (text) => {
        expect(hasBoundMethodCall(text)).toBe(bound.test(text));
      }),
      { numRuns: 5000 },
    );
    expect(hasBoundMethodCall('const v = client.variation .\n bind (client)')).toBe(true);
    expect(hasBoundMethodCall('bind(x); (a).bind(b)')).toBe(false);
  });

  it('finds a computed call exactly where the expression does', () => {
    const computed = /\[\s*['"`][A-Za-z_$][\w$]*['"`]\s*\]\s*(?:\?\.\s*)?\(/;
    fc.assert(
      fc.property(textOf([...SPACES, '[', ']', "'", '"', '`', 'variation', 'x1', '$', '(', '?.', '?', '.', '[[']), (text) => {
        expect(hasComputedCall(text)).toBe(computed.test(text));
      }),
      { numRuns: 5000 },
    );
    expect(hasComputedCall("ldClient?.[ 'variation' ] ?.('k')")).toBe(true);
  });

  it('finds quoted type arguments exactly where the expression does', () => {
    const quoted = /[\w$]<[^<>()\n]{0,200}['";]/;
    fc.assert(
      fc.property(textOf([...SPACES, '<', '>', '(', "'", '"', ';', 'x', '$', 'useValue', '-', '<<']), (text) => {
        expect(hasQuotedTypeArguments(text)).toBe(quoted.test(text));
      }),
      { numRuns: 5000 },
    );
    expect(hasQuotedTypeArguments("useFeatureValue<'grid' | 'list'>('layout')")).toBe(true);
    expect(hasQuotedTypeArguments("a < 'b'")).toBe(false);
  });

  it('finds the leftmost of several literals from an offset, as their alternation does', () => {
    const names = fc.uniqueArray(fc.stringMatching(/^[A-Za-z_$][\w$]{0,7}$/), { minLength: 1, maxLength: 6 });
    // Texts made of the literals, their tails and other characters, so they hold some of them, overlapping.
    const cases = names.chain((literals) => fc.tuple(fc.constant(literals), textOf([...literals, ...literals.map((literal) => literal.slice(1)), 'a', 'F', '_', ' ', '\n']), fc.nat(40)));
    fc.assert(
      fc.property(cases, ([literals, text, from]) => {
        const find = compileLiteralsFinder(literals);
        const alternation = new RegExp(literals.map(escape).join('|'), 'g');
        for (const start of [0, Math.min(from, text.length)]) {
          alternation.lastIndex = start;
          expect(find(text, start)).toBe(alternation.exec(text)?.index ?? -1);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

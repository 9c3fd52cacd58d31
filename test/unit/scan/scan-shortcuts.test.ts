// The context scan's cheaper ways of doing what it did before (docs/ARCHITECTURE.md, speed tricks):
// each must answer exactly as the code it replaced, kept here as the model, on any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCallEnd } from '../../../src/core/flags/call-arguments.js';
import { isIdentifierChar, isSpaceCode } from '../../../src/core/flags/call-receiver.js';
import { isDeclaredAt } from '../../../src/core/flags/compile-matcher.js';
import type { DynamicKey, TextReference } from '../../../src/core/flags/matcher.js';
import { lineReference, placeReference, shiftDynamicKey, shiftReference } from '../../../src/core/flags/reference-records.js';
import type { LexFamily } from '../../../src/core/flags/source-lexer.js';

const FAMILIES: readonly LexFamily[] = ['js', 'go', 'java', 'python', 'plain'];

/** findCallEnd as it was, for a call whose `(` is at `open`: the comment predicate asked at every character. */
function findCallEndModel(text: string, open: number, family: LexFamily, isComment: (offset: number) => boolean): number {
  const limit = Math.min(text.length, open + 2000);
  let depth = 0;
  for (let k = open; k < limit; k++) {
    if (isComment(k)) continue;
    const char = text.charAt(k);
    if (char === "'" || char === '"' || (char === '`' && family !== 'python')) {
      const close = closingQuoteModel(text, k, char, limit, family);
      if (close === -1) return -1;
      k = close;
    } else if (char === '(' || char === '[' || char === '{') {
      depth++;
    } else if (char === ')' || char === ']' || char === '}') {
      depth--;
      if (depth === 0) return k + 1;
    }
  }
  return -1;
}

function closingQuoteModel(text: string, open: number, quote: string, limit: number, family: LexFamily): number {
  const triple = quote + quote + quote;
  if ((family === 'python' || (family === 'java' && quote === '"')) && text.startsWith(triple, open)) {
    for (let k = open + 3; k < limit; k++) {
      if (text.charAt(k) === '\\') k++;
      else if (text.startsWith(triple, k)) return k + 2 < limit ? k + 2 : -1;
    }
    return -1;
  }
  const raw = quote === '`' && family === 'go';
  for (let k = open + 1; k < limit; k++) {
    const char = text.charAt(k);
    if (char === '\\' && !raw) k++;
    else if (char === quote) return k;
    else if (char === '\n' && (quote !== '`' || family === 'java')) return -1;
  }
  return -1;
}

const callText = fc.array(fc.constantFrom('(', ')', '[', ']', '{', '}', "'", '"', '`', '\\', '\n', ' ', 'a', 'k', ',', '?.', '"""', '//'), { maxLength: 40 }).map((parts) => `f(${parts.join('')}`);

describe('context scan shortcuts', () => {
  it('finds the end of a call where reading every character did, whatever is a comment', () => {
    fc.assert(
      fc.property(callText, fc.constantFrom(...FAMILIES), fc.uniqueArray(fc.nat(60), { maxLength: 20 }), (text, family, commented) => {
        const comments = new Set(commented);
        const isComment = (offset: number): boolean => comments.has(offset);
        expect(findCallEnd(text, 1, family, isComment)).toBe(findCallEndModel(text, 1, family, isComment));
      }),
      { numRuns: 5000 },
    );
    expect(findCallEnd("f(a, ')', [1, 2])", 1, 'js')).toBe(17);
  });

  it('tells identifier characters as `/[\\w$]/` does, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2 }), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), fc.constantFrom('', '$', '_', 'é', '٣', '\u00a0')), (char) => {
        expect(isIdentifierChar(char)).toBe(/[\w$]/.test(char));
      }),
      { numRuns: 1000 },
    );
  });

  it('tells white space as `/\\s/` does, for any character code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(9, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0xd800)), (code) => {
        expect(isSpaceCode(code)).toBe(/\s/.test(String.fromCharCode(code)));
      }),
      { numRuns: 3000 },
    );
    expect(isSpaceCode(Number.NaN)).toBe(false);
  });

  it('tells a declared name (`function isEnabled`) as the declaring-keyword expression does, from any offset', () => {
    const declaring = /(?<![\w$.])(?:function\s*\*?|def|fun|func(?:\s*\([^()]{0,200}\))?)\s+$/;
    const text = fc.array(fc.constantFrom('function', 'def', 'fun', 'func', 'c', ' ', '\t', '\n', '\u00a0', '(', ')', '*', '.', 'x', 'isEnabled'), { maxLength: 25 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(300), (source, at) => {
        const start = Math.min(at, source.length);
        expect(isDeclaredAt(source, start)).toBe(declaring.test(source.slice(Math.max(0, start - 240), start)));
      }),
      { numRuns: 5000 },
    );
    expect(isDeclaredAt('function isEnabled(key)', 9)).toBe(true);
  });

  it('copies references and dynamic keys with the fields the object spreads gave', () => {
    const kind = fc.constantFrom('call', 'alias-read', 'jsx', 'env', 'comment', 'custom') as fc.Arbitrary<TextReference['kind']>;
    const reference = fc.record(
      { flag: fc.string(), index: fc.nat(), source: fc.string(), written: fc.string(), kind, start: fc.nat(), end: fc.nat() },
      { requiredKeys: ['flag', 'index', 'source', 'kind', 'start', 'end'] },
    );
    const key = fc.record(
      { start: fc.nat(), index: fc.nat(), expression: fc.string(), source: fc.string(), readKeyForm: fc.constantFrom('exact', 'normalized') as fc.Arbitrary<'exact' | 'normalized'> },
      { requiredKeys: ['start', 'index', 'expression', 'source'] },
    );
    fc.assert(
      fc.property(reference, key, kind, fc.integer({ min: -1, max: 500 }), (found: TextReference, dynamic: DynamicKey, newKind, by) => {
        const { kind: _kind, start: _start, end: _end, ...plain } = found;
        expect(placeReference(plain, newKind, by, by + 3)).toStrictEqual({ ...plain, kind: newKind, start: by, end: by + 3 });
        expect(shiftReference(found, by)).toStrictEqual({ ...found, index: found.index + by, start: found.start + by, end: found.end + by });
        expect(shiftDynamicKey(dynamic, by)).toStrictEqual({ ...dynamic, index: dynamic.index + by, start: dynamic.start + by });
        const { start: _s, end: _e, ...onLine } = found;
        expect(lineReference(found, by)).toStrictEqual({ ...onLine, index: by });
      }),
      { numRuns: 2000 },
    );
  });
});

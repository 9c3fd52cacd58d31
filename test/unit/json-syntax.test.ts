import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError, parseStrictJson } from '../../src/config/json-syntax.js';
import { findDuplicateJsonKey, findTooDeepJson, MAX_JSON_DEPTH } from '../../src/text/json-keys.js';

describe('parseStrictJson', () => {
  it.each([
    ['{\n  "types": ["feat",]\n}', 'line 2, column 20: value expected'],
    ['{\n  "a": 1\n  "b": 2\n}', 'line 3, column 3: comma expected'],
    ['{ // comment\n}', 'line 1, column 3: invalid comment token'],
    ['{ "a": tru }', 'line 1, column 8: invalid symbol'],
    ['{ "a": 1 ', 'line 1, column 10: close brace expected'],
  ])('locates the error in %j', (text, where) => {
    expect(() => parseStrictJson(text)).toThrow(where);
  });

  it('quotes the line with a caret under the column', () => {
    expect(describeJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toBe('line 3, column 3: comma expected\n  "b": 2\n  ^');
  });

  it('parses exactly what JSON.parse parses', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(parseStrictJson(text)).toEqual(JSON.parse(text));
      }),
    );
  });

  it('throws only plain Errors with a message, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseStrictJson(text);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('keys written twice', () => {
  it('parses any JSON without repeated keys as JSON.parse does, and finds a key added twice', () => {
    const objects = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 6 });
    fc.assert(
      fc.property(objects, fc.jsonValue({ maxDepth: 2 }), (object, again) => {
        const text = JSON.stringify(object, null, 2);
        expect(parseStrictJson(text)).toEqual(JSON.parse(text));
        expect(findDuplicateJsonKey(text)).toBeUndefined();
        const key = Object.keys(object)[0]!;
        const doubled = `${text.slice(0, -2)},\n  ${JSON.stringify(key)}: ${JSON.stringify(again)}\n}`;
        expect(findDuplicateJsonKey(doubled)).toMatchObject({ key, path: '' });
        expect(() => parseStrictJson(doubled)).toThrow(/duplicate key/);
      }),
    );
  });

  it('accepts a byte order mark at the start', () => {
    expect(parseStrictJson('\uFEFF{ "a": 1 }')).toEqual({ a: 1 });
  });
});

describe('nesting depth', () => {
  /** The depth of arrays and objects JSON.stringify writes for `value`. */
  const depthOf = (value: unknown): number =>
    value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value as object).map(depthOf)) : 0;

  it('finds an array or object opened deeper than the limit, whatever strings hold (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 6 }), fc.boolean(), (value, limit, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(findTooDeepJson(text, limit) === undefined).toBe(depthOf(value) <= limit);
      }),
    );
  });

  it('refuses 100,000 levels with the place, where the duplicate-key walk would overflow the stack', () => {
    const text = `{\n  "a": ${'['.repeat(100_000)}${']'.repeat(100_000)}\n}`;
    expect(findTooDeepJson(text)).toEqual({ line: 2, column: 8 + MAX_JSON_DEPTH - 1 });
    expect(() => parseStrictJson(text)).toThrow(`line 2, column ${8 + MAX_JSON_DEPTH - 1}: nested more than ${MAX_JSON_DEPTH} deep`);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../src/checksum.js';

describe('checksumOf (FNV-1a) of the state files', () => {
  const checksum = checksumOf;
  it('is 8 hex digits and the same for the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(checksum(text)).toMatch(/^[0-9a-f]{8}$/);
        expect(checksum(text)).toBe(checksum(`${text}`.slice(0)));
      }),
    );
  });

  it('changes when any one code unit changes, at any position and length (odd, even, pooled or not)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 3000 }), fc.nat(), fc.integer({ min: 1, max: 0xffff }), (text, at, delta) => {
        const position = at % text.length;
        const changed = text.slice(0, position) + String.fromCharCode((text.charCodeAt(position) + delta) & 0xffff) + text.slice(position + 1);
        expect(checksum(changed)).not.toBe(checksum(text));
      }),
    );
  });

  it('tells apart texts that differ only by a trailing empty code unit', () => {
    expect(checksum('abc')).not.toBe(checksum('abc\u0000'));
    expect(checksum('')).not.toBe(checksum('\u0000'));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { checksumOf, loadCrc32 } from '../../../src/checksum.js';

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

describe('loadCrc32 (zlib binding) of the larger cache files', () => {
  it('is node:zlib crc32: strings as UTF-8, bytes, continued from a value, empty views', () => {
    const crc32 = loadCrc32();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 3000 }), fc.nat(), (text, bytes, seed) => {
        expect(crc32(text)).toBe(zlibCrc32(text));
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
        expect(crc32(bytes, seed)).toBe(zlibCrc32(bytes, seed));
        expect(crc32(text, seed)).toBe(zlibCrc32(text, seed));
      }),
    );
    expect(crc32(new Uint8Array(new ArrayBuffer(0)), 7)).toBe(zlibCrc32(new Uint8Array(new ArrayBuffer(0)), 7));
  });
});

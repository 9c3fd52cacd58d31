import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../src/checksum.js';

// The texts sealed are JSON.stringify's output: well-formed UTF-16 (a lone surrogate is escaped).
describe('checksumOf (CRC-32 of the UTF-8 bytes) of the state files', () => {
  const checksum = checksumOf;
  it('is 8 hex digits and the same for the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(checksum(text)).toMatch(/^[0-9a-f]{8}$/);
        expect(checksum(text)).toBe(checksum(`${text}`.slice(0)));
      }),
    );
  });

  it('changes when any one code unit changes, at any position and length (odd, even, pooled or not)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 3000 }), fc.nat(), fc.integer({ min: 1, max: 0xffff }), (raw, at, delta) => {
        // As the caches seal it: JSON text, so every lone surrogate is an escape.
        const text = JSON.stringify(raw);
        const position = at % text.length;
        const changed = text.slice(0, position) + String.fromCharCode((text.charCodeAt(position) + delta) & 0xffff) + text.slice(position + 1);
        // A lone surrogate never reaches a cache file (JSON escapes it): UTF-8 would not keep it.
        fc.pre(Buffer.from(changed, 'utf8').toString('utf8') === changed);
        expect(checksum(changed)).not.toBe(checksum(text));
      }),
    );
  });

  it('is zlib\'s CRC-32 of the UTF-8 bytes, as node:zlib computes it', async () => {
    const { crc32 } = await import('node:zlib');
    for (const text of ['', 'abc', '{"a":"h\u00e9llo \u{1f600}"}']) expect(checksum(text)).toBe((crc32(Buffer.from(text, 'utf8')) >>> 0).toString(16).padStart(8, '0'));
  });

  it('tells apart texts that differ only by a trailing empty code unit', () => {
    expect(checksum('abc')).not.toBe(checksum('abc\u0000'));
    expect(checksum('')).not.toBe(checksum('\u0000'));
  });
});

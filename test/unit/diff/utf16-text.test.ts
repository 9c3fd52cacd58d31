import { describe, expect, it } from 'vitest';
import { decodeSourceBytes, detectUtf16 } from '../../../src/core/diff/utf16-text.js';

const le = (text: string): Buffer => Buffer.from(text, 'utf16le');
const be = (text: string): Buffer => {
  const bytes = le(text);
  for (let at = 0; at + 1 < bytes.length; at += 2) [bytes[at], bytes[at + 1]] = [bytes[at + 1]!, bytes[at]!];
  return bytes;
};
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const CALL = "ldClient.variation('ghost', false);\r\n";

describe('detectUtf16', () => {
  it.each([
    ['UTF-16 LE with its byte-order mark', le(`\uFEFF${CALL}`), 'utf-16le'],
    ['UTF-16 BE with its byte-order mark', be(`\uFEFF${CALL}`), 'utf-16be'],
    ['UTF-16 LE with a mark and non-Latin text', le('\uFEFF// \u4e2d\u6587\n'), 'utf-16le'],
    ['UTF-16 LE without a mark', le(CALL), 'utf-16le'],
    ['UTF-16 BE without a mark', be(CALL), 'utf-16be'],
    ['UTF-16 LE without a mark holding non-Latin text', le(`// \u65e5\u672c\u8a9e\u306e\u30b3\u30e1\u30f3\u30c8\n${CALL}`), 'utf-16le'],
    ['UTF-16 BE without a mark holding non-Latin text', be(`// \u4e2d\u6587\n${CALL}`), 'utf-16be'],
    ['UTF-16 LE without a mark starting with a non-Latin character', le(`\u4e2d\u6587\n${CALL}`), 'utf-16le'],
    ['UTF-16 LE without a mark with a surrogate pair (an emoji)', le(`// \u{1F600}\n${CALL}`), 'utf-16le'],
    ['UTF-16 LE without a mark with a lone surrogate', le(`// \ud800x\n${CALL}`), undefined],
    ['UTF-16 LE without a mark ending in a lone high surrogate', Buffer.concat([le(CALL), Buffer.from([0x00, 0xd8])]), undefined],
    ['UTF-16 LE without a mark with a control character', le(`\u0001${CALL}`), undefined],
    ['a PNG image', PNG, undefined],
    ['UTF-8 text', Buffer.from(`\u00e9${CALL}`, 'utf8'), undefined],
    ['UTF-32 LE (FF FE 00 00)', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), undefined],
    ['an odd length without a mark', Buffer.concat([le(CALL), Buffer.from([0x41])]), undefined],
    ['NUL bytes that are not text without a mark', Buffer.from([0x41, 0, 0x01, 0, 0x42, 0]), undefined],
    ['a NUL pair without a mark', Buffer.from([0x41, 0, 0, 0, 0x42, 0]), undefined],
    ['one byte', Buffer.from([0xff]), undefined],
    ['nothing', Buffer.alloc(0), undefined],
  ])('tells the byte order of %s (or that it is not UTF-16)', (_name, bytes, expected) => {
    expect(detectUtf16(bytes)).toBe(expected);
  });

  it('without a mark, only the first 8,000 bytes are sniffed (as git does for binary)', () => {
    const text = le('x'.repeat(4000));
    expect(detectUtf16(Buffer.concat([text, Buffer.from([0x01, 0x00])]))).toBe('utf-16le');
    expect(detectUtf16(Buffer.concat([le('x'.repeat(3999)), Buffer.from([0x01, 0x00])]))).toBeUndefined();
  });
});

describe('decodeSourceBytes', () => {
  it.each([
    ['UTF-16 LE, its mark dropped', le(`\uFEFF${CALL}`), CALL],
    ['UTF-16 BE, its mark dropped', be(`\uFEFF${CALL}`), CALL],
    ['UTF-16 LE without a mark', le(CALL), CALL],
    ['UTF-8', Buffer.from(`\u00e9${CALL}`, 'utf8'), `\u00e9${CALL}`],
    ['a PNG image: no text', PNG, undefined],
  ])('decodes %s', (_name, bytes, expected) => {
    expect(decodeSourceBytes(bytes)).toBe(expected);
  });
});

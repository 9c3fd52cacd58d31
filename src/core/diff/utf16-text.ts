// Source files stored as UTF-16 (PowerShell and Visual Studio write it on Windows): git calls them
// binary for their NUL bytes, yet they are text to scan. Telling them from real binary files.

/** The UTF-16 byte orders, named as TextDecoder knows them. */
export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** Bytes git reads to decide that a file is binary (a NUL among them); the same amount is sniffed here. */
export const SNIFF_BYTES = 8000;

/**
 * The UTF-16 byte order of `bytes`, or undefined when they are not UTF-16 text: a byte-order
 * mark (FF FE little-endian, FE FF big-endian; FF FE 00 00 is UTF-32 and not taken), or, without
 * one, an even length whose first 8,000 bytes are all text-like characters below U+0100 with
 * their NUL byte on the same side. A real binary file (an image, an archive) fails at its first
 * bytes, and so does a UTF-8 text file (no NUL): cheap for every file.
 */
export function detectUtf16(bytes: Uint8Array): Utf16Encoding | undefined {
  if (bytes.length < 2) return undefined;
  const [first, second] = [bytes[0]!, bytes[1]!];
  if (first === 0xff && second === 0xfe) return bytes.length >= 4 && bytes[2] === 0 && bytes[3] === 0 ? undefined : 'utf-16le';
  if (first === 0xfe && second === 0xff) return 'utf-16be';
  if (bytes.length % 2 !== 0) return undefined;
  const order: Utf16Encoding | undefined = second === 0 && first !== 0 ? 'utf-16le' : first === 0 && second !== 0 ? 'utf-16be' : undefined;
  if (order === undefined) return undefined;
  const low = order === 'utf-16le' ? 0 : 1;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let at = 0; at + 1 < end; at += 2) {
    if (bytes[at + 1 - low] !== 0 || !isTextByte(bytes[at + low]!)) return undefined;
  }
  return order;
}

/** A character below U+0100 that text holds: printable, TAB, LF, CR, form feed, or Latin-1. */
function isTextByte(byte: number): boolean {
  return byte >= 0x20 ? byte !== 0x7f : byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c;
}

/** True when the bytes look binary the way git decides it: a NUL in the first 8000 bytes. */
function hasNulInSniff(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/**
 * The text of a file's bytes: UTF-16 decoded (its byte-order mark dropped), or UTF-8 (invalid
 * sequences become U+FFFD); undefined for a binary file that is not UTF-16 text.
 */
export function decodeSourceBytes(bytes: Uint8Array): string | undefined {
  const utf16 = detectUtf16(bytes);
  if (utf16 !== undefined) return new TextDecoder(utf16, { fatal: false }).decode(bytes);
  if (hasNulInSniff(bytes)) return undefined;
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

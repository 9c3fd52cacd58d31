// Source files stored as UTF-16 (PowerShell and Visual Studio write it on Windows): git calls them
// binary for their NUL bytes, yet they are text to scan. Telling them from real binary files.

/** The UTF-16 byte orders, named as TextDecoder knows them. */
export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** Bytes git reads to decide that a file is binary (a NUL among them); the same amount is sniffed here. */
export const SNIFF_BYTES = 8000;

/**
 * The UTF-16 byte order of `bytes`, or undefined when they are not UTF-16 text: a byte-order
 * mark (FF FE little-endian, FE FF big-endian; FF FE 00 00 is UTF-32 and not taken), or, without
 * one, an even length whose first 8,000 bytes hold NULs mostly on one side (the high byte of the
 * ASCII that code is written in, which sets the byte order) and read in that order as text only:
 * no control character but TAB, LF, FF and CR, no NUL, surrogates in pairs, no U+FFFE/U+FFFF.
 * Non-Latin text (comments in Japanese) is text too. A real binary file (an image, an archive)
 * fails at its first NUL character or control byte, and a UTF-8 text file has no NUL: cheap for
 * every file.
 */
export function detectUtf16(bytes: Uint8Array): Utf16Encoding | undefined {
  if (bytes.length < 2) return undefined;
  const [first, second] = [bytes[0]!, bytes[1]!];
  if (first === 0xff && second === 0xfe) return bytes.length >= 4 && bytes[2] === 0 && bytes[3] === 0 ? undefined : 'utf-16le';
  if (first === 0xfe && second === 0xff) return 'utf-16be';
  if (bytes.length % 2 !== 0) return undefined;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let at = 0; at + 1 < end; at += 2) {
    if (bytes[at] === 0) evenNuls++;
    if (bytes[at + 1] === 0) oddNuls++;
  }
  const order: Utf16Encoding | undefined = oddNuls > evenNuls ? 'utf-16le' : evenNuls > oddNuls ? 'utf-16be' : undefined;
  if (order === undefined) return undefined;
  const high = order === 'utf-16le' ? 1 : 0;
  let awaitingLowSurrogate = false;
  for (let at = 0; at + 1 < end; at += 2) {
    const unit = (bytes[at + high]! << 8) | bytes[at + 1 - high]!;
    const lowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
    if (awaitingLowSurrogate !== lowSurrogate) return undefined;
    awaitingLowSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    if (!awaitingLowSurrogate && !lowSurrogate && !isTextUnit(unit)) return undefined;
  }
  // A pair cut by the end of the sniffed bytes is text; a lone high surrogate at the file's end is not.
  return awaitingLowSurrogate && end === bytes.length ? undefined : order;
}

/** A character that text holds: printable (any script), TAB, LF, CR or form feed; not DEL or a noncharacter. */
function isTextUnit(unit: number): boolean {
  return unit >= 0x20 ? unit !== 0x7f && unit !== 0xfffe && unit !== 0xffff : unit === 0x09 || unit === 0x0a || unit === 0x0d || unit === 0x0c;
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

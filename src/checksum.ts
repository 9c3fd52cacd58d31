// Cheap checksums for cache files: FNV-1a (32 bit, in JavaScript) for the few-hundred-byte
// entries the message fast path reads, zlib's native CRC-32 for larger files. Either detects a
// damaged or edited file without loading node:crypto, which would cost a hook several milliseconds.

/** FNV-1a over the UTF-16 code units of `text`, as 8 hex digits. Not for security. */
export function checksumOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** zlib's CRC-32 (Node 20.15+); a string is taken as its UTF-8 bytes. */
export type Crc32 = (data: Uint8Array | string, value?: number) => number;

/**
 * zlib's CRC-32, loaded on first use (node:zlib takes about 2 ms to load, as measured in
 * src/cli/code-cache.ts, so only the pre-commit path, whose automaton cache needs it anyway,
 * should call this). Native: about 1 GB/s, where
 * {@link checksumOf} takes 2 ms for 25 KB before the JIT has warmed up.
 */
export const loadCrc32 = (): Crc32 => (process.getBuiltinModule('node:zlib') as typeof import('node:zlib')).crc32;

/** The CRC-32 of `text`'s UTF-8 bytes as 8 hex digits. */
export function crc32HexOf(text: string): string {
  return (loadCrc32()(text) >>> 0).toString(16).padStart(8, '0');
}

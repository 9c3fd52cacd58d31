// A cheap checksum (FNV-1a, 32 bit) for cache entries: it detects a damaged or edited entry
// without loading node:crypto, which would cost the hook path several milliseconds.

/** FNV-1a over the UTF-16 code units of `text`, as 8 hex digits. Not for security. */
export function checksumOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

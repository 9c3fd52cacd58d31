// node:crypto's hashes for every layer but the pure core (which is handed them: a flag finding's
// fingerprint takes `sha256Hex` from the hooks' tier), with the module loaded on first use.
// Loading node:crypto costs a hook run about 3 ms, and the usual run hashes nothing: the registry
// is validated by size and mtime, and the text report prints no fingerprint.
// (process.getBuiltinModule is the one synchronous way to load a built-in lazily from an ES
// module: Node 20.16+, hence `engines`.)
import type { Hash } from 'node:crypto';

/** A new `sha1` or `sha256` hash (node:crypto's createHash, the module loaded on this first use). */
export function createHash(algorithm: 'sha1' | 'sha256'): Hash {
  return (process.getBuiltinModule('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
}

/** The sha256 of `text`'s UTF-8 bytes, as 64 hex digits. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

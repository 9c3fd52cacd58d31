// node:crypto's hashes, with the module loaded on first use. Loading node:crypto costs a hook
// run about 3 ms, and the usual run hashes nothing: the registry is validated by size and mtime,
// and the text report prints no fingerprint. (process.getBuiltinModule is the one synchronous
// way to load a built-in lazily from an ES module: Node 20.16+, hence `engines`.)
import type { Hash } from 'node:crypto';

let crypto: typeof import('node:crypto') | undefined;

/** A new `sha1` or `sha256` hash (node:crypto's createHash). */
export function createHash(algorithm: 'sha1' | 'sha256'): Hash {
  crypto ??= process.getBuiltinModule('node:crypto');
  return crypto.createHash(algorithm);
}

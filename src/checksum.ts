// Checksums that seal the state files: zlib's CRC-32, native. The small cache entries every
// commit reads (config, git settings, usual times) and the code cache's bytecode are checked
// through zlib's binding, which the code cache loader has loaded anyway; node:crypto (several
// milliseconds to load) is never needed. Not for security: a damaged or hand-edited file is told apart.

/** zlib's CRC-32 (Node 20.15+); a string is taken as its UTF-8 bytes. */
export type Crc32 = (data: Uint8Array | string, value?: number) => number;

/**
 * zlib's CRC-32 through its binding: node:zlib's own `crc32` calls the same function, but loading
 * node:zlib costs a hook 2.2 ms at best (7 ms median; Node 20.20, timed with process.hrtime around
 * process.getBuiltinModule('node:zlib') on the shared 2-core machine, 2026-12-07), the binding
 * 0.05 ms. node:zlib when the binding is not there or when node warns about `process.binding`
 * (--pending-deprecation), so the deprecation warning is never printed.
 */
export function loadNativeCrc32(env: NodeJS.ProcessEnv = process.env): Crc32 {
  const pending = `${process.execArgv} ${env.NODE_OPTIONS}`.includes('-pending-deprecation') || env.NODE_PENDING_DEPRECATION === '1';
  if (!pending) {
    try {
      const crc32 = (process as unknown as { binding(name: string): { crc32?: (data: Uint8Array | string, value: number) => number } }).binding('zlib').crc32;
      if (typeof crc32 === 'function') return (data, value = 0) => crc32(data, value);
    } catch {
      // Recovered on purpose: node:zlib below computes the same CRC-32.
    }
  }
  return loadCrc32();
}

/**
 * The CRC-32 of `text`'s UTF-8 bytes as 8 hex digits: the seal of a state file's entries. Every
 * text sealed is JSON.stringify's output, which is well-formed (a lone surrogate is written as
 * an escape), so any change of one code unit changes a burst of at most 4 bytes, which a CRC-32
 * always detects. Before 2026-12-07 this was FNV-1a in JavaScript: its loop over a commit's
 * 3 KB of cache entries cost about 1 ms (interpreted, then compiled by V8's baseline compiler).
 */
export function checksumOf(text: string): string {
  return (loadNativeCrc32()(text) >>> 0).toString(16).padStart(8, '0');
}

/**
 * zlib's CRC-32 from node:zlib, loaded on first use (2.2 ms at best to load, above: the pre-commit
 * path, whose automaton cache needs node:zlib anyway, calls this). Native: about 1 GB/s.
 */
export const loadCrc32 = (): Crc32 => (process.getBuiltinModule('node:zlib') as typeof import('node:zlib')).crc32;

/** The CRC-32 of `text`'s UTF-8 bytes as 8 hex digits. */
export function crc32HexOf(text: string): string {
  return (loadCrc32()(text) >>> 0).toString(16).padStart(8, '0');
}

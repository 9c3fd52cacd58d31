// What `prove-hooks flags` does to one work tree file, shared by the main thread and the scan
// workers (inventory-scan-pool.ts): read it (size checked first, into a reused buffer) and find
// its references with the registry's matcher.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { MatcherSettings } from '../core/flags/compile-matcher.js';
import { createReferenceDetector, findReferencesInBlob, isBinaryContent, type ReferenceDetector } from '../core/flags/blob-references.js';
import type { FlagMatcher } from '../core/flags/matcher.js';
import type { RegistryIndex } from '../core/flags/registry.js';
import type { AnchorAutomaton } from '../core/scan/anchor-automaton.js';
import type { CachedBlob } from '../cache/inventory-cache.js';

/** Finds the references of one file's bytes under a registry (by its position). */
export type ScanBytes = (bytes: Buffer, path: string, registry: number) => CachedBlob;

/**
 * The scan of whole files under each registry (by position): a file over `maxFileBytes` is
 * `too-large`, one with a NUL in its first 8000 bytes `binary`, else its references. Each
 * registry's detector is made when its first file is scanned.
 */
export function createBlobScanner(
  settings: MatcherSettings & { readonly maxLineLength: number },
  registries: readonly RegistryIndex[],
  input: { readonly maxFileBytes: number; readonly matcherFor: (settings: MatcherSettings, registry: RegistryIndex) => FlagMatcher; readonly compileAnchors: (anchors: readonly string[]) => AnchorAutomaton },
): ScanBytes {
  const detectors: (ReferenceDetector | undefined)[] = registries.map(() => undefined);
  return (bytes, path, registry) => {
    if (bytes.length > input.maxFileBytes) return { kind: 'skip', reason: 'too-large' };
    if (isBinaryContent(bytes)) return { kind: 'skip', reason: 'binary' };
    let detector = detectors[registry];
    if (detector === undefined) {
      detectors[registry] = detector = createReferenceDetector(input.matcherFor(settings, registries[registry]!), settings.maxLineLength, input.compileAnchors);
    }
    return { kind: 'scan', scan: findReferencesInBlob(bytes, path, detector) };
  };
}

export type WorkTreeRead = { kind: 'bytes'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'missing' } | { kind: 'unreadable' };

/**
 * Files are read into one buffer, grown as needed and reused: a buffer per file left hundreds of
 * megabytes of external memory for the collector on a large repository. The bytes returned are
 * valid until the next read (the scan keeps none of them).
 */
export class ReadBuffer {
  private buffer = Buffer.allocUnsafe(1 << 20);

  take(size: number): Buffer {
    if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(size, this.buffer.length * 2));
    return this.buffer.subarray(0, size);
  }
}

/** A work tree file's bytes, checked for size before they are read. */
export function readWorkTreeFile(path: string, maxBytes: number, into: ReadBuffer): WorkTreeRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    // Recovered on purpose: the caller counts the file as skipped, with its reason.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable' };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'unreadable' };
    if (stats.size > maxBytes) return { kind: 'too-large' };
    const bytes = into.take(stats.size);
    let at = 0;
    while (at < bytes.length) {
      const read = readSync(fd, bytes, at, bytes.length - at, null);
      if (read === 0) break;
      at += read;
    }
    return { kind: 'bytes', bytes: at === bytes.length ? bytes : bytes.subarray(0, at) };
  } catch {
    // Recovered on purpose: as above.
    return { kind: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

/** What reading and scanning one work tree file gave: its result, or why there is none. */
export type WorkTreeOutcome = { kind: 'result'; result: CachedBlob } | { kind: 'missing' } | { kind: 'unreadable' };

/** Reads one work tree file and scans it (a file over the size limit is `too-large`, unread). */
export function scanWorkTreeFile(path: string, repoPath: string, registry: number, maxFileBytes: number, buffer: ReadBuffer, scanBytes: ScanBytes): WorkTreeOutcome {
  const read = readWorkTreeFile(path, maxFileBytes, buffer);
  if (read.kind === 'missing' || read.kind === 'unreadable') return read;
  return { kind: 'result', result: read.kind === 'bytes' ? scanBytes(read.bytes, repoPath, registry) : { kind: 'skip', reason: 'too-large' } };
}

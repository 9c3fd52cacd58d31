// What `prove-hooks flags` does to one file, shared by the main thread and the scan workers
// (inventory-scan-pool.ts): read it (a work tree file: size checked first, into a reused buffer;
// a blob of a commit: from the object store) and find its references with the registry's matcher.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { MatcherSettings } from '../core/flags/compile-matcher.js';
import { createReferenceDetector, findReferencesInBlob, isBinaryContent, type ReferenceDetector } from '../core/flags/blob-references.js';
import type { FlagMatcher } from '../core/flags/matcher.js';
import { decodeSourceBytes, detectUtf16 } from '../core/diff/utf16-text.js';
import type { RegistryIndex } from '../core/flags/registry.js';
import type { AnchorAutomaton } from '../core/scan/anchor-automaton.js';
import { encodeCachedBlob, type CachedBlob } from '../cache/inventory-cache.js';
import { readBlobs } from '../git/blob-batch.js';

/** Finds the references of one file's bytes under a registry (by its position). */
export type ScanBytes = (bytes: Buffer, path: string, registry: number) => CachedBlob;

/**
 * The scan of whole files under each registry (by position): a file over `maxFileBytes` is
 * `too-large`, one with a NUL in its first 8000 bytes `binary` (unless it is UTF-16 text, scanned
 * as such), else its references. Each
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
    if (isBinaryContent(bytes)) {
      // A UTF-16 source (Windows editors write it) is text: its UTF-8 transcoding is scanned.
      const text = detectUtf16(bytes) === undefined ? undefined : decodeSourceBytes(bytes);
      if (text === undefined) return { kind: 'skip', reason: 'binary' };
      bytes = Buffer.from(text, 'utf8');
    }
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

/**
 * What reading and scanning one work tree file gave: its result (and the result encoded for the
 * per-blob cache, by the thread that scanned it: the main thread's tail encoded 20,000 results of
 * a cold run), or why there is none.
 */
export type WorkTreeOutcome = { kind: 'result'; result: CachedBlob; encoded: string } | { kind: 'missing' } | { kind: 'unreadable' };

/** A result outcome, with its cache encoding. */
function resultOutcome(result: CachedBlob): WorkTreeOutcome {
  return { kind: 'result', result, encoded: encodeCachedBlob(result) };
}

/** Reads one work tree file and scans it (a file over the size limit is `too-large`, unread). */
export function scanWorkTreeFile(path: string, repoPath: string, registry: number, maxFileBytes: number, buffer: ReadBuffer, scanBytes: ScanBytes): WorkTreeOutcome {
  const read = readWorkTreeFile(path, maxFileBytes, buffer);
  if (read.kind === 'missing' || read.kind === 'unreadable') return read;
  return resultOutcome(read.kind === 'bytes' ? scanBytes(read.bytes, repoPath, registry) : { kind: 'skip', reason: 'too-large' });
}

/** One file to read and scan: its repository path, its registry's position, and where its bytes are. */
export interface ScanJob {
  readonly path: string;
  readonly registry: number;
  /** A blob id (`--ref`): read from the object store, not from the work tree. */
  readonly blob?: string;
}

/** Where a thread reads files: the work tree's top folder, and git's place and environment for blobs. */
export interface ScanPlace {
  readonly topLevel: string;
  readonly maxFileBytes: number;
  /** Where `git cat-file` runs (the top level, or the git dir of a bare repository). */
  readonly gitCwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Reads and scans a batch of jobs, outcomes in the jobs' order: work tree files one by one, blobs
 * through one `git cat-file --batch` for the batch (each scanned as it arrives, none held). A
 * blob the object store lacks is `unreadable`. Rejects with a GitError when git fails.
 */
export async function scanJobs(jobs: readonly ScanJob[], place: ScanPlace, buffer: ReadBuffer, scanBytes: ScanBytes): Promise<WorkTreeOutcome[]> {
  const outcomes: WorkTreeOutcome[] = new Array(jobs.length);
  const fromStore: number[] = [];
  jobs.forEach((job, position) => {
    if (job.blob === undefined) outcomes[position] = scanWorkTreeFile(join(place.topLevel, job.path), job.path, job.registry, place.maxFileBytes, buffer, scanBytes);
    else fromStore.push(position);
  });
  let next = 0;
  await readBlobs(
    fromStore.map((position) => jobs[position]!.blob!),
    (blob) => {
      const position = fromStore[next++]!;
      const { path, registry } = jobs[position]!;
      outcomes[position] = blob.kind === 'missing' ? { kind: 'unreadable' } : resultOutcome(blob.kind === 'too-large' ? { kind: 'skip', reason: 'too-large' } : scanBytes(blob.bytes, path, registry));
    },
    { cwd: place.gitCwd, env: place.env, maxBytes: place.maxFileBytes },
  );
  return outcomes;
}

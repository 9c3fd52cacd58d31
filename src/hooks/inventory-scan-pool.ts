// The scan of many work tree files by worker threads (`prove-hooks flags` on a cold clone is
// CPU-bound): a pool of workers, each running the bundle's runInventoryScanWorker, takes batches
// of files as it finishes the last (so a slow file or a busy core does not hold the others back),
// reads and scans them as the main thread would, and the outcomes come back in the files' order.
// Work tree files are read from disk; a commit's blobs (`--ref`) by each thread's own `git cat-file`.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { FlagsConfig } from '../config/schema.js';
import type { FlagRegistry } from '../core/flags/registry.js';
import { indexRegistry } from '../core/flags/registry.js';
import { compileAnchors } from '../core/scan/anchor-automaton.js';
import { compileAnchorsCached } from '../cache/automaton-cache.js';
import { GitError, InternalError } from '../errors.js';
import { PROVE_VERSION } from '../version.js';
import { createPatternCache } from './flag-knowledge.js';
import { ReadBuffer, createBlobScanner, scanJobs, type ScanJob, type ScanPlace, type WorkTreeOutcome } from './inventory-blob-scan.js';

export type { ScanJob } from './inventory-blob-scan.js';

/** What every worker is started with: enough to build the same detection as the main thread's. */
export interface ScanWorkerInit {
  readonly settings: FlagsConfig;
  /** The registries by position (plain data: each worker indexes its own). */
  readonly registries: readonly FlagRegistry[];
  readonly maxFileBytes: number;
  /** The state folder, where the compiled anchor automaton is kept; undefined: compiled in memory. */
  readonly stateDir: string | undefined;
  /** Where files and blobs are read (files are given by their repository paths). */
  readonly place: ScanPlace;
}

interface BatchRequest {
  readonly id: number;
  readonly jobs: readonly ScanJob[];
}
/** A batch's outcomes, or why it failed: git's failure (`git`: a GitError's message, exit 4 as on the main thread) or a bug. */
type BatchReply = { readonly id: number; readonly outcomes: readonly WorkTreeOutcome[] } | { readonly id: number; readonly error: string; readonly git?: true };

/** Below this many files to scan, starting a worker (it loads the bundle and compiles the matcher) costs more than it saves. */
export const MIN_POOL_FILES = 512;
/** Files per batch a thread takes: about 0.6 MB of a typical repository, small enough to balance the threads. */
const BATCH_FILES = 64;
/** Blobs per batch (`--ref`): each batch starts a `git cat-file --batch`, a few milliseconds. */
const BATCH_BLOBS = 512;
/** Batches given to a worker ahead of its replies, so that it never waits for the main thread's turn. */
const BATCHES_IN_FLIGHT = 2;
/** Most threads, whatever is asked: each worker holds its own heap and matcher. */
const MAX_THREADS = 8;

/**
 * How many threads scan `files` files, the main thread included: `requested`
 * (PROVE_FLAGS_THREADS, a whole number; 1: the main thread alone) when given, else one per core
 * when there are at least MIN_POOL_FILES files, else 1. Workers run the bundle
 * (dist/cli-full.cjs): from the sources (tests importing src/) the main thread scans alone.
 */
export function chooseThreadCount(files: number, requested: string | undefined): number {
  if (bundleFile() === undefined || files === 0) return 1;
  if (requested !== undefined && requested.trim() !== '') {
    const count = Number(requested);
    // Not a count: the default, as for an unset variable (a tuning knob, never a reason to fail).
    if (Number.isSafeInteger(count) && count >= 1) return Math.min(count, MAX_THREADS);
  }
  return files < MIN_POOL_FILES ? 1 : Math.min(availableParallelism(), MAX_THREADS);
}

/** The bundle this code runs from (dist/cli-full.cjs), or undefined when it runs from the sources. */
function bundleFile(): string | undefined {
  const url = import.meta.url;
  return url.endsWith('.cjs') ? fileURLToPath(url) : undefined;
}

/**
 * Reads and scans the files with `threads` threads: the main thread (`scanHere`, the same scan)
 * and `threads - 1` workers, each taking the next batch of files as it finishes one. The outcomes
 * are in the jobs' order, whichever thread scanned them. Throws GitError when git fails reading
 * blobs (in any thread), InternalError when a worker fails otherwise (a bug: a file's problems
 * are outcomes).
 */
export async function scanInThreads(jobs: readonly ScanJob[], input: { readonly threads: number; readonly init: ScanWorkerInit; readonly scanHere: (jobs: readonly ScanJob[]) => Promise<WorkTreeOutcome[]> }): Promise<WorkTreeOutcome[]> {
  const outcomes: WorkTreeOutcome[] = new Array(jobs.length);
  const batches: { start: number; jobs: readonly ScanJob[] }[] = [];
  const size = jobs.some((job) => job.blob !== undefined) ? BATCH_BLOBS : BATCH_FILES;
  for (let start = 0; start < jobs.length; start += size) batches.push({ start, jobs: jobs.slice(start, start + size) });
  const bundle = bundleFile();
  const workerCount = bundle === undefined ? 0 : Math.min(input.threads - 1, batches.length - 1);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  let failure: InternalError | undefined;
  let wake: (() => void) | undefined;
  const settle = (): void => {
    wake?.();
    wake = undefined;
  };
  const give = (worker: Worker): void => {
    if (next >= batches.length || failure !== undefined) return;
    const id = next++;
    worker.postMessage({ id, jobs: batches[id]!.jobs } satisfies BatchRequest);
  };
  const fail = (message: string, cause?: unknown): void => {
    failure ??= new InternalError(`flags: a scan worker failed: ${message}`, cause === undefined ? undefined : { cause });
    settle();
  };
  // Git failing in a worker (a damaged object store) is the environment's, as on the main thread.
  const failInGit = (message: string): void => {
    failure ??= new GitError(message, { hint: 'Check that the repository is readable.' });
    settle();
  };
  try {
    for (let w = 0; w < workerCount; w++) {
      const worker = new Worker(`require(${JSON.stringify(bundle)}).runInventoryScanWorker();`, { eval: true, workerData: input.init });
      workers.push(worker);
      worker.on('message', (reply: BatchReply) => {
        if ('error' in reply) return reply.git === true ? failInGit(reply.error) : fail(reply.error);
        const { start } = batches[reply.id]!;
        reply.outcomes.forEach((outcome, offset) => {
          outcomes[start + offset] = outcome;
        });
        done += 1;
        give(worker);
        settle();
      });
      worker.on('error', (error) => fail(error.message, error));
      worker.on('exit', (code) => {
        if (done < batches.length) fail(`it exited (code ${code}) before its files were scanned`);
      });
      for (let b = 0; b < BATCHES_IN_FLIGHT; b++) give(worker);
    }
    // The main thread takes batches too; between two it lets the workers' replies in (and gives them more).
    while (failure === undefined && next < batches.length) {
      const { start, jobs: batch } = batches[next++]!;
      (await input.scanHere(batch)).forEach((outcome, offset) => {
        outcomes[start + offset] = outcome;
      });
      done += 1;
      if (workers.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    while (failure === undefined && done < batches.length) await new Promise<void>((resolve) => (wake = resolve));
    if (failure !== undefined) throw failure;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}

/** A scan worker's loop (started by scanInWorkers through the bundle's export): batches in, outcomes out. */
export function runInventoryScanWorker(): void {
  const port = parentPort;
  if (port === null) throw new InternalError('flags: runInventoryScanWorker runs in a worker thread');
  const init = workerData as ScanWorkerInit;
  const patternCache = createPatternCache();
  const scanBytes = createBlobScanner(
    init.settings,
    init.registries.map((registry) => indexRegistry(registry)),
    {
      maxFileBytes: init.maxFileBytes,
      matcherFor: (settings, registry) => patternCache.matcherFor(settings, registry),
      compileAnchors: (anchors) => (init.stateDir === undefined ? compileAnchors(anchors) : compileAnchorsCached(init.stateDir, anchors, PROVE_VERSION, compileAnchors)),
    },
  );
  const buffer = new ReadBuffer();
  // One batch at a time (a batch of blobs waits for git): the next request waits for the last reply.
  let last = Promise.resolve();
  port.on('message', (request: BatchRequest) => {
    last = last.then(async () => {
      try {
        const outcomes = await scanJobs(request.jobs, init.place, buffer, scanBytes);
        port.postMessage({ id: request.id, outcomes } satisfies BatchReply);
      } catch (error) {
        const reply: BatchReply =
          error instanceof GitError ? { id: request.id, error: error.message, git: true } : { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
        port.postMessage(reply);
      }
    });
  });
}

// The worker side of `bench`: one fresh process builds the cases of some suites, says which it
// has, then warms up the ones it is asked to and times slices of them on request (one JSON line
// in, one out) until its input ends. Whatever a suite creates on disk is removed before the
// process ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { measureSlice, prepareCase, type PrepareOptions, type SliceMeasurement } from './measure.js';
import { benchmarkId, type BenchCase, type BenchSuite, type SuiteResources } from './suite.js';

export const WORKER_PROTOCOL = 3;

/** One timed sample runs the operation for about this long (longer samples: steadier minima). */
const TARGET_SAMPLE_MS = 0.5;
/**
 * Warm-up of each benchmark in each process: at least 20 ms of CPU and WARMUP_OPERATIONS
 * operations (V8 optimised the 0.1 to 0.5 ms benchmarks only after 80 to 200 runs: with 20 ms
 * alone some processes were timed before, some after), but at most MAX_WARMUP_MS of CPU.
 */
const WARMUP_OPERATIONS = 200;
const MAX_WARMUP_MS = 50;

/** This process's CPU time in milliseconds: user + system, all its threads (1 µs resolution). */
export function readProcessCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * How a worker warms up and times, for `timeMs` per benchmark. Samples are timed in the process's
 * CPU time, not wall time: on a shared machine the scheduler lets a process run about 2 ms before
 * another takes its turn, so a 1 to 5 ms operation was rarely timed whole in wall time, and one
 * process's fastest sample was 2 to 4 times another's. CPU time does not count the other
 * processes' turns (nor time spent waiting, e.g. for the disk: the suites are CPU work).
 */
export function createWorkerTiming(timeMs: number, collectGarbage?: () => void): PrepareOptions {
  return {
    ...(collectGarbage === undefined ? {} : { collectGarbage }),
    warmupMs: Math.max(20, timeMs / 2),
    warmupOperations: WARMUP_OPERATIONS,
    maxWarmupMs: Math.max(MAX_WARMUP_MS, timeMs),
    targetSampleMs: TARGET_SAMPLE_MS,
    // Until the case stops getting faster, at most as long as it is timed.
    maxSettleMs: timeMs,
    now: () => performance.now(),
    cpuNow: readProcessCpuMs,
  };
}

/**
 * A minor collection on request (V8's `gc({ type: 'minor' })`, exposed at run time: the workers
 * take no node flags of ours, so a baseline's recorded flags stay the user's). About 0.1 ms.
 */
export function exposeMinorCollection(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: { type: 'minor' }) => void;
  return () => gc({ type: 'minor' });
}

/** The worker's first line: its benchmarks, by index. */
export interface WorkerHello {
  readonly protocol: typeof WORKER_PROTOCOL;
  readonly node: string;
  /** Benchmark ids (`suite/case`), in the order requests refer to them. */
  readonly benchmarks: readonly string[];
}

/** A request: time one slice of about `ms` milliseconds of each of these benchmarks (by index), in order. */
export interface WorkerRequest {
  readonly indexes: readonly number[];
  readonly ms: number;
}

/**
 * Warm up and calibrate these benchmarks (by index) now, before any is timed: both sides do it at
 * the same time, and only for the benchmarks still undecided (a decided one costs no warm-up).
 */
export interface WorkerPrepareRequest {
  readonly prepare: readonly number[];
}

/** The reply: one measurement per requested benchmark, in the request's order; or what went wrong. */
export type WorkerReply = { readonly slices: readonly SliceMeasurement[] } | { readonly prepared: number } | { readonly error: string };

/**
 * Serves requests until `requests` ends: builds every case, writes the hello line, then one reply
 * line per request (a case is warmed up when first prepared or timed). Temporary folders of the
 * suites (made in `tempRoot`) are removed in every case.
 */
export async function serveWorker(
  suites: readonly BenchSuite[],
  requests: AsyncIterable<string>,
  write: (line: string) => void,
  options: PrepareOptions,
  tempRoot: string = tmpdir(),
): Promise<void> {
  const folders: string[] = [];
  const resources: SuiteResources = {
    makeTempDir: () => {
      const folder = mkdtempSync(join(tempRoot, 'prove-hooks-bench-'));
      folders.push(folder);
      return folder;
    },
  };
  try {
    const entries: { id: string; benchCase: BenchCase; batch: number }[] = [];
    for (const suite of suites) {
      const cases = await suite.createCases(resources);
      for (const benchCase of cases) {
        const id = benchmarkId(suite.name, benchCase.name);
        if (entries.some((entry) => entry.id === id)) throw new Error(`suite ${suite.name} has two cases named ${benchCase.name}`);
        entries.push({ id, benchCase, batch: 0 });
      }
    }
    const hello: WorkerHello = { protocol: WORKER_PROTOCOL, node: process.version, benchmarks: entries.map((entry) => entry.id) };
    write(JSON.stringify(hello));
    for await (const line of requests) {
      if (line.trim() === '') continue;
      const request = JSON.parse(line) as Partial<WorkerRequest & WorkerPrepareRequest>;
      if (Array.isArray(request.prepare)) {
        const toPrepare = request.prepare.map((index) => entries[index]);
        if (toPrepare.some((entry) => entry === undefined)) {
          write(JSON.stringify({ error: `bad request: ${line.slice(0, 200)}` }));
          continue;
        }
        for (const entry of toPrepare) if (entry!.batch === 0) entry!.batch = await prepareCase(entry!.benchCase, options);
        write(JSON.stringify({ prepared: toPrepare.length }));
        continue;
      }
      const chosen = Array.isArray(request.indexes) ? request.indexes.map((index) => entries[index]) : [];
      if (chosen.length === 0 || chosen.some((entry) => entry === undefined) || typeof request.ms !== 'number' || !(request.ms > 0)) {
        write(JSON.stringify({ error: `bad request: ${line.slice(0, 200)}` }));
        continue;
      }
      const slices: SliceMeasurement[] = [];
      for (const entry of chosen) {
        if (entry!.batch === 0) entry!.batch = await prepareCase(entry!.benchCase, options);
        slices.push(await measureSlice(entry!.benchCase, entry!.batch, request.ms, options));
      }
      const reply: WorkerReply = { slices };
      write(JSON.stringify(reply));
    }
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}

/** Validates the hello line; throws an Error naming what is wrong. */
export function parseWorkerHello(line: string): WorkerHello {
  const value = parseJsonLine(line) as Partial<WorkerHello>;
  if (value.protocol !== WORKER_PROTOCOL || !Array.isArray(value.benchmarks) || !value.benchmarks.every((id) => typeof id === 'string')) {
    throw new Error(`the worker does not speak protocol ${WORKER_PROTOCOL}: ${line.slice(0, 200)}`);
  }
  return value as WorkerHello;
}

/** Validates a reply line with `count` measurements; throws an Error naming what is wrong (including the worker's own error). */
export function parseWorkerReply(line: string, count: number): SliceMeasurement[] {
  const value = parseJsonLine(line) as { slices?: Partial<SliceMeasurement>[]; error?: unknown };
  if (typeof value.error === 'string') throw new Error(`the benchmark worker failed: ${value.error}`);
  const valid =
    Array.isArray(value.slices) &&
    value.slices.length === count &&
    value.slices.every((slice) => typeof slice?.minMs === 'number' && Number.isFinite(slice.minMs) && slice.minMs > 0 && typeof slice.samples === 'number');
  if (!valid) throw new Error(`the worker's reply is not ${count} measurements: ${line.slice(0, 200)}`);
  return value.slices as SliceMeasurement[];
}

function parseJsonLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new Error(`the worker printed something that is not JSON: ${JSON.stringify(line.slice(0, 200))}`, { cause: error });
  }
}

/** Validates the reply to a prepare request; throws an Error naming what is wrong. */
export function parsePrepareReply(line: string, count: number): void {
  const value = parseJsonLine(line) as { prepared?: unknown; error?: unknown };
  if (typeof value.error === 'string') throw new Error(`the benchmark worker failed: ${value.error}`);
  if (value.prepared !== count) throw new Error(`the worker did not prepare ${count} benchmarks: ${line.slice(0, 200)}`);
}

// Measures cases inside one process with tinybench: a case is warmed up and calibrated once, then
// timed in short slices on request, so two processes (A and B) can time slice k at the same moment.
// Bench only: this module (and tinybench) is never loaded by a hook.
import { Bench } from 'tinybench';
import type { BenchCase } from './suite.js';

/** What one timed slice of a case found; times are per operation. */
export interface SliceMeasurement {
  /** Fastest sample of the slice divided by the batch. */
  readonly minMs: number;
  readonly samples: number;
}

export interface PrepareOptions extends SampleClocks {
  /**
   * CPU time spent running the case before it is timed, in milliseconds, so the JIT settles.
   * CPU time, not wall time: on a loaded machine a wall-clock warm-up gets a fraction of it.
   */
  readonly warmupMs: number;
  /**
   * Operations run before timing, at the least: V8 optimises a function after it has run enough
   * of it, and an operation of 0.1 ms reaches that after about 100 to 200 runs (more than 20 ms),
   * so a warm-up by time alone timed some processes before and some after it. Capped by
   * `maxWarmupMs`.
   */
  readonly warmupOperations: number;
  /** CPU time the warm-up may take at most, in milliseconds (ends a count-based warm-up of a slow case). */
  readonly maxWarmupMs: number;
  /** Target duration of one timed sample, in milliseconds. */
  readonly targetSampleMs: number;
  /**
   * After the warm-up, CPU time in milliseconds the case may take at most to stop getting faster
   * (see settleCase); 0 or unset: no such stage.
   */
  readonly maxSettleMs?: number;
}

let sink: unknown;

/** The warm-up reads the CPU clock once per chunk of operations that lasts about this long (ms). */
export const WARMUP_CHUNK_MS = 1;

/** Warms the case up and returns its batch: operations per timed sample, so a sample lasts about `targetSampleMs`. */
export async function prepareCase(benchCase: BenchCase, options: PrepareOptions): Promise<number> {
  const warmStart = options.cpuNow();
  const warmUntil = warmStart + options.warmupMs;
  const stopAt = warmStart + Math.max(options.warmupMs, options.maxWarmupMs);
  let operations = 0;
  // The CPU clock is read once per chunk of operations, the chunk doubling until it lasts
  // WARMUP_CHUNK_MS: reading it is a system call, and a worker spent 9% of its time in it when it
  // was read after every operation (1,000 and more of a 20 µs benchmark).
  let chunk = 1;
  let last = warmStart;
  for (;;) {
    await runBatch(benchCase, chunk);
    operations += chunk;
    const cpu = options.cpuNow();
    if (cpu >= stopAt || (cpu >= warmUntil && operations >= options.warmupOperations)) break;
    if (cpu - last < WARMUP_CHUNK_MS) chunk *= 2;
    last = cpu;
  }
  let batch = 1;
  for (;;) {
    // The fastest of three: one preemption during calibration must not set a tiny batch.
    let elapsed = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3; attempt++) {
      const wallStart = options.now();
      const cpuStart = options.cpuNow();
      await runBatch(benchCase, batch);
      elapsed = Math.min(elapsed, closeSample(wallStart, cpuStart, options).overriddenDuration);
    }
    if (elapsed >= options.targetSampleMs / 2 || batch >= 1 << 20) {
      const calibrated = Math.max(1, Math.round((batch * options.targetSampleMs) / Math.max(elapsed, 1e-6)));
      await settleCase(benchCase, calibrated, options);
      return calibrated;
    }
    batch *= 2;
  }
}

/** Samples in a group of the settling stage. */
export const SETTLE_GROUP_SAMPLES = 4;
/** A group's fastest sample this much below the best before it: the case is still getting faster. */
export const SETTLE_FALL = 0.02;
/** Groups in a row that are not: the case has settled. */
export const SETTLED_GROUPS = 2;

/**
 * Runs groups of samples, timed as measureSlice times them, until SETTLED_GROUPS groups in a row
 * are no faster than the best before them by SETTLE_FALL, or `maxSettleMs` of CPU is spent. A
 * fixed warm-up (200 operations, at most 50 ms) left a worker's first slices 1.5 to 1.7 times
 * its fastest (median of 3 workers at a load of 17: `message/*`, `compile/*`,
 * `flag-matcher/match-candidates/*`), reaching its floor only in slice 4; four times that warm-up
 * took them to 1.0 to 1.2 but cost every benchmark, 1.6 s of CPU a worker. Spinning 300 ms of
 * CPU or a full collection after the warm-up did not help: it is running the case that counts.
 */
async function settleCase(benchCase: BenchCase, batch: number, options: PrepareOptions): Promise<void> {
  const maxSettleMs = options.maxSettleMs ?? 0;
  if (!(maxSettleMs > 0)) return;
  const stopAt = options.cpuNow() + maxSettleMs;
  let best = Number.POSITIVE_INFINITY;
  let flat = 0;
  while (flat < SETTLED_GROUPS && options.cpuNow() < stopAt) {
    let groupMin = Number.POSITIVE_INFINITY;
    for (let i = 0; i < SETTLE_GROUP_SAMPLES; i++) {
      options.collectGarbage?.();
      const wallStart = options.now();
      const cpuStart = options.cpuNow();
      await runBatch(benchCase, batch);
      groupMin = Math.min(groupMin, closeSample(wallStart, cpuStart, options).overriddenDuration);
    }
    flat = groupMin < best * (1 - SETTLE_FALL) ? 0 : flat + 1;
    best = Math.min(best, groupMin);
  }
}

/** Runs per slice, untimed, before its samples: see measureSlice. */
export const SETTLE_BATCHES = 1;
/** Samples a slice takes at the least. */
export const MIN_SLICE_SAMPLES = 3;

/** The two clocks a sample is read on, in milliseconds. */
export interface SampleClocks {
  /** Monotonic wall clock (`performance.now` in production). */
  readonly now: () => number;
  /** This process's CPU time, all its threads (`process.cpuUsage` in production). */
  readonly cpuNow: () => number;
  /**
   * Runs before each timed sample, outside its clocks: a minor collection in the worker, so every
   * sample starts with an empty young generation and a collection the operations before it made
   * due does not land inside it (none in tests).
   */
  readonly collectGarbage?: () => void;
}

/**
 * Times the case for about `sliceMs` of CPU time: one untimed batch, then at least
 * MIN_SLICE_SAMPLES samples of `batch` operations, each the smaller of its wall time and its
 * process CPU time (see measureSample). Throws if the case throws.
 */
export async function measureSlice(benchCase: BenchCase, batch: number, sliceMs: number, clocks: SampleClocks): Promise<SliceMeasurement> {
  // The other benchmarks ran since this one's last slice: the untimed batch pays the collections
  // their garbage left due and brings this case's code and data back into the caches. (tinybench
  // used to run it by accident, calling the task once to guess whether it is async. Without it,
  // and with one sample a slice, a worker's slices took 35% less CPU, but at a load of 11 to 22
  // a worker's fastest `registry/cold/1000-flags` sample was 3 to 8 times the 4.3 ms an
  // operation takes: every one of its 8 samples held a collection. So both stay, on purpose.)
  await runBatch(benchCase, SETTLE_BATCHES * batch);
  // The task times itself on both clocks and hands tinybench the sample (`overriddenDuration`)
  // and its CPU cost (`overriddenIterationCost`, so the slice's budget is CPU time). tinybench's
  // own clock only frames each call: the cheap one.
  const bench = new Bench({ time: sliceMs, iterations: MIN_SLICE_SAMPLES, warmup: false, now: clocks.now, throws: true });
  // `async` said, never guessed: tinybench guesses by calling the task.
  if (benchCase.async === true) {
    bench.add(benchCase.name, () => measureSampleAsync(benchCase, batch, clocks), { async: true });
  } else {
    bench.add(benchCase.name, () => measureSample(benchCase, batch, clocks), { async: false });
  }
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (result === undefined || result.state !== 'completed') {
    throw new Error(`benchmark ${benchCase.name} did not complete (${result?.state ?? 'no result'})`);
  }
  return { minMs: result.latency.min / batch, samples: result.latency.samplesCount };
}

/** A sample as tinybench takes it from a task that times itself. */
interface TimedSample {
  readonly overriddenDuration: number;
  readonly overriddenIterationCost: number;
}

/**
 * One sample of `batch` operations: the smaller of its wall time and its process CPU time. Each
 * clock over-counts in one way only: CPU time adds what V8's background threads (concurrent
 * compiler, marking, sweeping) did on the other core meanwhile, which doubled a `message/*`
 * slice's fastest sample in some slices and not others; wall time adds the turns other processes
 * took. A sample with neither is timed right by both, and one with either by the other clock.
 */
function measureSample(benchCase: BenchCase, batch: number, clocks: SampleClocks): TimedSample {
  clocks.collectGarbage?.();
  const wallStart = clocks.now();
  const cpuStart = clocks.cpuNow();
  for (let i = 0; i < batch; i++) sink = benchCase.run();
  return closeSample(wallStart, cpuStart, clocks);
}

async function measureSampleAsync(benchCase: BenchCase, batch: number, clocks: SampleClocks): Promise<TimedSample> {
  clocks.collectGarbage?.();
  const wallStart = clocks.now();
  const cpuStart = clocks.cpuNow();
  for (let i = 0; i < batch; i++) sink = await benchCase.run();
  return closeSample(wallStart, cpuStart, clocks);
}

function closeSample(wallStart: number, cpuStart: number, clocks: SampleClocks): TimedSample {
  const cpuMs = clocks.cpuNow() - cpuStart;
  const wallMs = clocks.now() - wallStart;
  // A clock that did not move (a fake clock in a test) cannot be the smaller one.
  const durationMs = wallMs > 0 && cpuMs > 0 ? Math.min(wallMs, cpuMs) : Math.max(wallMs, cpuMs);
  return { overriddenDuration: durationMs, overriddenIterationCost: Math.max(cpuMs, 0) };
}

async function runBatch(benchCase: BenchCase, batch: number): Promise<void> {
  if (benchCase.async === true) for (let i = 0; i < batch; i++) sink = await benchCase.run();
  else for (let i = 0; i < batch; i++) sink = benchCase.run();
}

/** Keeps the last result reachable so the optimiser cannot drop the measured work. */
export function lastResult(): unknown {
  return sink;
}

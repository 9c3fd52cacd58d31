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

export interface PrepareOptions {
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
  /** This process's CPU time in milliseconds (injected; `process.cpuUsage` in production). */
  readonly cpuNow: () => number;
  /** Target duration of one timed sample, in milliseconds. */
  readonly targetSampleMs: number;
  /** Monotonic clock in milliseconds (injected; `performance.now` in production). */
  readonly now: () => number;
}

let sink: unknown;

/** Warms the case up and returns its batch: operations per timed sample, so a sample lasts about `targetSampleMs`. */
export async function prepareCase(benchCase: BenchCase, options: PrepareOptions): Promise<number> {
  const warmStart = options.cpuNow();
  const warmUntil = warmStart + options.warmupMs;
  const stopAt = warmStart + Math.max(options.warmupMs, options.maxWarmupMs);
  let operations = 0;
  for (;;) {
    await runBatch(benchCase, 1);
    operations++;
    const cpu = options.cpuNow();
    if (cpu >= stopAt || (cpu >= warmUntil && operations >= options.warmupOperations)) break;
  }
  let batch = 1;
  for (;;) {
    // The fastest of three: one preemption during calibration must not set a tiny batch.
    let elapsed = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3; attempt++) {
      const start = options.now();
      await runBatch(benchCase, batch);
      elapsed = Math.min(elapsed, options.now() - start);
    }
    if (elapsed >= options.targetSampleMs / 2 || batch >= 1 << 20) {
      return Math.max(1, Math.round((batch * options.targetSampleMs) / Math.max(elapsed, 1e-6)));
    }
    batch *= 2;
  }
}

/** Runs per slice, untimed, before its samples: see measureSlice. */
export const SETTLE_BATCHES = 1;
/** Samples a slice takes at the least. */
export const MIN_SLICE_SAMPLES = 3;

/**
 * Times the case for about `sliceMs`: one untimed batch, then at least MIN_SLICE_SAMPLES samples
 * of `batch` operations. Throws if the case throws.
 */
export async function measureSlice(benchCase: BenchCase, batch: number, sliceMs: number, now: () => number): Promise<SliceMeasurement> {
  // The other benchmarks ran since this one's last slice: the untimed batch pays the collections
  // their garbage left due and brings this case's code and data back into the caches. (tinybench
  // used to run it by accident, calling the task once to guess whether it is async. Without it,
  // and with one sample a slice, a worker's slices took 35% less CPU, but at a load of 11 to 22
  // a worker's fastest `registry/cold/1000-flags` sample was 3 to 8 times the 4.3 ms an
  // operation takes: every one of its 8 samples held a collection. So both stay, on purpose.)
  await runBatch(benchCase, SETTLE_BATCHES * batch);
  const bench = new Bench({ time: sliceMs, iterations: MIN_SLICE_SAMPLES, warmup: false, now, throws: true });
  // `async` said, never guessed: tinybench guesses by calling the task.
  if (benchCase.async === true) {
    bench.add(
      benchCase.name,
      async () => {
        for (let i = 0; i < batch; i++) sink = await benchCase.run();
      },
      { async: true },
    );
  } else {
    bench.add(
      benchCase.name,
      () => {
        for (let i = 0; i < batch; i++) sink = benchCase.run();
      },
      { async: false },
    );
  }
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (result === undefined || result.state !== 'completed') {
    throw new Error(`benchmark ${benchCase.name} did not complete (${result?.state ?? 'no result'})`);
  }
  return { minMs: result.latency.min / batch, samples: result.latency.samplesCount };
}

async function runBatch(benchCase: BenchCase, batch: number): Promise<void> {
  if (benchCase.async === true) for (let i = 0; i < batch; i++) sink = await benchCase.run();
  else for (let i = 0; i < batch; i++) sink = benchCase.run();
}

/** Keeps the last result reachable so the optimiser cannot drop the measured work. */
export function lastResult(): unknown {
  return sink;
}

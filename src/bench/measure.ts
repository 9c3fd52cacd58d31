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

/**
 * Times the case for about `sliceMs` (at least one sample of `batch` operations). Throws if the
 * case throws.
 */
export async function measureSlice(benchCase: BenchCase, batch: number, sliceMs: number, now: () => number): Promise<SliceMeasurement> {
  // Warm-up was done once by prepareCase; a slice only times. One sample at the least, not
  // tinybench's 3: only the process's fastest sample over all its slices is used, so a slice
  // needs no floor of its own, and for the 2 to 9 ms benchmarks 3 samples made a 5 ms slice
  // take 6 to 27 ms (a worker spent 2 s of CPU on slices of 0.64 s).
  const bench = new Bench({ time: sliceMs, iterations: 1, warmup: false, now, throws: true });
  // `async` said, never guessed: tinybench guesses by calling the task once, an untimed batch in
  // every slice (for a 4 ms operation, as much CPU again as the slice itself).
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

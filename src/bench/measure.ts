// Measures cases inside one process with tinybench and reduces each to per-process statistics.
// Bench only: this module (and tinybench) is never loaded by a hook.
import { Bench } from 'tinybench';
import type { BenchCase } from './suite.js';

/** What one process reports for one case; times are per operation. */
export interface CaseMeasurement {
  readonly name: string;
  /** Fastest sample divided by the batch: the per-process statistic that is compared. */
  readonly minMs: number;
  readonly medianMs: number;
  readonly samples: number;
  /** Operations per timed sample (chosen so a sample is long compared with the clock's resolution). */
  readonly batch: number;
}

export interface MeasureOptions {
  /** Time budget of the timed phase per case, in milliseconds. */
  readonly timeMs: number;
  /** Time budget of the warm-up per case, in milliseconds. */
  readonly warmupMs: number;
  /** Target duration of one timed sample, in milliseconds. */
  readonly targetSampleMs: number;
  /** Monotonic clock in milliseconds (injected; `performance.now` in production). */
  readonly now: () => number;
}

let sink: unknown;

/** Calls made before calibrating, so the first cold (interpreted) calls do not set the batch. */
const CALIBRATION_WARMUP_MS = 5;

/** Runs every case (in order) and returns one measurement per case. Throws if a case throws. */
export async function measureCases(cases: readonly BenchCase[], options: MeasureOptions): Promise<CaseMeasurement[]> {
  const measurements: CaseMeasurement[] = [];
  for (const benchCase of cases) {
    const batch = await calibrateBatch(benchCase, options);
    // Few iterations are enough for slow cases: the statistic is the minimum, not the mean.
    const bench = new Bench({ time: options.timeMs, iterations: 8, warmupTime: options.warmupMs, warmupIterations: 4, now: options.now, throws: true });
    if (benchCase.async === true) {
      bench.add(benchCase.name, async () => {
        for (let i = 0; i < batch; i++) sink = await benchCase.run();
      });
    } else {
      bench.add(benchCase.name, () => {
        for (let i = 0; i < batch; i++) sink = benchCase.run();
      });
    }
    await bench.run();
    const result = bench.tasks[0]?.result;
    if (result === undefined || result.state !== 'completed') {
      throw new Error(`benchmark ${benchCase.name} did not complete (${result?.state ?? 'no result'})`);
    }
    measurements.push({
      name: benchCase.name,
      minMs: result.latency.min / batch,
      medianMs: result.latency.p50 / batch,
      samples: result.latency.samplesCount,
      batch,
    });
  }
  return measurements;
}

/** Operations per sample so that one sample takes about `targetSampleMs` (measured after a short warm-up). */
async function calibrateBatch(benchCase: BenchCase, options: MeasureOptions): Promise<number> {
  const runBatch = async (batch: number): Promise<void> => {
    if (benchCase.async === true) for (let i = 0; i < batch; i++) sink = await benchCase.run();
    else for (let i = 0; i < batch; i++) sink = benchCase.run();
  };
  const warmUntil = options.now() + CALIBRATION_WARMUP_MS;
  while (options.now() < warmUntil) await runBatch(10);
  let batch = 1;
  for (;;) {
    // The fastest of three: one preemption during calibration must not set a tiny batch.
    let elapsed = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3; attempt++) {
      const start = options.now();
      await runBatch(batch);
      elapsed = Math.min(elapsed, options.now() - start);
    }
    if (elapsed >= options.targetSampleMs / 2 || batch >= 1 << 20) {
      return Math.max(1, Math.round((batch * options.targetSampleMs) / Math.max(elapsed, 1e-6)));
    }
    batch *= 2;
  }
}

/** Keeps the last result reachable so the optimiser cannot drop the measured work. */
export function lastResult(): unknown {
  return sink;
}

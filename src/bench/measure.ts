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
    const batch = calibrateBatch(benchCase, options);
    const bench = new Bench({ time: options.timeMs, warmupTime: options.warmupMs, now: options.now, throws: true });
    bench.add(benchCase.name, () => {
      for (let i = 0; i < batch; i++) sink = benchCase.run();
    });
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
function calibrateBatch(benchCase: BenchCase, options: MeasureOptions): number {
  const warmUntil = options.now() + CALIBRATION_WARMUP_MS;
  let warmCalls = 0;
  while (warmCalls < 20 || options.now() < warmUntil) {
    sink = benchCase.run();
    warmCalls++;
  }
  let batch = 1;
  for (;;) {
    const start = options.now();
    for (let i = 0; i < batch; i++) sink = benchCase.run();
    const elapsed = options.now() - start;
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

// What a `bench` run found, as the report (report/bench.ts) receives it: computed by the bench
// command's code (src/bench/). Types only.

export type BenchVerdict = 'improved' | 'unchanged' | 'regressed' | 'inconclusive';

export interface ComparePolicy {
  /** The margin: a change within a factor of 1 + marginPercent / 100, either way, is "unchanged". */
  readonly marginPercent: number;
  /**
   * Error rate. Of an "unchanged" claim, per benchmark (two one-sided tests); of any "regressed"
   * or "improved" claim, over all benchmarks of the run (family-wise). Both over all looks.
   */
  readonly alpha: number;
}

export interface BenchmarkDecision {
  readonly verdict: BenchVerdict;
  /** The estimated change now / reference - 1, in percent. */
  readonly changePercent: number;
  /** The interval the "unchanged" test uses (level 1 - 2 x alpha / looks), in percent. */
  readonly lowPercent: number;
  readonly highPercent: number;
  /** Why the verdict, in a few words. */
  readonly reason: string;
}

export interface BenchmarkComparison extends BenchmarkDecision {
  readonly id: string;
  /** Median of the reference's per-process minima, milliseconds per operation. */
  readonly baselineMs: number;
  readonly currentMs: number;
  /** Processes (per side) behind the verdict. */
  readonly processes: number;
}

export interface CompareResult {
  readonly comparisons: readonly BenchmarkComparison[];
  /** Benchmarks in the baseline but not measured now, and the other way round. */
  readonly onlyInBaseline: readonly string[];
  readonly onlyInCurrent: readonly string[];
}

/** Per benchmark id, one statistic per process (its minimum), in milliseconds per operation. */
export type SampleSet = Readonly<Record<string, readonly number[]>>;

/** What makes timings comparable. The machine is identified by a hash, never by its name. */
export interface BenchEnvironment {
  readonly node: string;
  readonly platform: string;
  readonly arch: string;
  readonly cpuModel: string;
  readonly cpuCount: number;
  /** Hash of host name, CPU model and count and memory size: equal on the same machine. */
  readonly machineId: string;
  /**
   * The node flags the benchmark processes ran with (their NODE_OPTIONS, e.g. `--jitless`,
   * `--max-semi-space-size=64`), which change what is measured; absent in older baselines.
   */
  readonly nodeFlags?: string;
}

/** How the session compares: only measures, against a saved baseline, A/A or A/B. */
export type BenchModeKind = 'measure' | 'compare' | 'aa' | 'ab';

/** What the report shows of a saved baseline (bench/baseline-file.ts holds the whole file). */
export interface BenchBaselineHeader {
  readonly createdAt: string;
  readonly proveHooksVersion: string;
  readonly environment: BenchEnvironment;
}

/** What the session reports while it runs (the command turns it into progress on stderr). */
export type BenchProgress =
  | {
      readonly kind: 'process';
      /** The round that just ended (one process per side). */
      readonly round: number;
      /** False when only measuring: nothing is decided. */
      readonly comparing: boolean;
      readonly decided: number;
      readonly benchmarks: number;
      readonly elapsedMs: number;
    }
  | { readonly kind: 'verdict'; readonly comparison: BenchmarkComparison; readonly round: number; readonly elapsedMs: number };

export interface BenchSessionResult {
  readonly mode: BenchModeKind;
  /** Median of each benchmark's per-process minima now, milliseconds per operation. */
  readonly currentMs: Readonly<Record<string, number>>;
  /** Per-process minima of the current build (side B in an A/A run). */
  readonly current: SampleSet;
  /** The other side's samples: the saved baseline, or side A of an A/A or A/B run. */
  readonly reference: SampleSet | undefined;
  /** Both sides run now: per benchmark, each round's log(current / reference) from its slices. */
  readonly roundLogRatios: SampleSet | undefined;
  readonly comparison: CompareResult | undefined;
  /** Why the baseline is not from this machine and runtime (empty when it is). */
  readonly foreign: readonly string[];
  /** Rounds run (processes per side), the looks the error rates are shared by, and the time taken. */
  readonly rounds: number;
  readonly looks: number;
  readonly elapsedMs: number;
  /** True when the time budget or the process limit ended the run before every benchmark was decided. */
  readonly stoppedEarly: boolean;
}

/**
 * What a sample's time is, as reports and baselines name it: the smaller of its wall time and its
 * process CPU time (measureSample in bench/measure.ts says why).
 */
export const BENCH_CLOCK = 'min-wall-process-cpu';

/** The clock's name as a type: the report (which takes types only from the core) spells it checked against this. */
export type BenchClock = typeof BENCH_CLOCK;

// What the one-line delta and the `--timing` breakdown tell of one hook run: computed by
// perf/baseline.ts, written by report/timing.ts. Types only. `Blame` is perf's names of a run's
// parts (its phases, `startup`, `other`); the report reads them as text.

/** A summary of one part of a run's time against its usual time, or of the run as a whole. */
export type DeltaVerdict<Blame extends string = string> =
  | { readonly kind: 'no-baseline'; readonly currentMs: number; readonly runs: number; readonly needed: number }
  | { readonly kind: 'usual'; readonly currentMs: number; readonly usualMs: number; readonly changePercent: number }
  | {
      readonly kind: 'regression';
      readonly currentMs: number;
      readonly usualMs: number;
      readonly changePercent: number;
      /** Median of the recent runs (current included). */
      readonly recentMedianMs: number;
      /** The smallest excess over the usual time that counts as a regression. */
      readonly limitMs: number;
      /** The part whose recent median grew the most, if any grew. */
      readonly blame: Blame | undefined;
    };

/** Counters of one cache at the end of a run. */
export interface CacheCounters {
  readonly hits: number;
  readonly misses: number;
  /** Entries held at the end of the run, when known. */
  readonly entries?: number;
  /** Approximate bytes held at the end of the run, when known. */
  readonly bytes?: number;
}

/** One row of the breakdown: a part of the run's time, in the order it happened. */
export interface TimingRow {
  readonly name: string;
  readonly ms: number;
  /** The part's usual time (median of the baseline's runs), when there is a baseline. */
  readonly usualMs?: number;
  /** Change of the V8 heap over the part, when it was sampled. */
  readonly heapBytes?: number;
}

/** Everything `--timing` prints of one run. */
export interface TimingBreakdown {
  readonly hook: string;
  /** Start-up plus the recorded run, milliseconds. */
  readonly totalMs: number;
  /** The usual total time and how many runs it is the median of, when there is a baseline. */
  readonly usual?: { readonly medianMs: number; readonly runs: number };
  readonly rows: readonly TimingRow[];
  /** Operation counters, e.g. `lines`, `files`. */
  readonly counts: Readonly<Record<string, number>>;
  readonly caches: Readonly<Record<string, CacheCounters>>;
}

// What `prove-hooks perf` tells of one hook's recorded runs (also the hooks of its `--json`
// document): computed by perf/history.ts, written by report/perf-history.ts. Types only. `Part`
// and `Outcome` are perf's names of a run's parts and outcomes; the report reads them as text.

export interface PartHistory<Part extends string = string> {
  readonly name: Part;
  /** Milliseconds per run, oldest first (the last `historyLength` runs). */
  readonly historyMs: readonly number[];
  readonly baselineMedianMs: number;
  readonly baselineMadMs: number;
}

/** How often one kind of recovery happened in the runs summarised. */
export interface RecoveryCount {
  /** The error kind (errors.ts), e.g. `cache`. */
  readonly kind: string;
  /** Its recovery, e.g. `rebuild`. */
  readonly recovery: string;
  /** What was recovered, e.g. `config-cache`. */
  readonly what: string;
  /** How many times, and in how many runs. */
  readonly count: number;
  readonly runs: number;
}

/** Runs that ended in an error, by exit code (errors.ts: 3 config, 4 environment, 70 internal). */
export interface ErrorCount {
  readonly exitCode: number;
  readonly runs: number;
}

/** Runs that ended in an error, by error kind (errors.ts); `unknown` for records written before kinds were kept. */
export interface ErrorKindCount {
  readonly kind: string;
  readonly runs: number;
}

export interface CacheHealth {
  readonly name: string;
  /** Sums over the baseline window's runs. */
  readonly hits: number;
  readonly misses: number;
  /** hits / (hits + misses), or null when there were no lookups. */
  readonly hitRate: number | null;
  /** From the latest run that reported this cache. */
  readonly entries: number | null;
  readonly bytes: number | null;
}

export interface HookHistory<Part extends string = string, Outcome extends string = string> {
  readonly hook: string;
  readonly runs: number;
  readonly outcomes: Readonly<Record<Outcome, number>>;
  /** The rolling baseline (last `window` runs that did not end in an error), or null without any. */
  readonly baseline: { readonly runs: number; readonly medianMs: number; readonly madMs: number } | null;
  readonly latest: { readonly at: number; readonly totalMs: number; readonly outcome: Outcome };
  /** Total milliseconds per run, oldest first. */
  readonly historyMs: readonly number[];
  /** Only the parts that took any time in the shown runs. */
  readonly parts: readonly PartHistory<Part>[];
  readonly caches: readonly CacheHealth[];
  /** Node versions seen in the shown runs (a change of Node shifts timings). */
  readonly nodeVersions: readonly string[];
  /** Recoveries in all the runs, by kind, recovery and what (a cache that rebuilds on every commit shows here). */
  readonly recoveries: readonly RecoveryCount[];
  /** Runs that ended in an error, by exit code. */
  readonly errors: readonly ErrorCount[];
  /** Runs that ended in an error, by error kind (`unknown`: no kind recorded). */
  readonly errorKinds: readonly ErrorKindCount[];
}

// Summaries of the timing log for `prove-hooks perf`: per hook and phase, the recent history,
// the rolling baseline and cache health. Pure: records in, summaries out.
import { summarizeRobust } from '../core/stats/robust.js';
import { BLAME_NAMES, isBaselineRun, partMs, type BlameName } from './baseline.js';
import { totalMs, type RunOutcome, type RunRecord } from './run-record.js';

export interface PartHistory {
  readonly name: BlameName;
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

export interface HookHistory {
  readonly hook: string;
  readonly runs: number;
  readonly outcomes: Readonly<Record<RunOutcome, number>>;
  /** The rolling baseline (last `window` runs that did not end in an error), or null without any. */
  readonly baseline: { readonly runs: number; readonly medianMs: number; readonly madMs: number } | null;
  readonly latest: { readonly at: number; readonly totalMs: number; readonly outcome: RunOutcome };
  /** Total milliseconds per run, oldest first. */
  readonly historyMs: readonly number[];
  /** Only the parts that took any time in the shown runs. */
  readonly parts: readonly PartHistory[];
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

export interface HistoryOptions {
  /** Runs in the baseline. */
  readonly window: number;
  /** Runs shown in the history (sparkline). */
  readonly historyLength: number;
}

/** Groups records by hook (in order of first appearance) and summarises each. */
export function summarizeHistory(records: readonly RunRecord[], options: HistoryOptions): HookHistory[] {
  const byHook = new Map<string, RunRecord[]>();
  for (const record of records) {
    const list = byHook.get(record.hook);
    if (list === undefined) byHook.set(record.hook, [record]);
    else list.push(record);
  }
  return [...byHook.entries()].map(([hook, runs]) => summarizeHook(hook, runs, options));
}

function summarizeHook(hook: string, runs: readonly RunRecord[], options: HistoryOptions): HookHistory {
  const shown = runs.slice(-options.historyLength);
  const window = runs.filter(isBaselineRun).slice(-options.window);
  const outcomes: Record<RunOutcome, number> = { pass: 0, blocked: 0, error: 0 };
  for (const run of runs) outcomes[run.outcome]++;
  const total = window.length === 0 ? undefined : summarizeRobust(window.map(totalMs));
  const latest = runs[runs.length - 1]!;
  const parts = BLAME_NAMES.flatMap((name): PartHistory[] => {
    const historyMs = shown.map((run) => partMs(run, name));
    if (historyMs.every((ms) => ms === 0)) return [];
    const summary = window.length === 0 ? { median: 0, mad: 0 } : summarizeRobust(window.map((run) => partMs(run, name)));
    return [{ name, historyMs, baselineMedianMs: summary.median, baselineMadMs: summary.mad }];
  });
  return {
    hook,
    runs: runs.length,
    outcomes,
    baseline: total === undefined ? null : { runs: window.length, medianMs: total.median, madMs: total.mad },
    latest: { at: latest.at, totalMs: totalMs(latest), outcome: latest.outcome },
    historyMs: shown.map(totalMs),
    parts,
    caches: summarizeCaches(window.length > 0 ? window : shown),
    nodeVersions: [...new Set(shown.map((run) => run.node))],
    recoveries: countRecoveries(runs),
    errors: countErrors(runs),
    errorKinds: countErrorKinds(runs),
  };
}

function countRecoveries(runs: readonly RecoveryRun[]): RecoveryCount[] {
  const counts = new Map<string, { kind: string; recovery: string; what: string; count: number; runs: number }>();
  for (const run of runs) {
    const seen = new Set<string>();
    for (const entry of run.recoveries ?? []) {
      const key = `${entry.kind}\u0000${entry.recovery}\u0000${entry.what}`;
      const count = counts.get(key) ?? { kind: entry.kind, recovery: entry.recovery, what: entry.what, count: 0, runs: 0 };
      count.count += 1;
      if (!seen.has(key)) count.runs += 1;
      seen.add(key);
      counts.set(key, count);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.what.localeCompare(b.what));
}

function countErrors(runs: readonly RunRecord[]): ErrorCount[] {
  const byCode = new Map<number, number>();
  for (const run of runs) if (run.outcome === 'error') byCode.set(run.exitCode, (byCode.get(run.exitCode) ?? 0) + 1);
  return [...byCode.entries()].sort(([a], [b]) => a - b).map(([exitCode, count]) => ({ exitCode, runs: count }));
}

function countErrorKinds(runs: readonly RunRecord[]): ErrorKindCount[] {
  const byKind = new Map<string, number>();
  for (const run of runs) {
    if (run.outcome !== 'error') continue;
    const kind = run.errorKind ?? 'unknown';
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  return [...byKind.entries()].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([kind, count]) => ({ kind, runs: count }));
}

type RecoveryRun = Pick<RunRecord, 'recoveries'>;

function summarizeCaches(runs: readonly RunRecord[]): CacheHealth[] {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run.caches)))];
  return names.map((name) => {
    let hits = 0;
    let misses = 0;
    let entries: number | null = null;
    let bytes: number | null = null;
    for (const run of runs) {
      const stats = run.caches[name];
      if (stats === undefined) continue;
      hits += stats.hits;
      misses += stats.misses;
      entries = stats.entries ?? entries;
      bytes = stats.bytes ?? bytes;
    }
    const lookups = hits + misses;
    return { name, hits, misses, hitRate: lookups === 0 ? null : hits / lookups, entries, bytes };
  });
}

// Summaries of the timing log for `prove-hooks perf`: per hook and phase, the recent history,
// the rolling baseline and cache health. Pure: records in, summaries out.
import { summarizeRobust } from '../core/stats/robust.js';
import { BLAME_NAMES, isBaselineRun, partMs, type BlameName } from './baseline.js';
import { totalMs, type RunOutcome, type RunRecord } from './run-record.js';
import type {
  CacheHealth,
  ErrorCount,
  ErrorKindCount,
  HookHistory as CoreHookHistory,
  PartHistory as CorePartHistory,
  RecoveryCount,
} from '../core/perf/hook-history.js';

/** One part of a hook's history, by perf's part names. */
export type PartHistory = CorePartHistory<BlameName>;
/** One hook's history, by perf's part and outcome names. */
export type HookHistory = CoreHookHistory<BlameName, RunOutcome>;
export type { CacheHealth, ErrorCount, ErrorKindCount, RecoveryCount };

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

// Rolling baselines of hook runs (median and MAD per hook and phase) and the regression rule
// behind the one-line delta. Pure: records in, verdicts out.
import { MAD_TO_SIGMA, computeMedian, summarizeRobust, type RobustSummary } from '../core/stats/robust.js';
import type { DeltaVerdict as RunDelta, TimingBreakdown, TimingRow } from '../core/perf/run-timing.js';
import { PHASES, totalMs, type PhaseName, type RunRecord } from './run-record.js';

/** What a delta line can blame: a phase, Node's start-up and module loading, or unphased time. */
export type BlameName = PhaseName | 'startup' | 'other';
export const BLAME_NAMES: readonly BlameName[] = ['startup', ...PHASES, 'other'];

export interface DeltaPolicy {
  /** A regression must exceed the usual time by at least this percentage... */
  readonly thresholdPercent: number;
  /** ...and by at least `noiseK` times the baseline's spread (MAD scaled to a standard deviation). */
  readonly noiseK: number;
  /** Runs in the rolling baseline. */
  readonly window: number;
  /** The current run plus the runs just before it, whose median must also be slow (one slow run is noise). */
  readonly recent: number;
  /** Fewest baseline runs before anything is judged. */
  readonly minBaselineRuns: number;
}

export const DEFAULT_DELTA_POLICY: DeltaPolicy = { thresholdPercent: 20, noiseK: 3, window: 30, recent: 3, minBaselineRuns: 5 };

/** Baseline of one hook: total time and each phase. */
export interface HookBaseline {
  readonly hook: string;
  readonly runs: number;
  readonly totalMs: RobustSummary;
  readonly phases: Readonly<Partial<Record<BlameName, RobustSummary>>>;
}

/** The verdict on one run against its hook's usual time (core/perf/run-timing.ts), blaming one of {@link BLAME_NAMES}. */
export type DeltaVerdict = RunDelta<BlameName>;

/** Runs that count for baselines: errors stop early and would drag the baseline down. */
export function isBaselineRun(record: RunRecord): boolean {
  return record.outcome !== 'error';
}

/** Median and MAD of total time and of each part over `records` (non-empty). */
export function computeHookBaseline(hook: string, records: readonly RunRecord[]): HookBaseline {
  const phases: Partial<Record<BlameName, RobustSummary>> = {};
  for (const name of BLAME_NAMES) {
    phases[name] = summarizeRobust(records.map((record) => partMs(record, name)));
  }
  return { hook, runs: records.length, totalMs: summarizeRobust(records.map(totalMs)), phases };
}

/**
 * Judges the current run against the runs before it (`history`: same hook, oldest first,
 * without the current run). A regression needs the current run AND the median of the recent
 * runs to exceed the usual time by more than max(threshold, noiseK x sigma).
 */
export function compareRunToBaseline(history: readonly RunRecord[], current: RunRecord, policy: DeltaPolicy): DeltaVerdict {
  const currentMs = totalMs(current);
  const { recentBefore, baselineRuns } = splitHistory(history, policy);
  if (baselineRuns.length < policy.minBaselineRuns) {
    return { kind: 'no-baseline', currentMs, runs: baselineRuns.length, needed: policy.minBaselineRuns };
  }
  const baseline = computeHookBaseline(current.hook, baselineRuns);
  const usualMs = baseline.totalMs.median;
  const changePercent = usualMs === 0 ? 0 : ((currentMs - usualMs) / usualMs) * 100;
  const limitMs = regressionLimitMs(baseline.totalMs, policy);
  const recent = [...recentBefore, current];
  const recentMedianMs = computeMedian(recent.map(totalMs));
  if (currentMs - usualMs <= limitMs || recentMedianMs - usualMs <= limitMs) {
    return { kind: 'usual', currentMs, usualMs, changePercent };
  }
  return { kind: 'regression', currentMs, usualMs, changePercent, recentMedianMs, limitMs, blame: blameOf(baseline, recent) };
}

/**
 * The verdict from a known usual total time alone, when that is enough: `usual` when the current
 * run is within the limit (the common case: the recent runs do not matter then), undefined when
 * the run is slow and the full comparison (recent runs, blame) must decide.
 */
export function judgeByUsualTime(usual: RobustSummary, current: RunRecord, policy: DeltaPolicy): DeltaVerdict | undefined {
  const currentMs = totalMs(current);
  if (currentMs - usual.median > regressionLimitMs(usual, policy)) return undefined;
  const changePercent = usual.median === 0 ? 0 : ((currentMs - usual.median) / usual.median) * 100;
  return { kind: 'usual', currentMs, usualMs: usual.median, changePercent };
}

/** The usual total time of the baseline runs in `history` (as compareRunToBaseline picks them), or undefined while there are too few. */
export function summarizeUsualTime(history: readonly RunRecord[], policy: DeltaPolicy): RobustSummary | undefined {
  const { baselineRuns } = splitHistory(history, policy);
  return baselineRuns.length < policy.minBaselineRuns ? undefined : summarizeRobust(baselineRuns.map(totalMs));
}

/** The runs just before the current one, and before them the baseline window (errors left out). */
function splitHistory(history: readonly RunRecord[], policy: DeltaPolicy): { recentBefore: RunRecord[]; baselineRuns: RunRecord[] } {
  const usable = history.filter(isBaselineRun);
  const recentBefore = usable.slice(Math.max(0, usable.length - (policy.recent - 1)));
  const baselineRuns = usable.slice(Math.max(0, usable.length - recentBefore.length - policy.window), usable.length - recentBefore.length);
  return { recentBefore, baselineRuns };
}

/** The smallest excess over the usual time that counts as a regression: max(threshold, noiseK x sigma). */
function regressionLimitMs(usual: RobustSummary, policy: DeltaPolicy): number {
  return Math.max((policy.thresholdPercent / 100) * usual.median, policy.noiseK * MAD_TO_SIGMA * usual.mad);
}

function blameOf(baseline: HookBaseline, recent: readonly RunRecord[]): BlameName | undefined {
  let blame: BlameName | undefined;
  let largest = 0;
  for (const name of BLAME_NAMES) {
    const usual = baseline.phases[name]?.median ?? 0;
    const excess = computeMedian(recent.map((record) => partMs(record, name))) - usual;
    if (excess > largest) {
      largest = excess;
      blame = name;
    }
  }
  return blame;
}

/** Milliseconds a run spent in one part (0 when the run did not have that phase). */
export function partMs(record: RunRecord, name: BlameName): number {
  if (name === 'startup') return record.startupMs;
  if (name !== 'other') return record.phases[name]?.ms ?? 0;
  let phased = 0;
  for (const phase of PHASES) phased += record.phases[phase]?.ms ?? 0;
  return Math.max(0, record.durationMs - phased);
}

/** What `--timing` prints of `record` (core/perf/run-timing.ts), against `baseline` when there is one. */
export function describeTiming(record: RunRecord, baseline: HookBaseline | undefined): TimingBreakdown {
  const rowOf = (name: BlameName, ms: number, heapBytes?: number): TimingRow => {
    const usualMs = baseline?.phases[name]?.median;
    return { name, ms, ...(usualMs === undefined ? {} : { usualMs }), ...(heapBytes === undefined || heapBytes === 0 ? {} : { heapBytes }) };
  };
  const rows = [rowOf('startup', record.startupMs)];
  for (const name of PHASES) {
    const stats = record.phases[name];
    if (stats !== undefined) rows.push(rowOf(name, stats.ms, stats.memBytes));
  }
  rows.push(rowOf('other', partMs(record, 'other')));
  return {
    hook: record.hook,
    totalMs: totalMs(record),
    ...(baseline === undefined ? {} : { usual: { medianMs: baseline.totalMs.median, runs: baseline.runs } }),
    rows,
    counts: record.counts,
    caches: record.caches,
  };
}

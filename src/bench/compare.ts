// The benchmark verdicts: per benchmark, a confidence interval for the ratio now / reference (t on
// log ratios: one per round when both sides run side by side, trimmed from 10 rounds on, else Welch on per-process minima),
// judged against an equivalence margin. Pure: samples in, verdicts out.
import { computeStudentTQuantile } from '../core/stats/student-t.js';
import { computeMedian } from '../core/stats/robust.js';
import { estimateTrimmedMeanLogRatio, estimateUnpairedLogRatio, type LogRatioEstimate } from '../core/stats/log-ratio.js';
import type { BenchmarkComparison, BenchmarkDecision, ComparePolicy, CompareResult, SampleSet } from '../core/bench/bench-result.js';

export type { BenchVerdict, BenchmarkComparison, BenchmarkDecision, ComparePolicy, CompareResult, SampleSet } from '../core/bench/bench-result.js';

export const DEFAULT_COMPARE_POLICY: ComparePolicy = { marginPercent: 5, alpha: 0.05 };

/**
 * Rounds a "regressed" or "improved" verdict needs at the least. The t test takes the rounds as
 * independent, but a run shares the machine's state for a minute or more: in an A/A run on a
 * loaded machine, 3 rounds of one benchmark agreed on +4.6%, +4.6% and +5.1% (identical builds),
 * an interval far from 0 from a spread of three values. "Unchanged" needs no such floor: its
 * interval must lie within the margin, which three values that agree on 5% cannot show.
 */
export const MIN_CHANGE_ROUNDS = 5;

/** How many decisions share the error rate: benchmarks in the run, and looks at the data per benchmark. */
export interface DecisionContext {
  readonly benchmarks: number;
  readonly looks: number;
}

/**
 * Decides one benchmark. Unchanged: the interval at level 1 - 2 alpha/looks lies inside the
 * margin. Regressed: not unchanged, at least MIN_CHANGE_ROUNDS rounds, and slower by a one-sided
 * test at alpha / (benchmarks x looks) (Bonferroni over benchmarks and looks, so repeated looks
 * keep the error rates).
 * Improved: the mirror image. Inconclusive: none of these yet.
 */
export function decideLogRatio(estimate: LogRatioEstimate, policy: ComparePolicy, context: DecisionContext): BenchmarkDecision {
  const changePercent = toPercent(estimate.logRatio);
  if (estimate.df <= 0) {
    return { verdict: 'inconclusive', changePercent, lowPercent: -Infinity, highPercent: Infinity, reason: 'too few processes for an interval' };
  }
  const alphaEquivalent = policy.alpha / context.looks;
  const alphaChange = policy.alpha / (context.looks * Math.max(1, context.benchmarks));
  const equivalentHalf = computeStudentTQuantile(1 - alphaEquivalent, estimate.df) * estimate.standardError;
  const changeHalf = computeStudentTQuantile(1 - alphaChange, estimate.df) * estimate.standardError;
  const low = estimate.logRatio - equivalentHalf;
  const high = estimate.logRatio + equivalentHalf;
  // A hair inside the margin: rounding must not call a change of exactly the margin unchanged.
  const margin = Math.log(1 + policy.marginPercent / 100) * (1 - 1e-9);
  const interval = { changePercent, lowPercent: toPercent(low), highPercent: toPercent(high) };
  const shown = `${formatSigned(interval.lowPercent)} to ${formatSigned(interval.highPercent)}`;
  if (low > -margin && high < margin) return { verdict: 'unchanged', ...interval, reason: `${shown}, within ±${policy.marginPercent}%` };
  if (estimate.n >= MIN_CHANGE_ROUNDS) {
    if (estimate.logRatio - changeHalf > 0) return { verdict: 'regressed', ...interval, reason: `slower: ${shown}` };
    if (estimate.logRatio + changeHalf < 0) return { verdict: 'improved', ...interval, reason: `faster: ${shown}` };
  }
  return { verdict: 'inconclusive', ...interval, reason: `${shown}: not within ±${policy.marginPercent}%, no change shown` };
}

/**
 * Compares one benchmark. `roundRatios`: when both sides ran now, one log(current / reference)
 * per round, measured side by side (one-sample t on their mean, from 10 rounds on Yuen's on their
 * 10%-trimmed mean); without them the reference is independent (a
 * saved baseline) and Welch's t on the log minima is used.
 */
export function compareBenchmark(
  id: string,
  reference: readonly number[],
  current: readonly number[],
  roundRatios: readonly number[] | undefined,
  policy: ComparePolicy,
  context: DecisionContext,
): BenchmarkComparison {
  const estimate = roundRatios !== undefined ? estimateTrimmedMeanLogRatio(roundRatios) : estimateUnpairedLogRatio(reference, current);
  return {
    id,
    baselineMs: computeMedian(reference),
    currentMs: computeMedian(current),
    processes: current.length,
    ...decideLogRatio(estimate, policy, context),
  };
}

/** The benchmarks on one side only. */
export function listUnmatched(reference: SampleSet, current: SampleSet): Pick<CompareResult, 'onlyInBaseline' | 'onlyInCurrent'> {
  return {
    onlyInBaseline: Object.keys(reference).filter((id) => current[id] === undefined),
    onlyInCurrent: Object.keys(current).filter((id) => reference[id] === undefined),
  };
}

function toPercent(logRatio: number): number {
  return (Math.exp(logRatio) - 1) * 100;
}

function formatSigned(percent: number): string {
  if (!Number.isFinite(percent)) return percent > 0 ? '+∞' : '-∞';
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

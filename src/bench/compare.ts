// The benchmark verdicts: per benchmark, per-process minima of baseline and current runs are
// compared with one-sided Mann-Whitney tests, Holm-corrected across benchmarks, with a minimum
// effect. Pure: samples in, verdicts out.
import { computeMedian } from '../core/stats/robust.js';
import { testMannWhitney } from '../core/stats/mann-whitney.js';
import { adjustHolm } from '../core/stats/multiple-testing.js';

export type BenchVerdict = 'improved' | 'unchanged' | 'regressed' | 'inconclusive';

export interface ComparePolicy {
  /** Family-wise error rate for regressions and improvements (Holm), e.g. 0.05. */
  readonly alpha: number;
  /** A change smaller than this (in percent of the baseline) is never a regression or an improvement. */
  readonly minEffectPercent: number;
}

export const DEFAULT_COMPARE_POLICY: ComparePolicy = { alpha: 0.05, minEffectPercent: 5 };

export interface BenchmarkComparison {
  readonly id: string;
  /** Median of the baseline's per-process minima, milliseconds per operation. */
  readonly baselineMs: number;
  readonly currentMs: number;
  /** (current - baseline) / baseline, in percent. */
  readonly changePercent: number;
  /** One-sided p-value that current is slower, before and after the Holm correction. */
  readonly pSlower: number;
  readonly pSlowerAdjusted: number;
  readonly pFaster: number;
  readonly pFasterAdjusted: number;
  /** Two one-sided tests that the change lies within +-minEffect (small: shown to be unchanged). */
  readonly pEquivalent: number;
  readonly verdict: BenchVerdict;
  /** Why the verdict, in a few words. */
  readonly reason: string;
}

export interface CompareResult {
  readonly comparisons: readonly BenchmarkComparison[];
  /** Benchmarks in the baseline but not measured now, and the other way round. */
  readonly onlyInBaseline: readonly string[];
  readonly onlyInCurrent: readonly string[];
}

/** Per benchmark id, one statistic per process (its minimum), in milliseconds per operation. */
export type SampleSet = Readonly<Record<string, readonly number[]>>;

/**
 * Compares every benchmark present on both sides. Regressed: Holm-adjusted p(slower) <= alpha
 * and the median slowdown >= minEffect. Improved: the mirror image. Unchanged: not either, and
 * the change is shown to lie within +-minEffect. Inconclusive: none of these could be shown.
 */
export function compareSampleSets(baseline: SampleSet, current: SampleSet, policy: ComparePolicy = DEFAULT_COMPARE_POLICY): CompareResult {
  const ids = Object.keys(current).filter((id) => baseline[id] !== undefined && baseline[id].length > 0 && current[id]!.length > 0);
  const raw = ids.map((id) => {
    const before = baseline[id]!;
    const after = current[id]!;
    return {
      id,
      before,
      after,
      pSlower: testMannWhitney(after, before, 'greater').p,
      pFaster: testMannWhitney(after, before, 'less').p,
    };
  });
  const slowerAdjusted = adjustHolm(raw.map((r) => r.pSlower));
  const fasterAdjusted = adjustHolm(raw.map((r) => r.pFaster));
  const comparisons = raw.map((r, i): BenchmarkComparison => {
    const baselineMs = computeMedian(r.before);
    const currentMs = computeMedian(r.after);
    const changePercent = baselineMs === 0 ? 0 : ((currentMs - baselineMs) / baselineMs) * 100;
    const pEquivalent = testEquivalence(r.after, r.before, policy.minEffectPercent);
    const base = { id: r.id, baselineMs, currentMs, changePercent, pSlower: r.pSlower, pSlowerAdjusted: slowerAdjusted[i]!, pFaster: r.pFaster, pFasterAdjusted: fasterAdjusted[i]!, pEquivalent };
    return { ...base, ...decide(base, policy) };
  });
  return {
    comparisons,
    onlyInBaseline: Object.keys(baseline).filter((id) => current[id] === undefined),
    onlyInCurrent: Object.keys(current).filter((id) => baseline[id] === undefined),
  };
}

function decide(
  c: Pick<BenchmarkComparison, 'changePercent' | 'pSlowerAdjusted' | 'pFasterAdjusted' | 'pEquivalent'>,
  policy: ComparePolicy,
): { verdict: BenchVerdict; reason: string } {
  const effect = policy.minEffectPercent;
  if (c.pSlowerAdjusted <= policy.alpha && c.changePercent >= effect) {
    return { verdict: 'regressed', reason: `slower (p=${formatP(c.pSlowerAdjusted)}) by at least ${effect}%` };
  }
  if (c.pFasterAdjusted <= policy.alpha && c.changePercent <= -effect) {
    return { verdict: 'improved', reason: `faster (p=${formatP(c.pFasterAdjusted)}) by at least ${effect}%` };
  }
  if (c.pEquivalent <= policy.alpha) return { verdict: 'unchanged', reason: `within ±${effect}% (p=${formatP(c.pEquivalent)})` };
  if (c.pSlowerAdjusted <= policy.alpha || c.pFasterAdjusted <= policy.alpha) {
    return { verdict: 'inconclusive', reason: `a real change below ${effect}% that could not be bounded` };
  }
  return { verdict: 'inconclusive', reason: 'too noisy to tell; run more processes' };
}

/**
 * Two one-sided Mann-Whitney tests that `after` lies within +-marginPercent of `before`: after is
 * below before x (1 + margin) and above before x (1 - margin). Returns the larger p-value.
 */
export function testEquivalence(after: readonly number[], before: readonly number[], marginPercent: number): number {
  const upper = before.map((value) => value * (1 + marginPercent / 100));
  const lower = before.map((value) => value * (1 - marginPercent / 100));
  return Math.max(testMannWhitney(after, upper, 'less').p, testMannWhitney(after, lower, 'greater').p);
}

function formatP(p: number): string {
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

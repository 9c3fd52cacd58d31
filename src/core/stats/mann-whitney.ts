// The one-sided Mann-Whitney U test (Wilcoxon rank-sum): exact null distribution without ties,
// normal approximation with tie and continuity correction otherwise. Ranks from simple-statistics.
import { errorFunction, wilcoxonRankSum } from 'simple-statistics';

/** Largest m*n for which the exact distribution is computed (cost grows with m*n*min(m,n)). */
const EXACT_LIMIT = 2500;

export type Alternative = 'greater' | 'less';

export interface MannWhitneyResult {
  /** U of the first sample: how many (x, y) pairs have x > y, ties counting one half. */
  readonly u: number;
  /** One-sided p-value for the chosen alternative. */
  readonly p: number;
  readonly method: 'exact' | 'normal';
}

/**
 * Tests whether `x` tends to be greater (or less) than `y`. With `greater`, a small p means the
 * values of `x` are stochastically larger. Throws a RangeError when a sample is empty.
 */
export function testMannWhitney(x: readonly number[], y: readonly number[], alternative: Alternative): MannWhitneyResult {
  if (x.length === 0 || y.length === 0) throw new RangeError('testMannWhitney needs two non-empty samples');
  const m = x.length;
  const n = y.length;
  const u = wilcoxonRankSum([...x], [...y]) - (m * (m + 1)) / 2;
  const ties = tieGroupSizes([...x, ...y]);
  if (ties.length === 0 && m * n <= EXACT_LIMIT) {
    // P(U >= u) for `greater`; by symmetry of U, P(U <= u) = P(U >= m*n - u) for `less`.
    const p = alternative === 'greater' ? exactUpperTail(m, n, u) : exactUpperTail(m, n, m * n - u);
    return { u, p, method: 'exact' };
  }
  const mean = (m * n) / 2;
  const total = m + n;
  const tieTerm = ties.reduce((sum, t) => sum + (t * t * t - t), 0) / (total * (total - 1));
  const sd = Math.sqrt(((m * n) / 12) * (total + 1 - tieTerm));
  if (sd === 0) return { u, p: 1, method: 'normal' };
  const shifted = alternative === 'greater' ? u - mean - 0.5 : mean - u - 0.5;
  return { u, p: 1 - normalCdf(shifted / sd), method: 'normal' };
}

/** Standard normal CDF through simple-statistics' error function (|error| < 1.2e-7). */
export function normalCdf(z: number): number {
  return 0.5 * (1 + errorFunction(z / Math.SQRT2));
}

/**
 * P(U >= u) under the null hypothesis, with no ties: counts the arrangements of m x-values and
 * n y-values whose U reaches u, by the recurrence f(m, n, u) = f(m-1, n, u-n) + f(m, n-1, u).
 */
export function exactUpperTail(m: number, n: number, u: number): number {
  const maxU = m * n;
  const target = Math.ceil(u - 1e-9);
  if (target <= 0) return 1;
  if (target > maxU) return 0;
  // counts[j][k]: number of arrangements of i x-values and j y-values with U = k, for the current i.
  let previous: Float64Array[] = Array.from({ length: n + 1 }, () => Float64Array.of(1));
  for (let i = 1; i <= m; i++) {
    const current: Float64Array[] = [];
    current[0] = Float64Array.of(1);
    for (let j = 1; j <= n; j++) {
      const row = new Float64Array(i * j + 1);
      const left = current[j - 1]!;
      const up = previous[j]!;
      for (let k = 0; k < row.length; k++) {
        // The largest value is an x (it beats all j y's) or a y (it adds nothing to U).
        row[k] = (k - j >= 0 && k - j < up.length ? up[k - j]! : 0) + (k < left.length ? left[k]! : 0);
      }
      current[j] = row;
    }
    previous = current;
  }
  const counts = previous[n]!;
  let tail = 0;
  let all = 0;
  for (let k = 0; k < counts.length; k++) {
    all += counts[k]!;
    if (k >= target) tail += counts[k]!;
  }
  return tail / all;
}

/** Sizes of groups of equal values (only groups of 2 or more). */
function tieGroupSizes(values: number[]): number[] {
  const sorted = values.sort((a, b) => a - b);
  const sizes: number[] = [];
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) run++;
    else {
      if (run > 1) sizes.push(run);
      run = 1;
    }
  }
  return sizes;
}

// Ratios of timings on the log scale: the estimate of log(B / A) with its standard error, paired
// (two sides measured round by round) or unpaired (Welch, against saved samples). Pure.

/** An estimate of log(B / A): a t-distributed pivot (estimate - truth) / standardError with df. */
export interface LogRatioEstimate {
  readonly n: number;
  readonly logRatio: number;
  readonly standardError: number;
  /** Degrees of freedom of the t distribution; 0 when there is too little data for an interval. */
  readonly df: number;
}

/** Paired rounds: `a[i]` and `b[i]` were measured side by side. Values must be positive. */
export function estimatePairedLogRatio(a: readonly number[], b: readonly number[]): LogRatioEstimate {
  if (a.length !== b.length) throw new RangeError(`paired samples differ in length: ${a.length} and ${b.length}`);
  return estimateMeanLogRatio(a.map((value, i) => Math.log(b[i]! / value)));
}

/** Independent log ratios log(B / A), one per round: their mean, with a one-sample t interval. */
export function estimateMeanLogRatio(differences: readonly number[]): LogRatioEstimate {
  const n = differences.length;
  if (n === 0) return { n, logRatio: 0, standardError: Number.POSITIVE_INFINITY, df: 0 };
  const mean = differences.reduce((sum, d) => sum + d, 0) / n;
  if (n < 2) return { n, logRatio: mean, standardError: Number.POSITIVE_INFINITY, df: 0 };
  const variance = differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (n - 1);
  return { n, logRatio: mean, standardError: Math.sqrt(variance / n), df: n - 1 };
}

/**
 * Share of rounds trimmed from each end by estimateTrimmedMeanLogRatio: one round in ten (none
 * below ten rounds, where a trimmed interval is wider than the plain one would be).
 */
export const TRIM_SHARE = 0.1;

/**
 * Independent log ratios, one per round: their trimmed mean with Yuen's interval (the
 * winsorized variance, h - 1 degrees of freedom for h rounds kept). floor(trimShare x n) rounds
 * are dropped from each end; with none dropped it is estimateMeanLogRatio. Why: a round whose
 * process met a busy spell of the machine for all its timing moved one benchmark's log ratio by
 * 60% where the other rounds spread 6%, and widened its plain t interval three times.
 */
export function estimateTrimmedMeanLogRatio(differences: readonly number[], trimShare: number = TRIM_SHARE): LogRatioEstimate {
  const n = differences.length;
  const g = Math.floor(trimShare * n);
  if (g === 0) return estimateMeanLogRatio(differences);
  const sorted = [...differences].sort((a, b) => a - b);
  const kept = sorted.slice(g, n - g);
  const h = kept.length;
  const winsorized = sorted.map((value) => Math.min(Math.max(value, kept[0]!), kept[h - 1]!));
  const winsorizedVariance = varianceOf(winsorized);
  return { n, logRatio: meanOf(kept), standardError: Math.sqrt(((n - 1) * winsorizedVariance) / (h * (h - 1))), df: h - 1 };
}

/** Independent samples (Welch-Satterthwaite), e.g. a saved baseline against a new run. */
export function estimateUnpairedLogRatio(a: readonly number[], b: readonly number[]): LogRatioEstimate {
  const logA = a.map(Math.log);
  const logB = b.map(Math.log);
  const n = Math.min(logA.length, logB.length);
  if (logA.length < 2 || logB.length < 2) {
    const logRatio = logA.length > 0 && logB.length > 0 ? meanOf(logB) - meanOf(logA) : 0;
    return { n, logRatio, standardError: Number.POSITIVE_INFINITY, df: 0 };
  }
  const va = varianceOf(logA) / logA.length;
  const vb = varianceOf(logB) / logB.length;
  const standardError = Math.sqrt(va + vb);
  const df = va + vb === 0 ? logA.length + logB.length - 2 : (va + vb) ** 2 / (va ** 2 / (logA.length - 1) + vb ** 2 / (logB.length - 1));
  return { n, logRatio: meanOf(logB) - meanOf(logA), standardError, df };
}

function meanOf(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function varianceOf(values: readonly number[]): number {
  const mean = meanOf(values);
  return values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
}

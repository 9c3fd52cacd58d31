// Robust location and spread (median, MAD) for timing samples. Written out on purpose rather than
// taken from simple-statistics: it runs on the hook path, where no statistics library may load
// (tests check it against simple-statistics).

/** Scales the MAD so that it estimates the standard deviation of a normal distribution. */
export const MAD_TO_SIGMA = 1.4826;

/** Median and MAD of a sample. */
export interface RobustSummary {
  readonly n: number;
  readonly median: number;
  /** Median absolute deviation from the median (unscaled). */
  readonly mad: number;
}

/** Summarises a non-empty sample; throws a RangeError on an empty one (a caller bug). */
export function summarizeRobust(values: readonly number[]): RobustSummary {
  const median = computeMedian(values);
  return { n: values.length, median, mad: computeMedian(values.map((value) => Math.abs(value - median))) };
}

/** The median of a non-empty sample (the mean of the two middle values for an even count). */
export function computeMedian(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('computeMedian needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

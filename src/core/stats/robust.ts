// Robust location and spread (median, MAD) for timing samples, from simple-statistics.
import { median, medianAbsoluteDeviation } from 'simple-statistics';

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
  if (values.length === 0) throw new RangeError('summarizeRobust needs at least one value');
  const sample = [...values];
  return { n: sample.length, median: median(sample), mad: medianAbsoluteDeviation(sample) };
}

/** The median of a non-empty sample. */
export function computeMedian(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('computeMedian needs at least one value');
  return median([...values]);
}

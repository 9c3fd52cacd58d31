import fc from 'fast-check';
import { median, medianAbsoluteDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { MAD_TO_SIGMA, computeMedian, summarizeRobust } from '../../../src/core/stats/robust.js';
import { createNormal } from './seeded-random.js';

describe('summarizeRobust', () => {
  it.each([
    [[1, 1, 2, 2, 4, 6, 9], 2, 1],
    [[3], 3, 0],
    [[1, 2, 3, 4], 2.5, 1],
    [[100, 101, 99, 100, 5000], 100, 1],
  ])('summarises %j as median %d, MAD %d', (values, median, mad) => {
    expect(summarizeRobust(values)).toEqual({ n: values.length, median, mad });
  });

  it('estimates sigma of a normal distribution from the scaled MAD', () => {
    const draw = createNormal(1, 50, 4);
    const summary = summarizeRobust(Array.from({ length: 20000 }, draw));
    expect(summary.median).toBeCloseTo(50, 0);
    expect(summary.mad * MAD_TO_SIGMA).toBeGreaterThan(3.88);
    expect(summary.mad * MAD_TO_SIGMA).toBeLessThan(4.12);
  });

  it('does not reorder the caller\'s array', () => {
    const values = [3, 1, 2];
    computeMedian(values);
    summarizeRobust(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('agrees with simple-statistics on any sample', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), (values) => {
        const summary = summarizeRobust(values);
        expect(summary.median).toBeCloseTo(median([...values]), 9);
        expect(summary.mad).toBeCloseTo(medianAbsoluteDeviation([...values]), 9);
      }),
    );
  });

  it('throws on an empty sample', () => {
    expect(() => summarizeRobust([])).toThrow(RangeError);
  });
});

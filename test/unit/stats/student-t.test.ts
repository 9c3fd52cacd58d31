import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRegularizedBeta, computeStudentTCdf, computeStudentTQuantile } from '../../../src/core/stats/student-t.js';

describe('Student t', () => {
  // Textbook table values (two-sided 95%, 99%, 99.9%).
  it.each([
    [0.975, 1, 12.7062],
    [0.975, 9, 2.2622],
    [0.975, 30, 2.0423],
    [0.995, 4, 4.6041],
    [0.995, 19, 2.8609],
    [0.9995, 30, 3.646],
    [0.95, 1000, 1.6464],
  ])('the %s quantile with %i degrees of freedom is %s', (p, df, expected) => {
    expect(computeStudentTQuantile(p, df)).toBeCloseTo(expected, 3);
  });

  it('gives the CDF that scipy gives (t = -2, 5 df: 0.050970)', () => {
    expect(computeStudentTCdf(-2, 5)).toBeCloseTo(0.0509697, 6);
    expect(computeStudentTCdf(0, 3)).toBe(0.5);
  });

  it('inverts its CDF and is symmetric', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), fc.integer({ min: 1, max: 200 }), (p, df) => {
        const t = computeStudentTQuantile(p, df);
        expect(computeStudentTCdf(t, df)).toBeCloseTo(p, 8);
        expect(computeStudentTQuantile(1 - p, df)).toBeCloseTo(-t, 6);
      }),
    );
  });

  it('has the regularized incomplete beta function at its known points', () => {
    expect(computeRegularizedBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(computeRegularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(computeRegularizedBeta(0.2, 2, 3)).toBeCloseTo(0.1808, 10);
  });

  it('refuses probabilities outside (0, 1) and non-positive degrees of freedom', () => {
    expect(() => computeStudentTQuantile(1, 3)).toThrow(RangeError);
    expect(() => computeStudentTCdf(1, 0)).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactUpperTail, normalCdf, testMannWhitney } from '../../../src/core/stats/mann-whitney.js';
import { createNormal } from './seeded-random.js';

describe('exactUpperTail', () => {
  // The classic table of P(U <= u) for n1 = n2 = 4 (e.g. Siegel & Castellan, Table J).
  it.each([
    [0, 1 / 70],
    [1, 2 / 70],
    [2, 4 / 70],
    [3, 7 / 70],
    [4, 12 / 70],
    [5, 17 / 70],
    [6, 24 / 70],
    [7, 31 / 70],
    [8, 39 / 70],
  ])('matches the n1 = n2 = 4 table at U <= %d', (u, expected) => {
    // P(U <= u) = P(U >= 16 - u) by symmetry.
    expect(exactUpperTail(4, 4, 16 - u)).toBeCloseTo(expected, 12);
  });

  it('is 1 at U >= 0 and 0 beyond m*n', () => {
    expect(exactUpperTail(5, 7, 0)).toBe(1);
    expect(exactUpperTail(5, 7, 36)).toBe(0);
  });

  it('gives 1 / C(20, 10) for the most extreme U with 10 a side', () => {
    expect(exactUpperTail(10, 10, 100)).toBeCloseTo(1 / 184756, 15);
  });

  it('is the same for (m, n) and (n, m)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 64 }), (m, n, u) => {
        expect(exactUpperTail(m, n, u)).toBeCloseTo(exactUpperTail(n, m, u), 12);
      }),
    );
  });
});

describe('testMannWhitney', () => {
  // Reference p-values computed with scipy.stats.mannwhitneyu (method exact / asymptotic).
  it.each([
    ['3 v 3, complete separation', [7, 8, 9], [1, 2, 3], 'greater', 9, 0.05, 'exact'],
    ['5 v 4', [19, 22, 16, 29, 24], [20, 11, 17, 12], 'greater', 17, 0.05555555555555555, 'exact'],
    ['10 v 10, complete separation', [10, 11, 12, 13, 14, 15, 16, 17, 18, 19], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'greater', 100, 5.412544112234515e-6, 'exact'],
    ['ties, normal approximation', [1, 2, 2, 3, 4, 5, 5, 6], [2, 3, 3, 4, 7, 8, 8, 9, 10], 'less', 18.5, 0.04978269298465063, 'normal'],
    ['ties, other side', [1, 2, 2, 3, 4, 5, 5, 6], [2, 3, 3, 4, 7, 8, 8, 9, 10], 'greater', 18.5, 0.9594068994689204, 'normal'],
  ] as const)('matches the reference for %s', (_name, x, y, alternative, u, p, method) => {
    const result = testMannWhitney(x, y, alternative);
    expect(result.u).toBe(u);
    expect(result.method).toBe(method);
    expect(result.p).toBeCloseTo(p, 6);
  });

  it('rejects empty samples', () => {
    expect(() => testMannWhitney([], [1], 'greater')).toThrow(RangeError);
  });

  it('returns p = 1 when every value is equal', () => {
    expect(testMannWhitney([5, 5, 5], [5, 5], 'greater').p).toBe(1);
  });

  it('keeps p within [0, 1] and is consistent between the two sides', () => {
    const sample = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const greater = testMannWhitney(x, y, 'greater');
        const less = testMannWhitney(x, y, 'less');
        for (const p of [greater.p, less.p]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1 + 1e-12);
        }
        // The two one-sided p-values overlap at most at the observed U: their sum is >= 1.
        expect(greater.p + less.p).toBeGreaterThanOrEqual(1 - 1e-9);
      }),
    );
  });

  it('rejects at 5% in about 5% of samples drawn from one distribution (10 a side)', () => {
    const draw = createNormal(42);
    const trials = 4000;
    let rejections = 0;
    for (let t = 0; t < trials; t++) {
      const x = Array.from({ length: 10 }, draw);
      const y = Array.from({ length: 10 }, draw);
      if (testMannWhitney(x, y, 'greater').p <= 0.05) rejections++;
    }
    // Exact test: the size is at most 5%; binomial sd at 4000 trials is 0.34 points.
    expect(rejections / trials).toBeGreaterThan(0.035);
    expect(rejections / trials).toBeLessThanOrEqual(0.055);
  });

  it('detects a one-sigma shift with the textbook power of about 56% (10 a side)', () => {
    const base = createNormal(7);
    const shifted = createNormal(8, 1);
    const trials = 2000;
    let rejections = 0;
    for (let t = 0; t < trials; t++) {
      const x = Array.from({ length: 10 }, shifted);
      const y = Array.from({ length: 10 }, base);
      if (testMannWhitney(x, y, 'greater').p <= 0.05) rejections++;
    }
    // Power of the t-test here is about 0.56; Mann-Whitney's is about 0.95 of that sample size.
    expect(rejections / trials).toBeGreaterThan(0.45);
    expect(rejections / trials).toBeLessThan(0.65);
  });
});

describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [1.6448536269514722, 0.95],
    [-1.959963984540054, 0.025],
    [3, 0.9986501019683699],
  ])('Phi(%d) = %d', (z, p) => {
    expect(normalCdf(z)).toBeCloseTo(p, 6);
  });
});

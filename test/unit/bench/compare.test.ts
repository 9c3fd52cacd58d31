import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBenchmark, decideLogRatio, DEFAULT_COMPARE_POLICY, type BenchVerdict } from '../../../src/bench/compare.js';
import { benchExitCode, type BenchSessionResult } from '../../../src/bench/session.js';
import { estimateMeanLogRatio, estimatePairedLogRatio, estimateTrimmedMeanLogRatio, estimateUnpairedLogRatio } from '../../../src/core/stats/log-ratio.js';
import { createNormal } from '../stats/seeded-random.js';

const context = { benchmarks: 16, looks: 2 };
/** As the session decides on paired rounds: the trimmed mean (plain below 10 rounds). */
const decide = (logRatios: readonly number[]) => decideLogRatio(estimateTrimmedMeanLogRatio(logRatios), DEFAULT_COMPARE_POLICY, context);
/** Round log ratios: from 3 to 40 rounds of noise up to 3%. */
const noise = fc.array(fc.double({ min: -0.03, max: 0.03, noNaN: true }), { minLength: 3, maxLength: 40 });
const mirror: Record<BenchVerdict, BenchVerdict> = { regressed: 'improved', improved: 'regressed', unchanged: 'unchanged', inconclusive: 'inconclusive' };

describe('decideLogRatio (properties)', () => {
  it('calls identical samples unchanged, from two processes on', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-4, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 40 }), (minima) => {
        const verdict = decideLogRatio(estimatePairedLogRatio(minima, minima), DEFAULT_COMPARE_POLICY, context);
        expect(verdict.verdict).toBe('unchanged');
        expect(verdict.changePercent).toBe(0);
      }),
    );
  });

  it('calls a sample shifted by 20% (noise up to 3%) regressed once there are 10 rounds', () => {
    fc.assert(
      fc.property(noise.filter((n) => n.length >= 10), (n) => {
        expect(decide(n.map((d) => d + Math.log(1.2))).verdict).toBe('regressed');
        expect(decide(n.map((d) => d - Math.log(1.2))).verdict).toBe('improved');
      }),
    );
  });

  it('is symmetric: swapping the sides swaps regressed and improved and mirrors the interval', () => {
    fc.assert(
      fc.property(noise, fc.double({ min: -0.3, max: 0.3, noNaN: true }), (n, shift) => {
        const forward = decide(n.map((d) => d + shift));
        const backward = decide(n.map((d) => -(d + shift)));
        expect(backward.verdict).toBe(mirror[forward.verdict]);
        expect(Math.log1p(backward.lowPercent / 100)).toBeCloseTo(-Math.log1p(forward.highPercent / 100), 9);
      }),
    );
  });

  it('never calls a change of 5% or more unchanged (the margin is a bound, not a guess)', () => {
    fc.assert(
      fc.property(noise, fc.double({ min: Math.log(1.05), max: 1, noNaN: true }), (n, shift) => {
        // Centred on the statistic decided on (the trimmed mean from 10 rounds on): its change is the shift.
        const centre = estimateTrimmedMeanLogRatio(n).logRatio;
        const centred = n.map((d) => d - centre);
        expect(decide(centred.map((d) => d + shift)).verdict).not.toBe('unchanged');
        expect(decide(centred.map((d) => d - shift)).verdict).not.toBe('unchanged');
      }),
    );
  });

  it('calls no change from fewer than 5 rounds, however well they agree (a bias of the run is not a regression)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }), (ratios) => {
        expect(['unchanged', 'inconclusive']).toContain(decide(ratios).verdict);
      }),
    );
    // Three A/A rounds of one benchmark on a loaded machine (identical builds).
    const agreeing = [0.046, 0.046, 0.051];
    expect(decide(agreeing).verdict).toBe('inconclusive');
    expect(decide(agreeing.map((d) => -d)).verdict).toBe('inconclusive');
    expect(decide([...agreeing, 0.047]).verdict).toBe('inconclusive');
    // From 5 rounds on the same agreement is a change.
    expect(decide([...agreeing, 0.047, 0.049]).verdict).toBe('regressed');
    expect(decide([...agreeing, 0.047, 0.049].map((d) => -d)).verdict).toBe('improved');
    // Unchanged needs no such floor: three rounds within the margin can show it.
    expect(decide([0.001, -0.001, 0.0005]).verdict).toBe('unchanged');
  });

  it('gives no verdict without an interval (one round)', () => {
    expect(decide([0.01])).toMatchObject({ verdict: 'inconclusive', reason: 'too few processes for an interval' });
  });
});

describe('decideLogRatio (error rates, simulated)', () => {
  it('raises a false alarm in at most 5% of A/A runs of 16 benchmarks (paired rounds, 4% noise, 2 looks)', () => {
    const normal = createNormal(17, 0, 0.04);
    let runsWithAlarm = 0;
    let unchanged = 0;
    const runs = 200;
    for (let run = 0; run < runs; run++) {
      let alarm = false;
      for (let benchmark = 0; benchmark < 16; benchmark++) {
        // Two looks, as the session does (in the middle of the budget and at its end); a verdict
        // stops the benchmark.
        const ratios: number[] = [];
        let verdict: BenchVerdict = 'inconclusive';
        for (const look of [6, 12]) {
          while (ratios.length < look) ratios.push(normal());
          verdict = decide(ratios).verdict;
          if (verdict !== 'inconclusive') break;
        }
        if (verdict === 'regressed' || verdict === 'improved') alarm = true;
        if (verdict === 'unchanged') unchanged++;
      }
      if (alarm) runsWithAlarm++;
    }
    expect(runsWithAlarm / runs).toBeLessThanOrEqual(0.05);
    // And it decides: most benchmarks are shown unchanged by 12 rounds at this noise.
    expect(unchanged / (runs * 16)).toBeGreaterThan(0.9);
  });

  it('keeps both error rates with heavy tails: a round in ten from a busy spell (noise 3%, spells of ±30%)', () => {
    const rates = (shift: number, seed: number) => {
      const normal = createNormal(seed, shift, 0.03);
      const spell = createNormal(seed + 1, 0, 0.3);
      let call = 0;
      const draw = () => (++call % 10 === 0 ? shift + spell() : normal());
      const verdicts: BenchVerdict[] = [];
      for (let trial = 0; trial < 400; trial++) {
        const ratios: number[] = [];
        let verdict: BenchVerdict = 'inconclusive';
        for (const look of [10, 20]) {
          while (ratios.length < look) ratios.push(draw());
          verdict = decide(ratios).verdict;
          if (verdict !== 'inconclusive') break;
        }
        verdicts.push(verdict);
      }
      return (verdict: BenchVerdict) => verdicts.filter((v) => v === verdict).length / verdicts.length;
    };
    const same = rates(0, 41);
    expect(same('regressed') + same('improved')).toBeLessThanOrEqual(0.05 / 16);
    expect(same('unchanged')).toBeGreaterThan(0.9);
    const slower = rates(Math.log(1.05), 43);
    expect(slower('unchanged')).toBeLessThanOrEqual(0.05);
  });

  it('calls a true 5% slowdown unchanged in at most 5% of the benchmarks (paired rounds, 4% noise)', () => {
    const normal = createNormal(5, Math.log(1.05), 0.04);
    let wrong = 0;
    for (let trial = 0; trial < 400; trial++) {
      const ratios: number[] = [];
      for (const look of [6, 12]) {
        while (ratios.length < look) ratios.push(normal());
        const verdict = decide(ratios).verdict;
        if (verdict === 'unchanged') wrong++;
        if (verdict !== 'inconclusive') break;
      }
    }
    expect(wrong / 400).toBeLessThanOrEqual(0.05);
  });
});

describe('estimateTrimmedMeanLogRatio', () => {
  it('is the plain mean and t interval below 10 rounds', () => {
    const rounds = [0.01, -0.02, 0.03, 0.0, -0.01, 0.02, 0.04, -0.03, 0.01];
    expect(estimateTrimmedMeanLogRatio(rounds)).toEqual(estimateMeanLogRatio(rounds));
  });

  it("drops a round from each end of 10 and takes Yuen's standard error (winsorized variance, h - 1 degrees of freedom)", () => {
    const rounds = [-0.6, 0.01, -0.02, 0.03, 0.0, -0.01, 0.02, 0.04, -0.03, 0.05];
    const estimate = estimateTrimmedMeanLogRatio(rounds);
    const kept = [-0.03, -0.02, -0.01, 0.0, 0.01, 0.02, 0.03, 0.04];
    expect(estimate.n).toBe(10);
    expect(estimate.df).toBe(7);
    expect(estimate.logRatio).toBeCloseTo(kept.reduce((a, b) => a + b, 0) / 8, 12);
    const winsorized = [-0.03, ...kept, 0.04];
    const mean = winsorized.reduce((a, b) => a + b, 0) / 10;
    const variance = winsorized.reduce((sum, v) => sum + (v - mean) ** 2, 0) / 9;
    expect(estimate.standardError).toBeCloseTo(Math.sqrt((9 * variance) / (8 * 7)), 12);
  });

  it('calls 10 rounds with one busy-spell round unchanged, where the plain mean cannot decide', () => {
    // In %: nine rounds within about 3%, and one whose process met a busy spell for all of its
    // timing (an A/A run at a load of 14 had one of -60.7% in diff/1000-lines).
    const rounds = [1.2, -2.0, 0.5, 3.1, -1.4, 2.2, -0.8, 1.7, -2.5, -60.7].map((percent) => Math.log(1 + percent / 100));
    expect(decide(rounds).verdict).toBe('unchanged');
    expect(decideLogRatio(estimateMeanLogRatio(rounds), DEFAULT_COMPARE_POLICY, context).verdict).toBe('inconclusive');
  });
});

describe('compareBenchmark', () => {
  it('uses Welch on log minima against a saved baseline', () => {
    const baseline = [1.0, 1.01, 0.99, 1.0, 1.02, 0.98, 1.0, 1.01];
    const slower = baseline.map((value) => value * 1.3);
    expect(compareBenchmark('s/x', baseline, slower, undefined, DEFAULT_COMPARE_POLICY, { benchmarks: 1, looks: 2 })).toMatchObject({
      verdict: 'regressed',
      processes: 8,
    });
    expect(compareBenchmark('s/x', baseline, [...baseline].reverse(), undefined, DEFAULT_COMPARE_POLICY, { benchmarks: 1, looks: 2 }).verdict).toBe('unchanged');
  });

  it('estimates the unpaired ratio as the ratio of geometric means', () => {
    const estimate = estimateUnpairedLogRatio([1, 4], [2, 8]);
    expect(estimate.logRatio).toBeCloseTo(Math.log(2), 12);
    expect(estimate.standardError).toBeGreaterThan(0);
  });
});

describe('benchExitCode', () => {
  const result = (verdicts: string[]): BenchSessionResult =>
    ({
      mode: 'compare',
      current: {},
      reference: {},
      foreign: [],
      comparison: { comparisons: verdicts.map((verdict, i) => ({ id: `x/${i}`, verdict })), onlyInBaseline: [], onlyInCurrent: [] },
    }) as unknown as BenchSessionResult;
  it.each([
    [['unchanged', 'improved'], 0],
    [['unchanged', 'regressed', 'inconclusive'], 1],
    [['unchanged', 'inconclusive'], 5],
    [[], 0],
  ])('maps %j to exit %d', (verdicts, code) => {
    expect(benchExitCode(result(verdicts))).toBe(code);
  });
});

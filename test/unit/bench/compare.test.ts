import { describe, expect, it } from 'vitest';
import { compareSampleSets, testEquivalence } from '../../../src/bench/compare.js';
import { benchExitCode, type BenchSessionResult } from '../../../src/bench/session.js';
import { createNormal } from '../stats/seeded-random.js';

/** n per-process minima around `center` with a relative spread of `spread` (sd). */
function sample(seed: number, center: number, spread = 0.01, n = 10): number[] {
  const draw = createNormal(seed, center, center * spread);
  return Array.from({ length: n }, draw);
}

describe('compareSampleSets', () => {
  it.each([
    ['a 10% slowdown with 1% noise', 1.1, 'regressed'],
    ['a 10% speed-up with 1% noise', 0.9, 'improved'],
    ['no change with 1% noise', 1.0, 'unchanged'],
    ['a 2% slowdown with 1% noise (below the minimum effect)', 1.02, 'unchanged'],
  ])('calls %s %s', (_name, factor, verdict) => {
    const result = compareSampleSets({ 'x/a': sample(1, 100) }, { 'x/a': sample(2, 100 * factor) });
    expect(result.comparisons[0]!.verdict).toBe(verdict);
  });

  it('calls a change inconclusive when the noise hides it', () => {
    const result = compareSampleSets({ 'x/a': sample(3, 100, 0.2) }, { 'x/a': sample(4, 108, 0.2) });
    expect(result.comparisons[0]).toMatchObject({ verdict: 'inconclusive' });
  });

  it('never calls a significant change below the minimum effect a regression', () => {
    // Very tight samples: a 3% slowdown is certain but too small to matter.
    const result = compareSampleSets({ 'x/a': sample(5, 100, 0.001) }, { 'x/a': sample(6, 103, 0.001) });
    expect(result.comparisons[0]!.pSlowerAdjusted).toBeLessThan(0.001);
    expect(result.comparisons[0]!.verdict).toBe('unchanged');
  });

  it('corrects for many benchmarks (Holm): a borderline p does not survive among 20', () => {
    // 4 of 10 slower by a lot but overlapping: raw p about 0.02, not significant after Holm over 20.
    const base = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    const slower = [13.5, 14.5, 15.5, 16.5, 17.5, 18.5, 19.5, 20.5, 21.5, 22.5];
    const baseline: Record<string, number[]> = { 'x/target': base };
    const current: Record<string, number[]> = { 'x/target': slower };
    for (let i = 0; i < 19; i++) {
      baseline[`x/other-${i}`] = sample(100 + i, 100);
      current[`x/other-${i}`] = sample(200 + i, 100);
    }
    const alone = compareSampleSets({ 'x/target': base }, { 'x/target': slower }).comparisons[0]!;
    const among = compareSampleSets(baseline, current).comparisons.find((c) => c.id === 'x/target')!;
    expect(alone.pSlower).toBeLessThan(0.05);
    expect(alone.verdict).toBe('regressed');
    expect(among.pSlowerAdjusted).toBeGreaterThan(0.05);
    expect(among.verdict).not.toBe('regressed');
  });

  it('lists benchmarks present on one side only', () => {
    const result = compareSampleSets({ 'x/old': [1, 2, 3], 'x/both': [1, 2, 3] }, { 'x/new': [1, 2, 3], 'x/both': [1, 2, 3] });
    expect(result.comparisons.map((c) => c.id)).toEqual(['x/both']);
    expect(result.onlyInBaseline).toEqual(['x/old']);
    expect(result.onlyInCurrent).toEqual(['x/new']);
  });

  it('raises false alarms at most rarely on same-distribution data (200 A/A comparisons of 5 benchmarks)', () => {
    let alarms = 0;
    for (let trial = 0; trial < 200; trial++) {
      const baseline: Record<string, number[]> = {};
      const current: Record<string, number[]> = {};
      for (let b = 0; b < 5; b++) {
        baseline[`x/${b}`] = sample(trial * 100 + b, 100, 0.05);
        current[`x/${b}`] = sample(trial * 100 + 50 + b, 100, 0.05);
      }
      if (compareSampleSets(baseline, current).comparisons.some((c) => c.verdict === 'regressed')) alarms++;
    }
    expect(alarms / 200).toBeLessThanOrEqual(0.05);
  });
});

describe('testEquivalence', () => {
  it('shows equivalence for identical tight samples and not for a 10% shift', () => {
    expect(testEquivalence(sample(7, 100), sample(8, 100), 5)).toBeLessThan(0.05);
    expect(testEquivalence(sample(9, 110), sample(10, 100), 5)).toBeGreaterThan(0.5);
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

import { describe, expect, it } from 'vitest';
import { DEFAULT_DELTA_POLICY, compareRunToBaseline, computeHookBaseline, describeTiming } from '../../../src/perf/baseline.js';
import { formatDeltaLine, formatTimingBreakdown } from '../../../src/report/timing.js';
import { makeRecord } from './records.js';

// 30 usual runs around 100 ms (scan 60, git 30, config 10) with a little noise.
const noise = [0, 1, -1, 2, -2, 1, 0, -1, 3, -3];
const usual = Array.from({ length: 30 }, (_, i) => {
  const jitter = noise[i % noise.length]!;
  return makeRecord({ durationMs: 100 + jitter, phaseMs: { config: 10, git: 30, scan: 60 + jitter } });
});
const slowScan = (ms: number) => makeRecord({ durationMs: ms, phaseMs: { config: 10, git: 30, scan: ms - 40 } });

describe('compareRunToBaseline', () => {
  it('waits for enough runs before judging', () => {
    const verdict = compareRunToBaseline(usual.slice(0, 3), slowScan(500), DEFAULT_DELTA_POLICY);
    expect(verdict).toEqual({ kind: 'no-baseline', currentMs: 500, runs: 1, needed: 5 });
  });

  it('reports a sustained slowdown and blames the phase that grew', () => {
    const history = [...usual, slowScan(140), slowScan(141)];
    const verdict = compareRunToBaseline(history, slowScan(142), DEFAULT_DELTA_POLICY);
    expect(verdict).toMatchObject({ kind: 'regression', currentMs: 142, usualMs: 100, blame: 'scan' });
    expect(formatDeltaLine('pre-commit', verdict, 'regressions')).toBe('pre-commit 142 ms (+42% vs usual 100 ms; scan)\n');
  });

  it('blames start-up when Node boot and module loading grew', () => {
    const slowStart = (ms: number) => makeRecord({ startupMs: ms, durationMs: 100, phaseMs: { config: 10, git: 30, scan: 60 } });
    const verdict = compareRunToBaseline([...usual, slowStart(60), slowStart(60)], slowStart(61), DEFAULT_DELTA_POLICY);
    expect(verdict).toMatchObject({ kind: 'regression', blame: 'startup' });
  });

  it('stays quiet about one slow run among usual ones (the recent median is usual)', () => {
    expect(compareRunToBaseline(usual, slowScan(300), DEFAULT_DELTA_POLICY).kind).toBe('usual');
  });

  it('stays quiet when the current run is usual after slow ones', () => {
    expect(compareRunToBaseline([...usual, slowScan(200), slowScan(200)], slowScan(101), DEFAULT_DELTA_POLICY).kind).toBe('usual');
  });

  it.each([
    ['below the threshold', 115, 'usual'],
    ['above the threshold', 125, 'regression'],
  ])('applies the percentage threshold (%s)', (_name, ms, kind) => {
    const history = [...usual, slowScan(ms), slowScan(ms)];
    expect(compareRunToBaseline(history, slowScan(ms), DEFAULT_DELTA_POLICY).kind).toBe(kind);
  });

  it('requires the excess to beat the noise of a noisy baseline too', () => {
    // Runs that swing between 60 and 140 ms: MAD is large, so +30% is within the noise.
    const noisy = Array.from({ length: 30 }, (_, i) => makeRecord({ durationMs: i % 2 === 0 ? 60 : 140 }));
    const verdict = compareRunToBaseline([...noisy, makeRecord({ durationMs: 130 }), makeRecord({ durationMs: 130 })], makeRecord({ durationMs: 130 }), DEFAULT_DELTA_POLICY);
    expect(verdict.kind).toBe('usual');
  });

  it('leaves runs that ended in an error out of the baseline', () => {
    const errors = Array.from({ length: 30 }, () => makeRecord({ durationMs: 5, outcome: 'error', exitCode: 3 }));
    const verdict = compareRunToBaseline([...usual, ...errors], makeRecord({ durationMs: 101 }), DEFAULT_DELTA_POLICY);
    expect(verdict).toMatchObject({ kind: 'usual', usualMs: 100 });
  });

  it('uses only the last `window` runs before the recent ones', () => {
    const old = Array.from({ length: 30 }, () => makeRecord({ durationMs: 50 }));
    const verdict = compareRunToBaseline([...old, ...usual], makeRecord({ durationMs: 100 }), { ...DEFAULT_DELTA_POLICY, window: 10 });
    expect(verdict).toMatchObject({ kind: 'usual', usualMs: 100 });
  });
});

describe('computeHookBaseline', () => {
  it('summarises the total and every phase', () => {
    const baseline = computeHookBaseline('pre-commit', usual);
    expect(baseline.runs).toBe(30);
    expect(baseline.totalMs.median).toBe(100);
    expect(baseline.phases.git).toEqual({ n: 30, median: 30, mad: 0 });
    expect(baseline.phases.registry?.median).toBe(0);
  });
});

describe('the --timing breakdown', () => {
  it('lists start-up, each recorded phase and the rest, each against its usual time', () => {
    const record = makeRecord({ startupMs: 20, durationMs: 110, phaseMs: { config: 10, git: 30, scan: 65 } });
    const breakdown = describeTiming(record, computeHookBaseline('pre-commit', usual));
    expect(breakdown.rows.map((row) => [row.name, row.ms, row.usualMs])).toEqual([
      ['startup', 20, 0],
      ['config', 10, 10],
      ['git', 30, 30],
      ['scan', 65, 60],
      ['other', 5, 0],
    ]);
    expect(breakdown.usual).toEqual({ medianMs: 100, runs: 30 });
    const text = formatTimingBreakdown(breakdown);
    expect(text.split('\n')[0]).toBe(`prove-hooks timing: ${record.hook} 130.0 ms (usual 100 ms over 30 runs)`);
    expect(text).toContain('  scan        65.0 ms  usual 60.0 ms\n');
  });

  it('shows no usual times without a baseline', () => {
    const breakdown = describeTiming(makeRecord({ durationMs: 100, phaseMs: { scan: 60 } }), undefined);
    expect(breakdown.usual).toBeUndefined();
    expect(breakdown.rows.every((row) => row.usualMs === undefined)).toBe(true);
    expect(formatTimingBreakdown(breakdown)).not.toContain('usual');
  });
});

describe('formatDeltaLine', () => {
  it.each([
    ['never', { kind: 'regression', currentMs: 142, usualMs: 103, changePercent: 37.9, recentMedianMs: 140, limitMs: 20, blame: 'scan' }, undefined],
    ['regressions', { kind: 'usual', currentMs: 99, usualMs: 103, changePercent: -3.9 }, undefined],
    ['always', { kind: 'usual', currentMs: 99, usualMs: 103, changePercent: -3.9 }, 'pre-commit 99 ms (-4% vs usual 103 ms)\n'],
    ['always', { kind: 'no-baseline', currentMs: 8.25, runs: 2, needed: 5 }, 'pre-commit 8.3 ms (no baseline yet: 2 of 5 runs)\n'],
    ['regressions', { kind: 'regression', currentMs: 142, usualMs: 103, changePercent: 37.9, recentMedianMs: 140, limitMs: 20, blame: undefined }, 'pre-commit 142 ms (+38% vs usual 103 ms)\n'],
  ] as const)('in mode %s prints %j as %j', (mode, verdict, expected) => {
    expect(formatDeltaLine('pre-commit', verdict, mode)).toBe(expected);
  });
});

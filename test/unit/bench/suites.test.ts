import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { measureCases } from '../../../src/bench/measure.js';
import { BENCH_SUITES, findSuite } from '../../../src/bench/suites/index.js';
import { generateDiff } from '../../../src/bench/suites/inputs.js';
import { createFakeClock } from '../perf/fake-clock.js';

describe('the suite table', () => {
  it('has unique names and finds each suite', () => {
    expect(new Set(BENCH_SUITES.map((s) => s.name)).size).toBe(BENCH_SUITES.length);
    for (const spec of BENCH_SUITES) expect(findSuite(spec.name)).toBe(spec);
  });

  it.each(BENCH_SUITES.map((s) => [s.name, s] as const))('suite %s builds cases that run on the real core', async (name, spec) => {
    const suite = await spec.load();
    expect(suite.name).toBe(name);
    const cases = await suite.createCases();
    expect(cases.length).toBeGreaterThan(1);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    for (const benchCase of cases) {
      const result = benchCase.async === true ? await benchCase.run() : benchCase.run();
      expect(result).not.toBeUndefined();
    }
  });
});

describe('generated inputs', () => {
  it('makes a diff with the asked number of added lines and flag references', () => {
    const text = new TextDecoder().decode(generateDiff({ lines: 450, flagEvery: 50, flagCount: 3, seed: 1 }));
    expect(text.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++'))).toHaveLength(450);
    expect(text.match(/boolVariation\('flag-\d'/g)).toHaveLength(9);
    expect(text.match(/^diff --git/gm)).toHaveLength(3);
  });

  it('is the same in every process (seeded)', () => {
    expect(generateDiff({ lines: 300, flagEvery: 7, flagCount: 5, seed: 9 })).toEqual(generateDiff({ lines: 300, flagEvery: 7, flagCount: 5, seed: 9 }));
  });
});

describe('measureCases', () => {
  it('reduces each case to per-operation statistics with an injected clock', async () => {
    const clock = createFakeClock(0);
    // Every operation costs 0.01 ms of fake time, so every sample is exactly batch x 0.01 ms.
    const results = await measureCases([{ name: 'fixed', run: () => clock.advance(0.01) }], {
      timeMs: 5,
      warmupMs: 1,
      targetSampleMs: 0.1,
      now: clock.now,
    });
    expect(results).toHaveLength(1);
    expect(results[0]!.batch).toBe(10);
    expect(results[0]!.minMs).toBeCloseTo(0.01, 9);
    expect(results[0]!.medianMs).toBeCloseTo(0.01, 9);
  });

  it('awaits async cases', async () => {
    let calls = 0;
    const results = await measureCases([{ name: 'async', async: true, run: async () => ++calls }], {
      timeMs: 5,
      warmupMs: 1,
      targetSampleMs: 0.05,
      now: () => performance.now(),
    });
    expect(results[0]!.samples).toBeGreaterThan(0);
    expect(calls).toBeGreaterThan(results[0]!.samples);
  });
});

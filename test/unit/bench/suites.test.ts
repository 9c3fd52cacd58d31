import { performance } from 'node:perf_hooks';
import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { MIN_SLICE_SAMPLES, SETTLE_BATCHES, SETTLED_GROUPS, SETTLE_GROUP_SAMPLES, measureSlice, prepareCase } from '../../../src/bench/measure.js';
import { createWorkerTiming, parsePrepareReply, parseWorkerReply, serveWorker } from '../../../src/bench/worker.js';
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
    const folders: string[] = [];
    const cases = await suite.createCases({ makeTempDir: () => folders[folders.push(mkdtempSync(join(tmpdir(), 'prove-hooks-bench-test-'))) - 1]! });
    onTestFinished(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
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

describe('prepareCase and measureSlice', () => {
  it('calibrates a batch and reduces a slice to its fastest sample per operation, with injected clocks', async () => {
    const clock = createFakeClock(0);
    // Every operation costs 0.01 ms of fake time (wall and CPU), so every sample is batch x 0.01 ms.
    const fixed = { name: 'fixed', run: () => clock.advance(0.01) };
    const batch = await prepareCase(fixed, { warmupMs: 1, warmupOperations: 1, maxWarmupMs: 1, targetSampleMs: 0.1, now: clock.now, cpuNow: clock.now });
    expect(batch).toBe(10);
    const slice = await measureSlice(fixed, batch, 5, { now: clock.now, cpuNow: clock.now });
    expect(slice.minMs).toBeCloseTo(0.01, 9);
    expect(slice.samples).toBeGreaterThanOrEqual(3);
  });

  it('runs one untimed batch before the samples of a slice (it settles what the other benchmarks left), and the case otherwise only inside them', async () => {
    const clock = createFakeClock(0);
    let calls = 0;
    const counted = { name: 'counted', run: () => (calls++, clock.advance(0.01)) };
    const slice = await measureSlice(counted, 10, 1, { now: clock.now, cpuNow: clock.now });
    // One batch untimed, said on purpose (tinybench, left to guess whether a task is async, would call it once more).
    expect(calls).toBe((slice.samples + SETTLE_BATCHES) * 10);
    expect(SETTLE_BATCHES).toBe(1);
  });

  it('times at least 3 samples a slice, even of an operation longer than the slice', async () => {
    const clock = createFakeClock(0);
    let calls = 0;
    const slow = { name: 'slow', run: () => (calls++, clock.advance(4)) };
    const slice = await measureSlice(slow, 1, 1, { now: clock.now, cpuNow: clock.now });
    expect(slice).toEqual({ minMs: 4, samples: MIN_SLICE_SAMPLES });
    expect(MIN_SLICE_SAMPLES).toBe(3);
    expect(calls).toBe(MIN_SLICE_SAMPLES + SETTLE_BATCHES);
  });

  it('warms up by CPU time, not wall time', async () => {
    const wall = createFakeClock(0);
    const cpu = createFakeClock(0);
    let calls = 0;
    // Wall time races ahead (a loaded machine); only CPU time ends the warm-up.
    const busy = { name: 'busy', run: () => (calls++, wall.advance(1), cpu.advance(0.1)) };
    await prepareCase(busy, { warmupMs: 10, warmupOperations: 1, maxWarmupMs: 10, targetSampleMs: 0.05, now: wall.now, cpuNow: cpu.now });
    expect(calls).toBeGreaterThanOrEqual(100);
  });

  it('warms up for a number of operations as well (V8 optimises after enough runs), within a CPU cap', async () => {
    const cpu = createFakeClock(0);
    let calls = 0;
    const op = { name: 'op', run: () => (calls++, cpu.advance(1)) };
    // 10 ms of CPU would be 10 operations; at least 50 are run before timing.
    await prepareCase(op, { warmupMs: 10, warmupOperations: 50, maxWarmupMs: 100, targetSampleMs: 0.5, now: cpu.now, cpuNow: cpu.now });
    expect(calls).toBeGreaterThanOrEqual(50);
    // A slow operation: the CPU cap (30 ms) ends the warm-up before 1,000 operations.
    calls = 0;
    await prepareCase(op, { warmupMs: 10, warmupOperations: 1000, maxWarmupMs: 30, targetSampleMs: 0.5, now: cpu.now, cpuNow: cpu.now });
    expect(calls).toBeGreaterThanOrEqual(30);
    expect(calls).toBeLessThan(40);
  });

  it("times a worker's samples in CPU time: waiting (another process's turn, a timer) is not counted", async () => {
    const timing = createWorkerTiming(20);
    const waits = { name: 'waits', async: true, run: () => new Promise((resolve) => setTimeout(resolve, 3)) };
    // Several slices, as a worker takes them (a slice has no floor of samples, and the process's
    // CPU time counts the test runner's other threads too).
    const slices = [];
    for (let i = 0; i < 8; i++) slices.push(await measureSlice(waits, 1, 1, timing));
    expect(slices.reduce((sum, slice) => sum + slice.samples, 0)).toBeGreaterThanOrEqual(8);
    // Each sample waited 3 ms of wall time and used a fraction of a millisecond of CPU.
    expect(Math.min(...slices.map((slice) => slice.minMs))).toBeLessThan(1.5);
  });

  it.each([
    // V8's background threads busy on the other core throughout: CPU time says 1.5 ms an operation.
    ['background threads add CPU time', { wallMs: 1, cpuMs: 1.5 }],
    // Another process took a turn inside every sample: wall time says 2.5 ms.
    ['other processes add wall time', { wallMs: 2.5, cpuMs: 1 }],
  ])('times each sample on the smaller of its wall and CPU time (%s)', async (_, cost) => {
    const wall = createFakeClock(0);
    const cpu = createFakeClock(0);
    const op = { name: 'op', run: () => (wall.advance(cost.wallMs), cpu.advance(cost.cpuMs)) };
    const slice = await measureSlice(op, 1, 10, { now: wall.now, cpuNow: cpu.now });
    expect(slice.minMs).toBeCloseTo(1, 9);
    // The slice's budget is CPU time: 10 ms of it, whatever the wall clock did.
    expect(slice.samples).toBe(Math.ceil(10 / cost.cpuMs));
  });

  it('reads the CPU clock once per chunk of warm-up operations, not after each (a system call)', async () => {
    const clock = createFakeClock(0);
    let reads = 0;
    let calls = 0;
    const cpuNow = () => (reads++, clock.now());
    // 0.01 ms an operation: 10 ms of warm-up is 1,000 operations.
    const op = { name: 'short', run: () => (calls++, clock.advance(0.01)) };
    await prepareCase(op, { warmupMs: 10, warmupOperations: 1, maxWarmupMs: 10, targetSampleMs: 0.5, now: clock.now, cpuNow });
    expect(calls).toBeGreaterThanOrEqual(1000);
    // A read per operation would be 1,000; the calibration after the warm-up reads it about 40 times.
    expect(reads).toBeLessThan(100);
  });

  it('keeps warming up until the case stops getting faster', async () => {
    const clock = createFakeClock(0);
    let calls = 0;
    // 2 ms an operation, falling to 1 ms over its first 100 runs, then steady.
    const op = { name: 'falling', run: () => clock.advance(Math.max(1, 2 - calls++ / 100)) };
    await prepareCase(op, { warmupMs: 1, warmupOperations: 1, maxWarmupMs: 1, targetSampleMs: 0.5, maxSettleMs: 1000, now: clock.now, cpuNow: clock.now });
    expect(calls).toBeGreaterThanOrEqual(100);
    // Stopped soon after: two groups of samples no faster than the best (plus the group that first reached it).
    expect(calls).toBeLessThanOrEqual(100 + (SETTLED_GROUPS + 1) * SETTLE_GROUP_SAMPLES);
    // Without the stage, the fixed warm-up and calibration alone ran it a few times.
    calls = 0;
    await prepareCase(op, { warmupMs: 1, warmupOperations: 1, maxWarmupMs: 1, targetSampleMs: 0.5, now: clock.now, cpuNow: clock.now });
    expect(calls).toBeLessThan(10);
  });

  it('ends the settling stage at its CPU cap when the case never stops getting faster', async () => {
    const clock = createFakeClock(0);
    let calls = 0;
    // 1% faster every run, for ever: no group is ever flat.
    const op = { name: 'ever-faster', run: () => clock.advance(2 * 0.99 ** calls++) };
    const start = clock.now();
    await prepareCase(op, { warmupMs: 1, warmupOperations: 1, maxWarmupMs: 1, targetSampleMs: 0.5, maxSettleMs: 50, now: clock.now, cpuNow: clock.now });
    // The warm-up (about 2 ms), calibration (three runs), then at most 50 ms and one group of 4 operations of 2 ms.
    expect(clock.now() - start).toBeLessThanOrEqual(2 + 3 * 2 + 50 + SETTLE_GROUP_SAMPLES * 2);
    expect(clock.now() - start).toBeGreaterThanOrEqual(50);
  });

  it('runs a collection before each sample, outside its clocks', async () => {
    const clock = createFakeClock(0);
    let collections = 0;
    const op = { name: 'op', run: () => clock.advance(1) };
    // A collection costs 5 ms of both clocks: inside a sample it would make it 6 ms.
    const collectGarbage = () => (collections++, clock.advance(5));
    const slice = await measureSlice(op, 1, 4, { now: clock.now, cpuNow: clock.now, collectGarbage });
    expect(slice.minMs).toBe(1);
    expect(collections).toBe(slice.samples);
  });

  it('awaits async cases', async () => {
    let calls = 0;
    const asyncCase = { name: 'async', async: true, run: async () => ++calls };
    const batch = await prepareCase(asyncCase, { warmupMs: 1, warmupOperations: 1, maxWarmupMs: 1, targetSampleMs: 0.05, now: () => performance.now(), cpuNow: () => performance.now() });
    const slice = await measureSlice(asyncCase, batch, 2, { now: () => performance.now(), cpuNow: () => performance.now() });
    expect(slice.samples).toBeGreaterThan(0);
    expect(calls).toBeGreaterThan(slice.samples);
  });
});

describe('serveWorker', () => {
  it('says which benchmarks it has, answers slices in order, and removes the temporary folders of its suites', async () => {
    // A temporary folder of its own (TMPDIR), so other test runs' folders cannot interfere.
    const own = mkdtempSync(join(tmpdir(), 'prove-hooks-serve-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = own;
    onTestFinished(() => {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(own, { recursive: true, force: true });
    });
    const spec = findSuite('registry')!;
    const lines: string[] = [];
    async function* requests() {
      yield JSON.stringify({ prepare: [2, 0] });
      yield JSON.stringify({ indexes: [2, 0], ms: 2 });
      yield 'not json at all';
    }
    const clock = () => performance.now();
    await expect(serveWorker([await spec.load()], requests(), (line) => lines.push(line), { warmupMs: 1, warmupOperations: 1, maxWarmupMs: 1, targetSampleMs: 0.1, now: clock, cpuNow: clock })).rejects.toThrow(SyntaxError);
    expect(JSON.parse(lines[0]!)).toMatchObject({ protocol: 3, benchmarks: ['registry/cold/100-flags', 'registry/cold/1000-flags', 'registry/warm/1000-flags'] });
    expect(() => parsePrepareReply(lines[1]!, 2)).not.toThrow();
    expect(parseWorkerReply(lines[2]!, 2)).toHaveLength(2);
    expect(readdirSync(own)).toEqual([]);
  });

  it('answers a request for a benchmark it does not have with an error line', async () => {
    const lines: string[] = [];
    async function* requests() {
      yield JSON.stringify({ indexes: [7], ms: 1 });
    }
    const clock = () => performance.now();
    await serveWorker([await findSuite('message')!.load()], requests(), (line) => lines.push(line), { warmupMs: 1, warmupOperations: 1, maxWarmupMs: 1, targetSampleMs: 0.1, now: clock, cpuNow: clock });
    expect(() => parseWorkerReply(lines[1]!, 1)).toThrow(/the benchmark worker failed: bad request/);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARE_POLICY } from '../../../src/bench/compare.js';
import type { WorkerHandle, WorkerLaunch } from '../../../src/bench/processes.js';
import { compareSlices, groupSuites, runBenchSession, type BenchProgress } from '../../../src/bench/session.js';
import { createFakeClock } from '../perf/fake-clock.js';
import { createNormal } from '../stats/seeded-random.js';

const environment = { node: 'v20', platform: 'linux', arch: 'x64', cpuModel: 'test', cpuCount: 2, machineId: 'm' };

/**
 * Fake workers: each benchmark costs `cost[id] x factor` ms per operation, times a per-process
 * factor (JIT luck) and a per-slice factor shared by both sides (the machine's moment), plus a
 * little independent noise. Every slice advances the fake clock by its duration.
 */
function createFakeWorkers(options: { costs: Record<string, number>; factorOf: (launch: WorkerLaunch) => number; seed: number; clock: ReturnType<typeof createFakeClock> }) {
  const normal = createNormal(options.seed);
  const launches: string[] = [];
  /** Per worker started, the suites it was started for. */
  const suitesOfWorker: string[][] = [];
  const turns: string[] = [];
  /** Per worker, the benchmarks it was asked to warm up; and every benchmark timed, in order. */
  const prepared: string[][] = [];
  const measuredIds: string[] = [];
  const sliceMs: number[] = [];
  let moment = 1;
  let slicesSinceMoment = 0;
  const start = async (launch: WorkerLaunch): Promise<WorkerHandle> => {
    const side = launch.args[0]!;
    launches.push(side);
    options.clock.advance(300);
    const processFactor = Math.exp(0.01 * normal());
    // A worker has the benchmarks of the suites it is started for (`args`: side, then the suites).
    const suites = launch.args.slice(1);
    suitesOfWorker.push(suites);
    const benchmarks = Object.keys(options.costs).filter((id) => suites.includes(id.slice(0, id.indexOf('/'))));
    return {
      benchmarks,
      prepare: async (indexes) => {
        prepared.push(indexes.map((index) => benchmarks[index]!));
      },
      measure: async ({ indexes, ms }) => {
        measuredIds.push(...indexes.map((index) => benchmarks[index]!));
        sliceMs.push(ms);
        turns.push(side);
        // The machine's moment changes every other slice: both sides of a pair of turns share it.
        if (slicesSinceMoment++ % 2 === 0) moment = Math.exp(0.2 * Math.abs(normal()));
        options.clock.advance(ms * indexes.length);
        return indexes.map((index) => ({
          minMs: options.costs[benchmarks[index]!]! * options.factorOf(launch) * processFactor * moment * Math.exp(0.005 * normal()),
          samples: 5,
        }));
      },
      close: async () => undefined,
    };
  };
  return { start, launches, suitesOfWorker, turns, prepared, measuredIds, sliceMs };
}

const costs = { 'a/one': 0.1, 'a/two': 1, 'b/three': 0.01 };
const launcherFor = (side: string) => (suites: readonly string[]) => ({ command: 'node', args: [side, ...suites] });

describe('runBenchSession (fake workers, fake clock)', () => {
  it('A/A: stops adding rounds once every benchmark is shown unchanged', async () => {
    const clock = createFakeClock(0);
    const fake = createFakeWorkers({ costs, factorOf: () => 1, seed: 3, clock });
    const events: BenchProgress[] = [];
    const result = await runBenchSession({
      mode: { kind: 'aa' },
      suites: ['a', 'b'],
      maxProcesses: 40,
      // A round costs 2 x 300 ms of start-up and 2 x 4 x 30 ms of slices: the look in the middle
      // of the budget (3 s) comes after round 4.
      budgetMs: 6_000,
      launcher: launcherFor('B'),
      environment,
      allowForeign: false,
      policy: DEFAULT_COMPARE_POLICY,
      now: clock.now,
      timeMs: 40,
      slices: 4,
      startWorker: fake.start,
      onProgress: (event) => events.push(event),
    });
    expect(result.comparison!.comparisons.map((c) => c.verdict)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(result.rounds).toBe(4);
    expect(result.stoppedEarly).toBe(false);
    expect(result.elapsedMs).toBeLessThan(6_000);
    // One verdict line per benchmark, one progress event per round.
    expect(events.filter((e) => e.kind === 'verdict')).toHaveLength(3);
    expect(events.filter((e) => e.kind === 'process')).toHaveLength(4);
  });

  it('A/B: flags a 10% slowdown of one benchmark and only that one', async () => {
    const clock = createFakeClock(0);
    const fake = createFakeWorkers({ costs, factorOf: (launch) => (launch.args[0] === 'B' ? 1.1 : 1), seed: 9, clock });
    const slowOne = { ...fake, start: async (launch: WorkerLaunch) => {
      const worker = await fake.start(launch);
      // Only a/one is slower on side B.
      return { ...worker, measure: async (request: Parameters<WorkerHandle['measure']>[0]) => (await worker.measure(request)).map((slice, i) => (launch.args[0] === 'B' && worker.benchmarks[request.indexes[i]!] !== 'a/one' ? { ...slice, minMs: slice.minMs / 1.1 } : slice)) };
    } };
    const result = await runBenchSession({
      mode: { kind: 'ab', reference: launcherFor('A') },
      suites: ['a', 'b'],
      maxProcesses: 40,
      budgetMs: 600_000,
      launcher: launcherFor('B'),
      environment,
      allowForeign: false,
      policy: DEFAULT_COMPARE_POLICY,
      now: clock.now,
      timeMs: 40,
      slices: 4,
      startWorker: slowOne.start,
    });
    const verdicts = Object.fromEntries(result.comparison!.comparisons.map((c) => [c.id, c.verdict]));
    expect(verdicts).toEqual({ 'a/one': 'regressed', 'a/two': 'unchanged', 'b/three': 'unchanged' });
  });

  it('warms up and times only the benchmarks still undecided once the others are decided, for longer', async () => {
    const clock = createFakeClock(0);
    const fake = createFakeWorkers({ costs, factorOf: () => 1, seed: 5, clock });
    const noise = createNormal(11);
    // a/two is so noisy on side B that it stays undecided; the others are unchanged at the first look.
    const start = async (launch: WorkerLaunch): Promise<WorkerHandle> => {
      const worker = await fake.start(launch);
      return { ...worker, measure: async (request) => (await worker.measure(request)).map((slice, i) => (launch.args[0] === 'B' && worker.benchmarks[request.indexes[i]!] === 'a/two' ? { ...slice, minMs: slice.minMs * Math.exp(0.5 * noise()) } : slice)) };
    };
    const result = await runBenchSession({
      mode: { kind: 'aa' },
      suites: ['a', 'b'],
      maxProcesses: 7,
      // Rounds of 840 ms: the look in the middle of the budget (4 s) comes after round 5.
      budgetMs: 8_000,
      launcher: launcherFor('B'),
      environment,
      allowForeign: false,
      policy: DEFAULT_COMPARE_POLICY,
      now: clock.now,
      timeMs: 40,
      slices: 4,
      startWorker: start,
    });
    expect(Object.fromEntries(result.comparison!.comparisons.map((c) => [c.id, c.verdict]))).toMatchObject({ 'a/one': 'unchanged', 'b/three': 'unchanged' });
    expect(result.rounds).toBe(7);
    // Rounds 1 to 5: every benchmark; rounds 6 and 7 (after the look after round 5): a/two alone.
    expect(fake.prepared.slice(0, 10).every((ids) => ids.length === 3)).toBe(true);
    expect(fake.prepared.slice(10)).toEqual([['a/two'], ['a/two'], ['a/two'], ['a/two']]);
    expect(result.current['a/two']).toHaveLength(7);
    // The time the decided ones no longer take goes to a/two: 3 times as long a slice (4 slices of 30 ms).
    expect(fake.sliceMs.slice(0, 4 * 2 * 5).every((ms) => ms === 10)).toBe(true);
    expect(fake.sliceMs.slice(4 * 2 * 5)).toEqual(Array(4 * 2 * 2).fill(30));
    expect(result.current['a/one']).toHaveLength(5);
  });

  it('looks twice: once a round ends past the middle of the budget (after 3 rounds at the least), and at the end', async () => {
    const clock = createFakeClock(0);
    const fake = createFakeWorkers({ costs, factorOf: () => 1, seed: 8, clock });
    const noise = createNormal(2);
    // a/two is too noisy on side B to be decided: the run goes on to the end of the budget.
    const start = async (launch: WorkerLaunch): Promise<WorkerHandle> => {
      const worker = await fake.start(launch);
      return { ...worker, measure: async (request) => (await worker.measure(request)).map((slice, i) => (launch.args[0] === 'B' && worker.benchmarks[request.indexes[i]!] === 'a/two' ? { ...slice, minMs: slice.minMs * Math.exp(0.5 * noise()) } : slice)) };
    };
    const events: BenchProgress[] = [];
    const result = await runBenchSession({
      mode: { kind: 'aa' },
      suites: ['a', 'b'],
      maxProcesses: 40,
      // Rounds of 840 ms: past the middle (1 s) after round 2, but the look waits for round 3.
      budgetMs: 2_000 + 3 * 840,
      launcher: launcherFor('B'),
      environment,
      allowForeign: false,
      policy: DEFAULT_COMPARE_POLICY,
      now: clock.now,
      timeMs: 40,
      slices: 4,
      startWorker: start,
      onProgress: (event) => events.push(event),
    });
    expect(result.looks).toBe(2);
    const verdictRounds = events.flatMap((e) => (e.kind === 'verdict' ? [e.round] : []));
    expect(verdictRounds).toHaveLength(3);
    // a/one and b/three at the look after round 3; a/two at the end, undecided.
    expect(verdictRounds.slice(0, 2)).toEqual([3, 3]);
    expect(verdictRounds[2]).toBe(result.rounds);
    expect(result.rounds).toBeGreaterThan(3);
    expect(Object.fromEntries(result.comparison!.comparisons.map((c) => [c.id, c.verdict]))).toMatchObject({ 'a/one': 'unchanged', 'b/three': 'unchanged', 'a/two': 'inconclusive' });
  });

  it('asks for slices in turn order (A B, B A, ...) and starts the second round with B', async () => {
    const clock = createFakeClock(0);
    const fake = createFakeWorkers({ costs, factorOf: () => 1, seed: 1, clock });
    await runBenchSession({
      mode: { kind: 'ab', reference: launcherFor('A') },
      suites: ['a'],
      maxProcesses: 3,
      budgetMs: 600_000,
      launcher: launcherFor('B'),
      environment,
      allowForeign: false,
      policy: DEFAULT_COMPARE_POLICY,
      now: clock.now,
      timeMs: 40,
      slices: 4,
      startWorker: fake.start,
    });
    expect(fake.turns.slice(0, 16).join('')).toBe('ABBAABBA' + 'BAABBAAB');
  });

  it('times slice k of both sides at the same time (both cores), not one side while the other waits', async () => {
    const clock = createFakeClock(0);
    const fake = createFakeWorkers({ costs, factorOf: () => 1, seed: 1, clock });
    let inFlight = 0;
    let mostInFlight = 0;
    const start = async (launch: WorkerLaunch): Promise<WorkerHandle> => {
      const worker = await fake.start(launch);
      return {
        ...worker,
        measure: async (request) => {
          mostInFlight = Math.max(mostInFlight, ++inFlight);
          // A slice takes a while: the other side's request comes in meanwhile, or never.
          await new Promise((resolve) => setTimeout(resolve, 1));
          inFlight--;
          return worker.measure(request);
        },
      };
    };
    const result = await runBenchSession({
      mode: { kind: 'aa' },
      suites: ['a'],
      maxProcesses: 2,
      budgetMs: 600_000,
      launcher: launcherFor('B'),
      environment,
      allowForeign: false,
      policy: DEFAULT_COMPARE_POLICY,
      now: clock.now,
      timeMs: 40,
      slices: 4,
      startWorker: start,
    });
    expect(mostInFlight).toBe(2);
    // Every slice of both sides was measured: 2 rounds x 4 slices, per benchmark and side.
    expect(fake.turns).toHaveLength(2 * 4 * 2);
    expect(result.current['a/one']).toHaveLength(2);
  });

  it('starts a pair of workers of its own for a suite named in ownProcess: its benchmarks never share a process', async () => {
    const clock = createFakeClock(0);
    const fake = createFakeWorkers({ costs, factorOf: () => 1, seed: 1, clock });
    const result = await runBenchSession({
      mode: { kind: 'ab', reference: launcherFor('A') },
      suites: ['a', 'b'],
      ownProcess: ['a'],
      maxProcesses: 2,
      budgetMs: 600_000,
      launcher: launcherFor('B'),
      environment,
      allowForeign: false,
      policy: DEFAULT_COMPARE_POLICY,
      now: clock.now,
      timeMs: 40,
      slices: 4,
      startWorker: fake.start,
    });
    // Round 1 (A first), then round 2 (B first): the shared pair, then suite a's pair.
    expect(fake.launches.join('')).toBe('ABAB' + 'BABA');
    expect(fake.suitesOfWorker).toEqual([['b'], ['b'], ['a'], ['a'], ['b'], ['b'], ['a'], ['a']]);
    expect(Object.keys(result.current).sort()).toEqual(['a/one', 'a/two', 'b/three']);
    expect(result.current['a/one']).toHaveLength(2);
    expect(result.current['b/three']).toHaveLength(2);
  });

  it.each([
    [['a', 'b', 'c'], [], [['a', 'b', 'c']]],
    [['a', 'b', 'c'], ['b'], [['a', 'c'], ['b']]],
    [['a', 'b'], ['a', 'b'], [['a'], ['b']]],
    [['a'], ['b'], [['a']]],
  ])('groups suites %j with %j in processes of their own as %j', (active, own, groups) => {
    expect(groupSuites(active, own)).toEqual(groups);
  });

  it("starts the two workers in the round's order too: A first, then B first", async () => {
    const clock = createFakeClock(0);
    const fake = createFakeWorkers({ costs, factorOf: () => 1, seed: 1, clock });
    await runBenchSession({
      mode: { kind: 'ab', reference: launcherFor('A') },
      suites: ['a'],
      maxProcesses: 4,
      budgetMs: 600_000,
      launcher: launcherFor('B'),
      environment,
      allowForeign: false,
      policy: DEFAULT_COMPARE_POLICY,
      now: clock.now,
      timeMs: 40,
      slices: 4,
      startWorker: fake.start,
    });
    expect(fake.launches.join('')).toBe('AB' + 'BA' + 'AB' + 'BA');
  });

  it('ends when the next round would overrun the time budget, and calls the rest inconclusive with an interval', async () => {
    const clock = createFakeClock(0);
    const fake = createFakeWorkers({ costs, factorOf: () => 1, seed: 4, clock });
    const result = await runBenchSession({
      mode: { kind: 'aa' },
      suites: ['a', 'b'],
      maxProcesses: 40,
      // A round costs 2 x 300 ms of start-up plus 2 x 3 x 40 ms of slices = 840 ms: three fit in 2.6 s.
      budgetMs: 2_600,
      launcher: launcherFor('B'),
      environment,
      allowForeign: false,
      policy: DEFAULT_COMPARE_POLICY,
      now: clock.now,
      timeMs: 40,
      slices: 4,
      startWorker: fake.start,
    });
    expect(result.rounds).toBe(3);
    expect(result.elapsedMs).toBeLessThanOrEqual(2_600);
    for (const c of result.comparison!.comparisons) {
      if (c.verdict === 'inconclusive') expect(Number.isFinite(c.highPercent)).toBe(true);
    }
  });
});

describe('compareSlices', () => {
  it('is the log ratio of the fastest slices of the two processes, and negates when the sides swap', () => {
    expect(compareSlices([1.2, 1, 1.5], [1.1, 2, 1.3])).toBeCloseTo(Math.log(1.1), 12);
    expect(compareSlices([1.1, 2, 1.3], [1.2, 1, 1.5])).toBeCloseTo(-Math.log(1.1), 12);
  });
});

// One `bench` run: measure the current build in fresh processes and, when asked, compare it with
// a saved baseline, with itself (A/A) or with another launcher (A/B, used by the fixture checks),
// adding rounds of processes until every benchmark is decided or the time budget is spent.
import { computeMedian } from '../core/stats/robust.js';
import { BaselineError, ExitCode } from '../errors.js';
import { baselineSamples, type BenchBaseline } from './baseline-file.js';
import { compareBenchmark, listUnmatched, type BenchmarkComparison, type ComparePolicy, type CompareResult, type SampleSet } from './compare.js';
import { describeEnvironmentMismatch, type BenchEnvironment } from './environment.js';
import type { BenchProgress, BenchSessionResult } from '../core/bench/bench-result.js';
import { startWorkerProcess, type WorkerHandle, type WorkerLauncher, type WorkerLaunch } from './processes.js';

export type { BenchProgress, BenchSessionResult } from '../core/bench/bench-result.js';

/** How the session compares; its `kind` must be one of BenchModeKind (core/bench/bench-result.ts), which the result carries. */
export type BenchMode =
  | { readonly kind: 'measure' }
  | { readonly kind: 'compare'; readonly baseline: BenchBaseline; readonly baselinePath: string }
  | { readonly kind: 'aa' }
  | { readonly kind: 'ab'; readonly reference: WorkerLauncher };

/**
 * When only some benchmarks are left undecided, each gets up to this many times `timeMs` per
 * process (the time the decided ones no longer take): a process's fastest sample varies about as
 * much between halves of its own slices as between processes, so longer timing narrows the
 * interval, and costs less than a new pair of processes (start-up and warm-up).
 */
export const MAX_TIME_SCALE = 4;

/**
 * The verdicts are looked at once, as soon as a round ends after this share of the time budget
 * (with at least MIN_LOOK_ROUNDS rounds), and again at the end of the run: two looks share the
 * error rates (Bonferroni). Looks by time, not by round: on a loaded machine a round took 15 s
 * and the looks after rounds 5, 7, 10, 14, 20, 28 and 40 split the error rates 8 ways although
 * only 2 or 3 of them came within the budget, widening every interval by a sixth to a fifth.
 */
export const LOOK_AT_BUDGET_SHARE = 0.5;
/** Rounds a look needs at the least: with fewer, the t interval is too wide to decide anything. */
export const MIN_LOOK_ROUNDS = 3;
/** How many looks share the error rates: the one at LOOK_AT_BUDGET_SHARE and the last. */
export const LOOKS = 2;

export interface BenchSessionOptions {
  readonly mode: BenchMode;
  readonly suites: readonly string[];
  /** At most this many processes per side (rounds); `measure` runs exactly this many unless the budget ends first. */
  readonly maxProcesses: number;
  /** Time budget of the whole run in milliseconds: no round starts that would likely end after it. */
  readonly budgetMs: number;
  /**
   * Suites timed in a pair of workers of their own each, never in one process with other suites;
   * the other suites share one (each process start costs about 0.3 s of CPU). For a suite whose
   * operations fill the heap: in a worker that held every suite, `registry/cold/100-flags` took
   * 0.43 to 0.79 ms by a process's fastest sample and its A/A round ratios spread 38 and 43% (two
   * runs of 6 rounds, load 10 to 15); in workers of its own suite, at a higher load (15 to 18),
   * 0.39 to 0.48 ms and 2.9%. What other suites leave in a shared process (the type feedback of
   * shared code, the heap and its collections) differs from process to process: noise that a few
   * rounds cannot average away.
   */
  readonly ownProcess?: readonly string[];
  /** Starts the current build's worker for some suites. */
  readonly launcher: WorkerLauncher;
  readonly environment: BenchEnvironment;
  /** Compare with a baseline from another machine or Node version anyway (the result is marked). */
  readonly allowForeign: boolean;
  readonly policy: ComparePolicy;
  /** Monotonic clock in milliseconds. */
  readonly now: () => number;
  /** Milliseconds each process times each benchmark, in `slices` turns taken with the other side. */
  readonly timeMs: number;
  readonly slices: number;
  /** Starts one worker (injected in tests; a fresh process by default). */
  readonly startWorker?: (launch: WorkerLaunch) => Promise<WorkerHandle>;
  readonly onProgress?: (event: BenchProgress) => void;
}

/** Runs the session. Throws a BaselineError (exit 5) for a foreign baseline unless allowed. */
export async function runBenchSession(options: BenchSessionOptions): Promise<BenchSessionResult> {
  const { mode, policy } = options;
  const foreign = mode.kind === 'compare' ? describeEnvironmentMismatch(mode.baseline.environment, options.environment) : [];
  if (foreign.length > 0 && !options.allowForeign) {
    throw new BaselineError(`the baseline ${mode.kind === 'compare' ? mode.baselinePath : ''} is not comparable: ${foreign.join('; ')}`, {
      exitCode: ExitCode.INCONCLUSIVE,
      hint: 'Record a baseline on this machine with `--save`, or pass --allow-foreign to compare anyway (marked in the result).',
    });
  }
  const start = options.startWorker ?? startWorkerProcess;
  const live = mode.kind === 'aa' || mode.kind === 'ab';
  const sides: WorkerLauncher[] = live ? [mode.kind === 'ab' ? mode.reference : options.launcher, options.launcher] : [options.launcher];
  const saved = mode.kind === 'compare' ? restrictToSuites(baselineSamples(mode.baseline), options.suites) : undefined;
  const comparing = mode.kind !== 'measure';
  // Bonferroni over the look in the middle of the budget and the one at the end.
  const looks = LOOKS;
  let lookedInMiddle = false;

  const samples: Record<string, number[]>[] = sides.map(() => ({}));
  /** Live sides only: per benchmark, one log(current / reference) per round. */
  const ratios: Record<string, number[]> = {};
  const suiteOf = new Map<string, string>();
  const decided = new Map<string, BenchmarkComparison>();
  const startedAt = options.now();
  let round = 0;
  let lastRoundMs = 0;
  /** Benchmarks timed in the first round (all of them): how much time the undecided may take over. */
  let firstRoundCount = 0;
  let active = [...options.suites];
  const compared = (): string[] => {
    const current = samples[samples.length - 1]!;
    const other = saved ?? samples[0]!;
    return Object.keys(current).filter((id) => other[id] !== undefined && other[id].length > 0);
  };
  const judge = (id: string): BenchmarkComparison => {
    const reference = saved?.[id] ?? samples[0]![id]!;
    return compareBenchmark(id, reference, samples[samples.length - 1]![id]!, live ? ratios[id] : undefined, policy, { benchmarks: compared().length, looks });
  };

  while (active.length > 0 && round < options.maxProcesses) {
    if (round > 0 && options.now() - startedAt + lastRoundMs > options.budgetMs) break;
    round++;
    const roundStart = options.now();
    const order = sides.map((_, i) => i);
    // A B, then B A: a slow spell of the machine, or being second, does not favour one side.
    if (round % 2 === 0) order.reverse();
    const progress = (): void =>
      options.onProgress?.({ kind: 'process', round, comparing, decided: decided.size, benchmarks: comparing ? compared().length : suiteOf.size, elapsedMs: options.now() - startedAt });
    // Only the benchmarks still undecided are warmed up and timed: the time goes where it is needed.
    const wanted = comparing && round > 1 ? new Set(compared().filter((id) => !decided.has(id))) : undefined;
    const scale = wanted === undefined || wanted.size === 0 ? 1 : Math.min(MAX_TIME_SCALE, Math.max(1, firstRoundCount / wanted.size));
    // A pair of workers per group of suites, one group after the other (see `ownProcess`).
    const measured = new Map<string, number[][]>();
    for (const group of groupSuites(active, options.ownProcess ?? [])) {
      const part = await measureRound(sides.map((side) => side(group)), order, start, { ...options, timeMs: options.timeMs * scale }, wanted);
      for (const [id, slices] of part) measured.set(id, slices);
    }
    if (round === 1) firstRoundCount = measured.size;
    for (const [id, slices] of measured) {
      suiteOf.set(id, id.slice(0, id.indexOf('/')));
      for (const [side, minima] of slices.entries()) (samples[side]![id] ??= []).push(Math.min(...minima));
      if (live) (ratios[id] ??= []).push(compareSlices(slices[0]!, slices[1]!));
    }
    lastRoundMs = options.now() - roundStart;
    const middle = !lookedInMiddle && round >= MIN_LOOK_ROUNDS && options.now() - startedAt >= LOOK_AT_BUDGET_SHARE * options.budgetMs;
    if (comparing && middle) {
      lookedInMiddle = true;
      for (const id of compared()) {
        if (decided.has(id)) continue;
        const comparison = judge(id);
        if (comparison.verdict === 'inconclusive') continue;
        decided.set(id, comparison);
        options.onProgress?.({ kind: 'verdict', comparison, round, elapsedMs: options.now() - startedAt });
      }
    }
    if (comparing) active = options.suites.filter((suite) => compared().some((id) => suiteOf.get(id) === suite && !decided.has(id)));
    progress();
  }

  const current = samples[samples.length - 1]!;
  const reference = live ? samples[0] : saved;
  let comparison: CompareResult | undefined;
  let stoppedEarly = false;
  if (comparing) {
    const comparisons = compared().map((id) => {
      const known = decided.get(id);
      if (known !== undefined) return { ...known, baselineMs: judge(id).baselineMs, currentMs: judge(id).currentMs, processes: current[id]!.length };
      // The last look: decides what it can, the rest stays inconclusive with its interval.
      const last = judge(id);
      options.onProgress?.({ kind: 'verdict', comparison: last, round, elapsedMs: options.now() - startedAt });
      if (last.verdict === 'inconclusive') stoppedEarly = true;
      return last;
    });
    comparison = { comparisons, ...listUnmatched(reference ?? {}, current) };
  }
  const currentMs = Object.fromEntries(Object.entries(current).map(([id, samples]) => [id, computeMedian(samples)]));
  return { mode: mode.kind, current, currentMs, reference, roundLogRatios: live ? ratios : undefined, comparison, foreign, rounds: round, looks, elapsedMs: options.now() - startedAt, stoppedEarly };
}

/**
 * One round: a fresh worker per side, started together, each warming up the benchmarks of the
 * round (`wanted`, or all they share); then both sides time slice k of every benchmark at the
 * same time, slice after slice (asked in the order A B, then B A, ...), so slice k of both sides
 * sees the same moment of the machine. Returns per benchmark (that both sides have) and side the
 * minimum of each slice.
 */
async function measureRound(
  launches: readonly WorkerLaunch[],
  order: readonly number[],
  start: (launch: WorkerLaunch) => Promise<WorkerHandle>,
  options: Pick<BenchSessionOptions, 'timeMs' | 'slices'>,
  wanted: ReadonlySet<string> | undefined,
): Promise<Map<string, number[][]>> {
  // Started in the round's order too: whatever being started first does (which core, which moment
  // of the machine), it falls on each side in every other round, so it adds noise, not a bias.
  // (An A/A run called a benchmark regressed at +4.8% from 3 rounds that all agreed.)
  const startedInOrder = await Promise.allSettled(order.map((side) => start(launches[side]!)));
  const started = launches.map((_, side) => startedInOrder[order.indexOf(side)]!);
  const workers = started.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const measured = new Map<string, number[][]>();
  try {
    const failed = started.find((outcome) => outcome.status === 'rejected');
    if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
    const ids = workers[0]!.benchmarks.filter((id) => (wanted === undefined || wanted.has(id)) && workers.every((worker) => worker.benchmarks.includes(id)));
    for (const id of ids) measured.set(id, workers.map(() => []));
    // Both sides warm up at the same time (they wait for each other only while timing).
    await Promise.all(workers.map((worker) => worker.prepare(ids.map((id) => worker.benchmarks.indexOf(id)))));
    const ms = options.timeMs / options.slices;
    for (let slice = 0; slice < options.slices; slice++) {
      // Slice k of both sides at the same time, one process per core: each counts its own CPU
      // time only, so neither slows the other's clock, and both see the same moment of the
      // machine. (Taking turns left a core to the other jobs while one side waited: on a loaded
      // machine the timed slices took twice the wall time, and a round of all benchmarks 23 s.)
      const turn = slice % 2 === 0 ? order : [...order].reverse();
      const replies = await Promise.all(
        turn.map(async (side) => {
          const worker = workers[side]!;
          return { side, slices: await worker.measure({ indexes: ids.map((id) => worker.benchmarks.indexOf(id)), ms }) };
        }),
      );
      for (const { side, slices } of replies) for (const [i, id] of ids.entries()) measured.get(id)![side]!.push(slices[i]!.minMs);
    }
  } catch (error) {
    await Promise.allSettled(workers.map((worker) => worker.close()));
    throw error;
  }
  // A worker that fails while closing (e.g. cannot remove its folders) fails the run.
  const closed = await Promise.allSettled(workers.map((worker) => worker.close()));
  const failed = closed.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
  return measured;
}

/**
 * A round's log(B / A): of the two processes' minima over all their slices. The slices of both
 * sides alternate, so a busy spell of the machine is as likely to fall on either; the minimum
 * keeps the fastest undisturbed sample of each process. (The median over slices of per-slice
 * ratios was tried: on a loaded machine its rounds spread 2 to 7 times more, as a slice of a
 * slow benchmark holds only a few samples.) Symmetric: swapping the sides negates it.
 */
export function compareSlices(a: readonly number[], b: readonly number[]): number {
  return Math.log(Math.min(...b) / Math.min(...a));
}

/** Exit code of a session: 1 on any regression, else 5 if anything is inconclusive, else 0. */
export function benchExitCode(result: BenchSessionResult): ExitCode {
  const verdicts = result.comparison?.comparisons.map((c) => c.verdict) ?? [];
  if (verdicts.includes('regressed')) return ExitCode.VIOLATION;
  if (verdicts.includes('inconclusive')) return ExitCode.INCONCLUSIVE;
  return ExitCode.OK;
}

/** The suites of a round in groups that share a worker: each of `ownProcess` alone, the others together, in `active`'s order. */
export function groupSuites(active: readonly string[], ownProcess: readonly string[]): string[][] {
  const shared = active.filter((suite) => !ownProcess.includes(suite));
  const alone = active.filter((suite) => ownProcess.includes(suite)).map((suite) => [suite]);
  return shared.length > 0 ? [shared, ...alone] : alone;
}

/** Only the baseline's benchmarks of the suites that ran (so `--suite x` does not report the rest as missing). */
function restrictToSuites(samples: SampleSet, suites: readonly string[]): SampleSet {
  return Object.fromEntries(Object.entries(samples).filter(([id]) => suites.some((suite) => id.startsWith(`${suite}/`))));
}

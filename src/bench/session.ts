// One `bench` run: measure the current build in fresh processes and, when asked, compare it with
// a saved baseline or (A/A) with itself. Used by the command and by bench/'s detection scripts.
import { BaselineError, ExitCode } from '../errors.js';
import { baselineSamples, type BenchBaseline } from './baseline-file.js';
import { compareSampleSets, type ComparePolicy, type CompareResult, type SampleSet } from './compare.js';
import { describeEnvironmentMismatch, type BenchEnvironment } from './environment.js';
import { collectSamples, type WorkerLauncher } from './processes.js';

export type BenchMode =
  | { readonly kind: 'measure' }
  | { readonly kind: 'compare'; readonly baseline: BenchBaseline; readonly baselinePath: string }
  | { readonly kind: 'aa' };

export interface BenchSessionOptions {
  readonly mode: BenchMode;
  readonly suites: readonly string[];
  readonly processes: number;
  readonly launcher: WorkerLauncher;
  readonly environment: BenchEnvironment;
  /** Compare with a baseline from another machine or Node version anyway (the result is marked). */
  readonly allowForeign: boolean;
  readonly policy: ComparePolicy;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface BenchSessionResult {
  readonly mode: BenchMode['kind'];
  /** Per-process minima of the current build (side B in an A/A run). */
  readonly current: SampleSet;
  /** The other side's samples: the saved baseline, or side A of an A/A run. */
  readonly reference: SampleSet | undefined;
  readonly comparison: CompareResult | undefined;
  /** Why the baseline is not from this machine and runtime (empty when it is). */
  readonly foreign: readonly string[];
}

/** Runs the session. Throws a BaselineError (exit 5) for a foreign baseline unless allowed. */
export async function runBenchSession(options: BenchSessionOptions): Promise<BenchSessionResult> {
  const { mode } = options;
  const foreign = mode.kind === 'compare' ? describeEnvironmentMismatch(mode.baseline.environment, options.environment) : [];
  if (foreign.length > 0 && !options.allowForeign) {
    throw new BaselineError(`the baseline ${mode.kind === 'compare' ? mode.baselinePath : ''} is not comparable: ${foreign.join('; ')}`, {
      exitCode: ExitCode.INCONCLUSIVE,
      hint: 'Record a baseline on this machine with `--save`, or pass --allow-foreign to compare anyway (marked in the result).',
    });
  }
  const sides = mode.kind === 'aa' ? [options.launcher, options.launcher] : [options.launcher];
  const collected = await collectSamples({ suites: options.suites, processes: options.processes, sides, onProgress: options.onProgress });
  const current = collected[collected.length - 1]!;
  const reference = mode.kind === 'aa' ? collected[0] : mode.kind === 'compare' ? baselineSamples(mode.baseline) : undefined;
  const comparison = reference === undefined ? undefined : compareSampleSets(restrictToSuites(reference, options.suites), current, options.policy);
  return { mode: mode.kind, current, reference, comparison, foreign };
}

/** Exit code of a session: 1 on any regression, else 5 if anything is inconclusive, else 0. */
export function benchExitCode(result: BenchSessionResult): ExitCode {
  const verdicts = result.comparison?.comparisons.map((c) => c.verdict) ?? [];
  if (verdicts.includes('regressed')) return ExitCode.VIOLATION;
  if (verdicts.includes('inconclusive')) return ExitCode.INCONCLUSIVE;
  return ExitCode.OK;
}

/** Only the baseline's benchmarks of the suites that ran (so `--suite x` does not report the rest as missing). */
function restrictToSuites(samples: SampleSet, suites: readonly string[]): SampleSet {
  return Object.fromEntries(Object.entries(samples).filter(([id]) => suites.some((suite) => id.startsWith(`${suite}/`))));
}

// `prove-hooks bench`: benchmark suites of the core in fresh processes, and compare with a saved
// baseline or with itself (--aa). Everything heavy (tinybench, statistics) loads from here only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ExitCode, ValidationError } from '../../errors.js';
import { PROVE_VERSION } from '../../version.js';
import type { CommandContext } from '../context.js';

/** Processes per side: at most this many when comparing (it stops when all is decided), exactly when only measuring. */
const DEFAULT_MAX_PROCESSES = 40;
const DEFAULT_MEASURE_PROCESSES = 10;
const DEFAULT_TIME_MS = 40;
const DEFAULT_BUDGET_SECONDS = 80;

export async function run(ctx: CommandContext): Promise<ExitCode> {
  const { BENCH_SUITES, DEFAULT_SUITES, OWN_PROCESS_SUITES, findSuite } = await import('../../bench/suites/index.js');
  const options = ctx.options;
  const suites = selectSuites(options.suite, DEFAULT_SUITES, BENCH_SUITES.map((s) => s.name), findSuite);
  const timeMs = parseNumber(options.time, 'time', DEFAULT_TIME_MS, 10, 60_000);

  if (options.list === true) {
    const width = Math.max(...BENCH_SUITES.map((s) => s.name.length));
    ctx.stdout.write(`${BENCH_SUITES.map((s) => `${s.name.padEnd(width)}  ${s.summary}`).join('\n')}\n`);
    return ExitCode.OK;
  }
  if (suites.includes('fixture')) {
    const { readFixtureFactor } = await import('../../bench/suites/fixture.js');
    try {
      readFixtureFactor(ctx.env);
    } catch (error) {
      throw new ValidationError((error as Error).message, { hint: 'e.g. PROVE_BENCH_FIXTURE_FACTOR=1.1 (10% slower); unset means 1.' });
    }
  }
  if (options.worker === true) return runWorker(ctx, suites, timeMs, findSuite);

  const comparePath = typeof options.compare === 'string' ? options.compare : undefined;
  const comparing = options.aa === true || comparePath !== undefined;
  const processes = parseNumber(options.processes, 'processes', comparing ? DEFAULT_MAX_PROCESSES : DEFAULT_MEASURE_PROCESSES, 3, 200);
  const budgetSeconds = parseNumber(options.budget, 'budget', DEFAULT_BUDGET_SECONDS, 1, 3600);
  const savePath = typeof options.save === 'string' ? options.save : undefined;
  if (options.aa === true && comparePath !== undefined) {
    throw new ValidationError('--aa and --compare cannot be combined', { hint: '--aa compares the current build with itself; --compare FILE with a saved baseline.' });
  }

  const [{ readBaselineFile, writeBaselineFile, createBaseline }, { readBenchEnvironment }, { runBenchSession, benchExitCode }, { DEFAULT_COMPARE_POLICY }, report] =
    await Promise.all([
      import('../../bench/baseline-file.js'),
      import('../../bench/environment.js'),
      import('../../bench/session.js'),
      import('../../bench/compare.js'),
      import('../../report/bench.js'),
    ]);
  const environment = readBenchEnvironment(ctx.env);
  const baselineFile = comparePath === undefined ? undefined : await readBaselineFile(comparePath);
  const cliPath = process.argv[1];
  if (cliPath === undefined) throw new ValidationError('cannot tell which prove-hooks to start for the benchmark processes');
  const progress = report.createBenchProgress(ctx.stderr, (ctx.stderr as { isTTY?: boolean }).isTTY === true);
  // The workers' temporary folders go in one folder of this process, removed here: a worker that
  // is killed (kill -9, a crash) cannot remove its own.
  const scratch = mkdtempSync(join(tmpdir(), 'prove-hooks-bench-'));
  // Ctrl-C, SIGTERM or SIGHUP stop this process too: the folder goes first (the workers, whose stdin
  // then closes, end on their own).
  const releaseSignals = removeOnStopSignal(scratch);
  const result = await runBenchSession({
    mode: options.aa === true ? { kind: 'aa' } : baselineFile !== undefined ? { kind: 'compare', baseline: baselineFile, baselinePath: comparePath! } : { kind: 'measure' },
    suites,
    ownProcess: OWN_PROCESS_SUITES,
    maxProcesses: processes,
    budgetMs: budgetSeconds * 1000,
    launcher: (active) => ({
      command: process.execPath,
      args: [cliPath, 'bench', '--worker', '--scratch', scratch, ...active.flatMap((suite) => ['--suite', suite]), '--time', String(timeMs)],
      env: ctx.env,
    }),
    environment,
    allowForeign: options['allow-foreign'] === true,
    policy: DEFAULT_COMPARE_POLICY,
    timeMs,
    slices: SLICES,
    now: () => performance.now(),
    onProgress: progress.update,
  }).finally(() => {
    releaseSignals();
    rmSync(scratch, { recursive: true, force: true });
  });
  progress.end();
  if (savePath !== undefined) {
    await writeBaselineFile(
      savePath,
      createBaseline({ samples: result.current, environment, processes: result.rounds, timeMs, proveHooksVersion: PROVE_VERSION, createdAt: new Date() }),
    );
  }
  const exitCode = benchExitCode(result);
  const input = {
    result,
    timeMs,
    budgetSeconds,
    policy: DEFAULT_COMPARE_POLICY,
    environment,
    baseline: baselineFile === undefined ? undefined : { path: comparePath!, file: baselineFile },
    savedTo: savePath,
    exitCode,
  };
  ctx.stdout.write(options.json === true ? `${JSON.stringify(report.buildBenchJson(input), null, 2)}\n` : report.formatBenchReport(input));
  return exitCode;
}

/** Slices per benchmark and process: slice k of both sides is timed at the same time. */
const SLICES = 8;

/** `--worker`: build the suites' cases, then time slices of them as the parent asks (JSON lines on stdin and stdout). */
async function runWorker(
  ctx: CommandContext,
  suites: readonly string[],
  timeMs: number,
  findSuite: (name: string) => { load(): Promise<import('../../bench/suite.js').BenchSuite> } | undefined,
): Promise<ExitCode> {
  const [{ serveWorker, createWorkerTiming, exposeMinorCollection }, { createInterface }, { mkdtempSync, rmSync }, { tmpdir }, { join }] = await Promise.all([
    import('../../bench/worker.js'),
    import('node:readline'),
    import('node:fs'),
    import('node:os'),
    import('node:path'),
  ]);
  // The suites' folders go into one folder of this process's own, which a stop signal removes too
  // (Ctrl-C on a terminal reaches the workers as well as `bench`); then the signal ends the
  // process as it would have. That folder is made in the parent's scratch folder when given, which
  // the parent removes whatever becomes of this process (`kill -9` included).
  const scratch = typeof ctx.options.scratch === 'string' ? ctx.options.scratch : tmpdir();
  const root = mkdtempSync(join(scratch, 'prove-hooks-bench-'));
  const releaseSignals = removeOnStopSignal(root);
  const requests = createInterface({ input: process.stdin });
  try {
    const loaded = await Promise.all(suites.map((name) => findSuite(name)!.load()));
    await serveWorker(loaded, requests, (line) => ctx.stdout.write(`${line}\n`), createWorkerTiming(timeMs, exposeMinorCollection()), root);
  } finally {
    releaseSignals();
    rmSync(root, { recursive: true, force: true });
    // An open stdin keeps the process alive: a worker that failed would wait for its parent forever.
    requests.close();
    process.stdin.destroy();
  }
  return ExitCode.OK;
}

/** Signals that stop `bench` or a worker: each removes its folder first. */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Until the returned release runs, a stop signal removes `folder` and then ends the process by that
 * same signal, as it would have ended without the handler.
 */
function removeOnStopSignal(folder: string): () => void {
  const release = (): void => {
    for (const stop of STOP_SIGNALS) process.off(stop, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    rmSync(folder, { recursive: true, force: true });
    release();
    process.kill(process.pid, signal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return release;
}

function selectSuites(value: unknown, defaults: readonly string[], all: readonly string[], find: (name: string) => unknown): string[] {
  if (value === undefined) return [...defaults];
  const names = (Array.isArray(value) ? value : [value]).map(String);
  for (const name of names) {
    if (find(name) === undefined) throw new ValidationError(`unknown benchmark suite '${name}'`, { hint: `Suites: ${all.join(', ')} (see \`prove-hooks bench --list\`).` });
  }
  return names;
}

function parseNumber(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new ValidationError(`--${name} must be a whole number from ${min} to ${max}, got '${String(value)}'`, { hint: `e.g. --${name} ${fallback}` });
  }
  return number;
}

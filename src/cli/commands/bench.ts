// `prove-hooks bench`: benchmark suites of the core in fresh processes, and compare with a saved
// baseline or with itself (--aa). Everything heavy (tinybench, statistics) loads from here only.
import { performance } from 'node:perf_hooks';
import { ExitCode, ValidationError } from '../../errors.js';
import { PROVE_VERSION } from '../../version.js';
import type { CommandContext } from '../context.js';

const DEFAULT_PROCESSES = 10;
const DEFAULT_TIME_MS = 100;

export async function run(ctx: CommandContext): Promise<ExitCode> {
  const { BENCH_SUITES, findSuite } = await import('../../bench/suites/index.js');
  const options = ctx.options;
  const suites = selectSuites(options.suite, BENCH_SUITES.map((s) => s.name), findSuite);
  const timeMs = parseNumber(options.time, 'time', DEFAULT_TIME_MS, 10, 60_000);

  if (options.list === true) {
    const width = Math.max(...BENCH_SUITES.map((s) => s.name.length));
    ctx.stdout.write(`${BENCH_SUITES.map((s) => `${s.name.padEnd(width)}  ${s.summary}`).join('\n')}\n`);
    return ExitCode.OK;
  }
  if (options.worker === true) return runWorker(ctx, suites, timeMs, findSuite);

  const processes = parseNumber(options.processes, 'processes', DEFAULT_PROCESSES, 3, 200);
  const comparePath = typeof options.compare === 'string' ? options.compare : undefined;
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
  const environment = readBenchEnvironment();
  const baselineFile = comparePath === undefined ? undefined : await readBaselineFile(comparePath);
  const cliPath = process.argv[1];
  if (cliPath === undefined) throw new ValidationError('cannot tell which prove-hooks to start for the benchmark processes');
  const isTty = (ctx.stderr as { isTTY?: boolean }).isTTY === true && options.json !== true;
  const result = await runBenchSession({
    mode: options.aa === true ? { kind: 'aa' } : baselineFile !== undefined ? { kind: 'compare', baseline: baselineFile, baselinePath: comparePath! } : { kind: 'measure' },
    suites,
    processes,
    launcher: (suite) => ({
      command: process.execPath,
      args: [cliPath, 'bench', '--worker', '--suite', suite, '--time', String(timeMs)],
      env: ctx.env,
    }),
    environment,
    allowForeign: options['allow-foreign'] === true,
    policy: DEFAULT_COMPARE_POLICY,
    onProgress: isTty ? (done, total) => ctx.stderr.write(`\rbench: process ${done} of ${total}${done === total ? '\n' : ''}`) : undefined,
  });
  if (savePath !== undefined) {
    await writeBaselineFile(
      savePath,
      createBaseline({ samples: result.current, environment, processes, timeMs, proveHooksVersion: PROVE_VERSION, createdAt: new Date() }),
    );
  }
  const exitCode = benchExitCode(result);
  const input = {
    result,
    processes,
    timeMs,
    policy: DEFAULT_COMPARE_POLICY,
    environment,
    baseline: baselineFile === undefined ? undefined : { path: comparePath!, file: baselineFile },
    savedTo: savePath,
    exitCode,
  };
  ctx.stdout.write(options.json === true ? `${JSON.stringify(report.buildBenchJson(input), null, 2)}\n` : report.formatBenchReport(input));
  return exitCode;
}

/** `--worker`: measure the suites in this process and print one JSON report per suite. */
async function runWorker(
  ctx: CommandContext,
  suites: readonly string[],
  timeMs: number,
  findSuite: (name: string) => { load(): Promise<import('../../bench/suite.js').BenchSuite> } | undefined,
): Promise<ExitCode> {
  const { runSuiteInProcess } = await import('../../bench/worker.js');
  for (const name of suites) {
    const suite = await findSuite(name)!.load();
    const report = await runSuiteInProcess(suite, { timeMs, warmupMs: Math.max(10, timeMs / 5), targetSampleMs: 0.25, now: () => performance.now() });
    ctx.stdout.write(`${JSON.stringify(report)}\n`);
  }
  return ExitCode.OK;
}

function selectSuites(value: unknown, all: readonly string[], find: (name: string) => unknown): string[] {
  if (value === undefined) return [...all];
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

// The acceptance check of `bench` (issue 17): N runs of `bench --aa` as a user runs it (the built
// CLI, every default suite, `--json`), and N A/B runs in which side B's self-test fixture is
// slowed by 5% and by 10% (PROVE_BENCH_FIXTURE_FACTOR, the mechanism the tests use), printing per
// run how many benchmarks were unchanged, regressed, improved and inconclusive, the rounds, the
// time and the load average before and after. With --compare-cli the A/A runs of another build
// (e.g. the session's start) alternate with this build's, so both see the same load. Slow
// (minutes), run by hand, never in `npm test`:
//   npm run build && env -u NODE_EXTRA_CA_CERTS node bench/run.mjs aa-check [--runs 5] [--only aa,slow5,slow10]
//     [--compare-cli <other dist/cli.cjs>] [--slow-suites fixture] [--budget 80] [--out results.json]
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEFAULT_COMPARE_POLICY } from '../src/bench/compare.js';
import { readBenchEnvironment } from '../src/bench/environment.js';
import type { WorkerLauncher } from '../src/bench/processes.js';
import { runBenchSession } from '../src/bench/session.js';
import { OWN_PROCESS_SUITES } from '../src/bench/suites/index.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string', default: 'aa,slow5,slow10' },
    cli: { type: 'string', default: join(process.cwd(), 'dist', 'cli.cjs') },
    'compare-cli': { type: 'string' },
    'slow-suites': { type: 'string', default: 'fixture' },
    budget: { type: 'string', default: '80' },
    time: { type: 'string', default: '40' },
    out: { type: 'string' },
  },
});
const runs = Number(values.runs);
const budgetSeconds = Number(values.budget);
const timeMs = Number(values.time);
const plan = values.only.split(',');
const slowSuites = values['slow-suites'].split(',');

interface Counts {
  unchanged: number;
  regressed: number;
  improved: number;
  inconclusive: number;
}
interface RunLine extends Counts {
  kind: string;
  build: string;
  run: number;
  exitCode: number | null;
  rounds: number;
  seconds: number;
  loadBefore: number;
  loadAfter: number;
  /** Benchmarks not called unchanged, with verdict and change. */
  notUnchanged: string[];
  /** Per benchmark, the interval of the verdict in percent (null: too few rounds for one). */
  intervals: Record<string, [number | null, number | null]>;
}

const load = (): number => Math.round(loadavg()[0]! * 10) / 10;

/** `bench --aa --json` of a build, as a user runs it. */
function runAa(cli: string): Promise<{ exitCode: number | null; report: BenchJson }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'bench', '--aa', '--json', '--budget', String(budgetSeconds)], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve({ exitCode: code, report: JSON.parse(stdout) as BenchJson });
      } catch (error) {
        reject(new Error(`bench --aa of ${cli} printed no report (exit ${code})`, { cause: error }));
      }
    });
  });
}

interface Verdict {
  id: string;
  verdict: keyof Counts;
  changePercent: number;
  lowPercent: number | null;
  highPercent: number | null;
}

interface BenchJson {
  run: { processesPerSide: number };
  benchmarks: Verdict[];
}

function countVerdicts(verdicts: readonly Verdict[]): Counts & Pick<RunLine, 'notUnchanged' | 'intervals'> {
  const counts: Counts = { unchanged: 0, regressed: 0, improved: 0, inconclusive: 0 };
  for (const { verdict } of verdicts) counts[verdict]++;
  const notUnchanged = verdicts.filter((v) => v.verdict !== 'unchanged').map((v) => `${v.id} ${v.verdict} ${v.changePercent >= 0 ? '+' : ''}${v.changePercent.toFixed(1)}%`);
  const finite = (percent: number | null): number | null => (percent === null || !Number.isFinite(percent) ? null : Math.round(percent * 10) / 10);
  const intervals = Object.fromEntries(verdicts.map((v) => [v.id, [finite(v.lowPercent), finite(v.highPercent)] as [number | null, number | null]]));
  return { ...counts, notUnchanged, intervals };
}

const launcher =
  (factor: number): WorkerLauncher =>
  (suites) => ({
    command: process.execPath,
    args: [values.cli, 'bench', '--worker', ...suites.flatMap((suite) => ['--suite', suite]), '--time', String(timeMs)],
    env: { ...process.env, PROVE_BENCH_FIXTURE_FACTOR: String(factor) },
  });

/** This build against itself with side B's fixture slowed by `factor`. */
async function runSlowed(factor: number): Promise<{ result: Awaited<ReturnType<typeof runBenchSession>> }> {
  const result = await runBenchSession({
    mode: { kind: 'ab', reference: launcher(1) },
    suites: slowSuites,
    ownProcess: OWN_PROCESS_SUITES,
    maxProcesses: 40,
    budgetMs: budgetSeconds * 1000,
    launcher: launcher(factor),
    environment: readBenchEnvironment(),
    allowForeign: false,
    policy: DEFAULT_COMPARE_POLICY,
    now: () => performance.now(),
    timeMs,
    slices: 8,
  });
  return { result };
}

const lines: RunLine[] = [];
const builds = [{ name: 'this', cli: values.cli }, ...(values['compare-cli'] === undefined ? [] : [{ name: 'other', cli: values['compare-cli'] }])];
for (let run = 1; run <= runs; run++) {
  for (const kind of plan) {
    // The builds take turns, the first one alternating, so neither always runs after the other.
    const order = run % 2 === 1 ? builds : [...builds].reverse();
    for (const build of kind === 'aa' ? order : [builds[0]!]) {
      const loadBefore = load();
      const started = performance.now();
      let line: RunLine;
      if (kind === 'aa') {
        const { exitCode, report } = await runAa(build.cli);
        line = { kind, build: build.name, run, exitCode, rounds: report.run.processesPerSide, ...countVerdicts(report.benchmarks), seconds: 0, loadBefore, loadAfter: 0 };
      } else {
        const factor = kind === 'slow5' ? 1.05 : kind === 'slow10' ? 1.1 : Number.NaN;
        if (!Number.isFinite(factor)) throw new Error(`unknown kind ${kind}: aa, slow5 or slow10`);
        const { result } = await runSlowed(factor);
        line = { kind, build: build.name, run, exitCode: null, rounds: result.rounds, ...countVerdicts(result.comparison!.comparisons), seconds: 0, loadBefore, loadAfter: 0 };
      }
      line.seconds = Math.round((performance.now() - started) / 100) / 10;
      line.loadAfter = load();
      lines.push(line);
      process.stdout.write(
        `${kind} ${build.name} run ${run}: unchanged ${line.unchanged}, regressed ${line.regressed}, improved ${line.improved}, inconclusive ${line.inconclusive}; ` +
          `${line.rounds} rounds, ${line.seconds} s, load ${loadBefore} -> ${line.loadAfter}${line.notUnchanged.length > 0 ? `; not unchanged: ${line.notUnchanged.join(', ')}` : ''}\n`,
      );
    }
  }
}
if (values.out !== undefined) {
  await writeFile(values.out, `${JSON.stringify({ command: process.argv.slice(2), budgetSeconds, timeMs, slowSuites, at: new Date().toISOString(), environment: readBenchEnvironment(), lines }, null, 2)}\n`);
}

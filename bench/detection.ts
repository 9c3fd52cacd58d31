// Measures the bench's own error rates with the self-test fixture (`--suite fixture`): false
// alarms in A/A runs, and how often a known 10% and 5% slowdown is reported. Side B's workers get
// PROVE_BENCH_FIXTURE_FACTOR; both sides are the built dist/cli.cjs, run as `bench` runs them.
// Slow (minutes): run by hand, never in `npm test`:
//   npm run build && node bench/run.mjs detection [--trials 10] [--budget 60] [--out results.json]
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEFAULT_COMPARE_POLICY } from '../src/bench/compare.js';
import { readBenchEnvironment } from '../src/bench/environment.js';
import type { WorkerLauncher } from '../src/bench/processes.js';
import { runBenchSession } from '../src/bench/session.js';

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '10' },
    budget: { type: 'string', default: '60' },
    time: { type: 'string', default: '40' },
    out: { type: 'string' },
    only: { type: 'string' },
    cli: { type: 'string', default: join(process.cwd(), 'dist', 'cli.cjs') },
  },
});
const trials = Number(values.trials);
const timeMs = Number(values.time);
const environment = readBenchEnvironment();
const launcher =
  (factor: number): WorkerLauncher =>
  (suites) => ({
    command: process.execPath,
    args: [values.cli, 'bench', '--worker', ...suites.flatMap((suite) => ['--suite', suite]), '--time', String(timeMs)],
    env: { ...process.env, PROVE_BENCH_FIXTURE_FACTOR: String(factor) },
  });

async function trial(factor: number) {
  const started = performance.now();
  const result = await runBenchSession({
    mode: { kind: 'ab', reference: launcher(1) },
    suites: ['fixture'],
    maxProcesses: 40,
    budgetMs: Number(values.budget) * 1000,
    launcher: launcher(factor),
    environment,
    allowForeign: false,
    policy: DEFAULT_COMPARE_POLICY,
    now: () => performance.now(),
    timeMs,
    slices: 8,
  });
  const byId = Object.fromEntries(result.comparison!.comparisons.map((c) => [c.id, `${c.verdict} ${c.changePercent.toFixed(1)}% [${c.lowPercent.toFixed(1)}, ${c.highPercent.toFixed(1)}]`]));
  return { factor, seconds: Math.round((performance.now() - started) / 100) / 10, rounds: result.rounds, adjusted: byId['fixture/adjusted']!, steady: byId['fixture/steady']! };
}

const plan: [string, number][] = [
  ['aa', 1],
  ['slow10', 1.1],
  ['slow5', 1.05],
];
const results: Record<string, Awaited<ReturnType<typeof trial>>[]> = { aa: [], slow10: [], slow5: [] };
for (let n = 1; n <= trials; n++) {
  for (const [name, factor] of plan) {
    if (values.only !== undefined && !values.only.split(',').includes(name)) continue;
    const outcome = await trial(factor);
    results[name]!.push(outcome);
    process.stderr.write(`trial ${n} ${name}: ${JSON.stringify(outcome)}\n`);
  }
}
const verdictOf = (text: string) => text.split(' ')[0];
const count = (name: string, test: (r: Awaited<ReturnType<typeof trial>>) => boolean) => results[name]!.filter(test).length;
const summary = {
  trials,
  budgetSeconds: Number(values.budget),
  aaFalseAlarms: count('aa', (r) => ['regressed', 'improved'].includes(verdictOf(r.adjusted)!) || ['regressed', 'improved'].includes(verdictOf(r.steady)!)),
  flaggedAt10Percent: count('slow10', (r) => verdictOf(r.adjusted) === 'regressed'),
  flaggedAt5Percent: count('slow5', (r) => verdictOf(r.adjusted) === 'regressed'),
  calledUnchangedAt5Percent: count('slow5', (r) => verdictOf(r.adjusted) === 'unchanged'),
  steadyFalseAlarms: count('slow10', (r) => ['regressed', 'improved'].includes(verdictOf(r.steady)!)) + count('slow5', (r) => ['regressed', 'improved'].includes(verdictOf(r.steady)!)),
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
if (values.out !== undefined) await writeFile(values.out, `${JSON.stringify({ summary, results, environment, at: new Date().toISOString() }, null, 2)}\n`);

// Measures the bench's own error rates with the fixture: false alarms in A/A runs, and how often
// a known 10% and 5% slowdown is flagged. Slow (minutes): run by hand, never in `npm test`:
//   node bench/run.mjs detection [--trials 10] [--processes 10] [--out results.json]
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createBaseline } from '../src/bench/baseline-file.js';
import { DEFAULT_COMPARE_POLICY } from '../src/bench/compare.js';
import { readBenchEnvironment } from '../src/bench/environment.js';
import { runBenchSession, type BenchSessionResult } from '../src/bench/session.js';
import type { WorkerLauncher } from '../src/bench/processes.js';

const { values } = parseArgs({
  options: { worker: { type: 'string' }, 'hook-run': { type: 'string' }, trials: { type: 'string', default: '10' }, processes: { type: 'string', default: '10' }, out: { type: 'string' }, only: { type: 'string' } },
});
const trials = Number(values.trials);
const processes = Number(values.processes);
const worker = values.worker;
if (worker === undefined) throw new Error('--worker <fixture-worker.mjs> is required (bench/run.mjs passes it)');
const environment = readBenchEnvironment();
const launcher = (factor: number): WorkerLauncher => () => ({
  command: process.execPath,
  args: [worker],
  env: { ...process.env, PROVE_BENCH_FIXTURE_FACTOR: String(factor) },
});

function verdicts(result: BenchSessionResult): Record<string, string> {
  return Object.fromEntries((result.comparison?.comparisons ?? []).map((c) => [c.id, `${c.verdict} ${c.changePercent.toFixed(1)}%`]));
}

async function aaTrial() {
  const result = await runBenchSession({ mode: { kind: 'aa' }, suites: ['fixture'], processes, launcher: launcher(1), environment, allowForeign: false, policy: DEFAULT_COMPARE_POLICY });
  const falseAlarm = result.comparison!.comparisons.some((c) => c.verdict === 'regressed' || c.verdict === 'improved');
  return { falseAlarm, verdicts: verdicts(result) };
}

async function slowdownTrial(factor: number) {
  const saved = await runBenchSession({ mode: { kind: 'measure' }, suites: ['fixture'], processes, launcher: launcher(1), environment, allowForeign: false, policy: DEFAULT_COMPARE_POLICY });
  const baseline = createBaseline({ samples: saved.current, environment, processes, timeMs: 100, proveHooksVersion: 'fixture', createdAt: new Date() });
  const result = await runBenchSession({
    mode: { kind: 'compare', baseline, baselinePath: '(fixture baseline)' },
    suites: ['fixture'],
    processes,
    launcher: launcher(factor),
    environment,
    allowForeign: false,
    policy: DEFAULT_COMPARE_POLICY,
  });
  const byId = new Map(result.comparison!.comparisons.map((c) => [c.id, c]));
  return {
    flagged: byId.get('fixture/adjusted')?.verdict === 'regressed',
    steadyFalseAlarm: ['fixture/steady-a', 'fixture/steady-b'].some((id) => ['regressed', 'improved'].includes(byId.get(id)?.verdict ?? '')),
    verdicts: verdicts(result),
  };
}

const results: Record<string, unknown[]> = { aa: [], slow10: [], slow5: [] };
const plan: [string, () => Promise<unknown>][] = [
  ['aa', aaTrial],
  ['slow10', () => slowdownTrial(1.1)],
  ['slow5', () => slowdownTrial(1.05)],
];
for (let trial = 1; trial <= trials; trial++) {
  for (const [name, runTrial] of plan) {
    if (values.only !== undefined && values.only !== name) continue;
    const started = Date.now();
    const outcome = await runTrial();
    results[name]!.push(outcome);
    process.stderr.write(`trial ${trial} ${name}: ${JSON.stringify(outcome)} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
}
const count = (name: string, key: string) => (results[name] as Record<string, boolean>[]).filter((r) => r[key]).length;
const summary = {
  trials,
  processes,
  aaFalseAlarms: count('aa', 'falseAlarm'),
  flaggedAt10Percent: count('slow10', 'flagged'),
  flaggedAt5Percent: count('slow5', 'flagged'),
  steadyFalseAlarms: count('slow10', 'steadyFalseAlarm') + count('slow5', 'steadyFalseAlarm'),
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
if (values.out !== undefined) await writeFile(values.out, `${JSON.stringify({ summary, results, environment, at: new Date().toISOString() }, null, 2)}\n`);

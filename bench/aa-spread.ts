// Where the bench's A/A noise comes from: runs `--rounds` A/A rounds of every default benchmark
// (both sides the built dist/cli.cjs, as `bench --aa` starts them, nothing decided so every round
// times everything), keeps each slice's fastest sample, and prints per benchmark the spread
// (standard deviation of the round log ratios, as `bench` decides on) with a quarter, a half
// and all of the slices of each process: how much longer timing steadies a round. Slow (minutes):
//   npm run build && node bench/run.mjs aa-spread [--rounds 8] [--time 40] [--suite NAME]... [--node-flags='--flag ...'] [--out file.json]
// (--node-flags: Node/V8 flags for the workers of both sides, to try what steadies a process.)
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readBenchEnvironment } from '../src/bench/environment.js';
import { startWorkerProcess, type WorkerHandle, type WorkerLaunch } from '../src/bench/processes.js';
import { runBenchSession } from '../src/bench/session.js';
import { DEFAULT_SUITES, OWN_PROCESS_SUITES } from '../src/bench/suites/index.js';

const SLICES = 8;
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '8' },
    time: { type: 'string', default: '40' },
    out: { type: 'string' },
    cli: { type: 'string', default: join(process.cwd(), 'dist', 'cli.cjs') },
    suite: { type: 'string', multiple: true },
    // Node/V8 flags for both sides' workers (space-separated; give it as --node-flags='...'), to try what steadies a process.
    'node-flags': { type: 'string', default: '' },
  },
});
const nodeFlags = values['node-flags'].split(' ').filter((flag) => flag !== '');
const suites = values.suite ?? DEFAULT_SUITES;
const rounds = Number(values.rounds);
const timeMs = Number(values.time);
// Both sides start the same build; the variable only tells this script which side a worker is.
const launcherOf =
  (side: 'A' | 'B') =>
  (suites: readonly string[]): WorkerLaunch => ({
    command: process.execPath,
    args: [...nodeFlags, values.cli, 'bench', '--worker', ...suites.flatMap((suite) => ['--suite', suite]), '--time', String(timeMs)],
    env: { ...process.env, PROVE_BENCH_AA_SIDE: side },
  });

/** Per benchmark and round, each side's fastest sample per slice, in slice order. */
const slices: Record<string, Record<number, [number[], number[]]>> = {};
/** The round under way: the session reports each round's end. */
let round = 1;
const startedAt = performance.now();
const loadBefore = loadavg()[0]!;
await runBenchSession({
  mode: { kind: 'ab', reference: launcherOf('A') },
  suites,
  ownProcess: OWN_PROCESS_SUITES,
  maxProcesses: rounds,
  budgetMs: 24 * 3_600_000,
  launcher: launcherOf('B'),
  environment: readBenchEnvironment(),
  allowForeign: false,
  // A margin no interval fits in and a test no difference passes: nothing is decided, every round times everything.
  policy: { marginPercent: 1e-9, alpha: 1e-12 },
  now: () => performance.now(),
  timeMs,
  slices: SLICES,
  onProgress: (event) => {
    if (event.kind === 'process') round = event.round + 1;
  },
  startWorker: async (launch): Promise<WorkerHandle> => {
    const side = launch.env?.PROVE_BENCH_AA_SIDE === 'A' ? 0 : 1;
    const worker = await startWorkerProcess(launch);
    return {
      ...worker,
      benchmarks: worker.benchmarks,
      measure: async (request) => {
        const reply = await worker.measure(request);
        for (const [i, index] of request.indexes.entries()) {
          ((slices[worker.benchmarks[index]!] ??= {})[round] ??= [[], []])[side]!.push(reply[i]!.minMs);
        }
        return reply;
      },
    };
  },
});

const standardDeviation = (values: readonly number[]): number => {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1));
};
const shares = [SLICES / 4, SLICES / 2, SLICES];
const spread = Object.fromEntries(
  Object.entries(slices).map(([id, byRound]) => [
    id,
    shares.map((count) => standardDeviation(Object.values(byRound).map(([a, b]) => Math.log(Math.min(...b.slice(0, count)) / Math.min(...a.slice(0, count)))))),
  ]),
);
const header = `spread of the round log ratios (%), timing ${shares.map((count) => `${(timeMs * count) / SLICES} ms`).join(' / ')} per benchmark and process`;
process.stdout.write(`${header}\n`);
for (const [id, values] of Object.entries(spread)) process.stdout.write(`${id.padEnd(42)} ${values.map((v) => (100 * v).toFixed(1).padStart(6)).join('')}\n`);
const elapsedSeconds = Math.round((performance.now() - startedAt) / 100) / 10;
process.stdout.write(`node flags: ${nodeFlags.join(' ') || '(none)'}\n${rounds} rounds in ${elapsedSeconds} s; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after\n`);
if (values.out !== undefined) {
  await writeFile(values.out, `${JSON.stringify({ rounds, timeMs, elapsedSeconds, loadBefore, loadAfter: loadavg()[0], spread, slices, at: new Date().toISOString() }, null, 2)}\n`);
}

// Measures what the performance monitor costs a hook run, the way a hook pays it: whole processes
// running the commit-msg fast path loaded through the bin's code cache, built as shipped and with
// the monitor (src/perf/hook-run.ts) replaced by a stub that records nothing (bench/run.mjs builds
// both), interleaved against a clone whose log already holds 1000 records. The median of the
// paired differences is the monitor's cost. Also the warm in-process cost of recording one run.
// Run by hand (after `npm run build`):  node bench/run.mjs monitor-cost [--rounds 60] [--runs 300]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { computeMedian } from '../src/core/stats/robust.js';
import { finishHookRun, startHookRun } from '../src/perf/hook-run.js';
import { formatDeltaLine, formatTimingBreakdown } from '../src/report/timing.js';
import { PERF_DEFAULTS } from '../src/config/perf-defaults.js';
import { runLogPaths } from '../src/perf/log-location.js';
import { formatRunRecordLine, type RunRecord } from '../src/perf/run-record.js';

const { values } = parseArgs({
  options: { worker: { type: 'string' }, bundles: { type: 'string' }, rounds: { type: 'string', default: '60' }, runs: { type: 'string', default: '300' } },
});
const rounds = Number(values.rounds);
const runs = Number(values.runs);
const bundles = values.bundles!;
const cli = join(process.cwd(), 'dist', 'cli.cjs');
if (!existsSync(cli)) throw new Error('dist/cli.cjs is missing: run `npm run build` first (it warms the caches the fast path reads)');

// 1. A clone with warm config and git-settings caches and 1000 runs of four hooks logged.
const root = mkdtempSync(join(tmpdir(), 'prove-hooks-monitor-cost-'));
const repo = join(root, 'repo');
mkdirSync(repo);
const env = { PATH: process.env.PATH, HOME: root, GIT_CONFIG_GLOBAL: join(root, '.gitconfig'), GIT_CONFIG_NOSYSTEM: '1' };
const git = (args: string[]) => spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
git(['init', '-q', '-b', 'main']);
writeFileSync(join(repo, '.proverc.json'), JSON.stringify({ commitMsg: { maxHeaderLength: 100 } }));
const past = new Date(Date.now() - 60_000);
for (const file of [join(repo, '.git', 'config'), env.GIT_CONFIG_GLOBAL]) if (existsSync(file)) utimesSync(file, past, past);
const message = 'feat: add the login page [T-2026-11-22-004] [MODE:F]';
writeFileSync(join(repo, '.git', 'COMMIT_EDITMSG'), `${message}\n`);
const warm = spawnSync(process.execPath, [cli, 'check-msg', message], { cwd: repo, env, encoding: 'utf8' });
if (warm.status !== 0) throw new Error(`warming the caches failed: ${warm.stderr}`);
const gitDir = join(repo, '.git');
const paths = runLogPaths(gitDir);
const hooks = ['commit-msg', 'pre-commit', 'pre-push', 'commit-msg'];
const history: string[] = [];
for (let i = 0; i < 1000; i++) {
  const record: RunRecord = {
    v: 1,
    id: `seed-${i}`,
    hook: hooks[i % hooks.length]!,
    at: 1_700_000_000_000 + i * 60_000,
    outcome: 'pass',
    exitCode: 0,
    startupMs: 25 + (i % 5),
    durationMs: 5 + (i % 3),
    phases: { config: { ms: 1, memBytes: 2048, spans: 1 }, git: { ms: 1, memBytes: 0, spans: 1 }, scan: { ms: 2, memBytes: 4096, spans: 1 } },
    counts: { messages: 1 },
    caches: { config: { hits: 1, misses: 0 } },
    node: process.version,
  };
  history.push(formatRunRecordLine(record));
}
writeFileSync(paths.log, history.join(''));

// 2. Whole processes, as the bin runs the fast path: with and without the monitor, interleaved.
const driver = join(root, 'driver.cjs');
writeFileSync(
  driver,
  [
    `const { loadWithCodeCache } = require(${JSON.stringify(join(bundles, 'code-cache.cjs'))});`,
    'const bundle = process.argv[2];',
    `const outcome = loadWithCodeCache(bundle, { dir: ${JSON.stringify(join(root, 'code-cache'))}, tag: require('node:path').basename(bundle), keep: (o) => o.decided }, (m) =>`,
    `  m.tryFastMessageCheck({ argv: ['commit-msg', '.git/COMMIT_EDITMSG'], env: process.env, cwd: ${JSON.stringify(repo)}, get stdout() { return process.stdout; }, get stderr() { return process.stderr; } }));`,
    'if (!outcome.decided) { process.stderr.write(`not decided: ${outcome.reason}\\n`); process.exit(9); }',
  ].join('\n'),
);
const variants = { with: join(bundles, 'with-monitor.cjs'), without: join(bundles, 'without-monitor.cjs') } as const;
type Variant = keyof typeof variants;

/** CPU seconds of this process's waited-for children (Linux /proc), or NaN elsewhere. */
function childCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

function runOnce(variant: Variant): { wallMs: number; cpuMs: number } {
  const cpuBefore = childCpuMs();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [driver, variants[variant]], { cwd: repo, env, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${variant} failed (${result.status}): ${result.stderr}`);
  return { wallMs, cpuMs: childCpuMs() - cpuBefore };
}

// Untimed first runs write each variant's code cache, as a clone's first commits do.
for (const variant of ['with', 'without'] as const) for (let i = 0; i < 3; i++) runOnce(variant);
const wall: Record<Variant, number[]> = { with: [], without: [] };
const cpu: Record<Variant, number[]> = { with: [], without: [] };
const pairedWall: number[] = [];
for (let round = 0; round < rounds; round++) {
  const order: Variant[] = round % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
  const got = {} as Record<Variant, { wallMs: number; cpuMs: number }>;
  for (const variant of order) got[variant] = runOnce(variant);
  for (const variant of order) {
    wall[variant].push(got[variant].wallMs);
    cpu[variant].push(got[variant].cpuMs);
  }
  pairedWall.push(got.with.wallMs - got.without.wallMs);
}
const logRecords = readFileSync(paths.log, 'utf8').split('\n').filter(Boolean).length;

// 3. Warm: recording one run in a loop in this process (the JIT's best case), for comparison.
const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
const recordMs: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const recorder = startHookRun('commit-msg');
  for (const phase of ['git', 'config', 'scan'] as const) recorder.phase(phase)();
  recorder.count('messages');
  recorder.cache('config', { hits: 1, misses: 0 });
  finishHookRun(recorder, { text: { formatDeltaLine, formatTimingBreakdown }, result: { outcome: 'pass', exitCode: 0 }, env: {}, gitCommonDir: gitDir, perf: PERF_DEFAULTS, stderr: sink });
  recordMs.push(performance.now() - start);
}
rmSync(root, { recursive: true, force: true });

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const summary = {
  note: 'milliseconds. Whole commit-msg fast-path processes with and without the monitor, interleaved; monitorCostMs is the median of the paired wall-time differences and the difference of the mean CPU times (CPU is tick-sampled: only its mean over many runs means anything).',
  rounds,
  withMonitor: { wallMedian: computeMedian(wall.with), wallMin: Math.min(...wall.with), cpuMean: mean(cpu.with) },
  withoutMonitor: { wallMedian: computeMedian(wall.without), wallMin: Math.min(...wall.without), cpuMean: mean(cpu.without) },
  monitorCostMs: {
    pairedWallMedian: computeMedian(pairedWall),
    wallMinDifference: Math.min(...wall.with) - Math.min(...wall.without),
    cpuMeanDifference: mean(cpu.with) - mean(cpu.without),
  },
  logRecordsAtEnd: logRecords,
  warmRecordMs: { min: Math.min(...recordMs), median: computeMedian(recordMs), runs },
};
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);

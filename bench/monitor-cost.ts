// Measures what the performance monitor costs a hook run: loading its code in a fresh process,
// and recording one run (recorder, reading the log's tail, the verdict, the append) against a log
// of 1000 records. Run by hand:  node bench/run.mjs monitor-cost [--runs 300]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { computeMedian } from '../src/core/stats/robust.js';
import { finishHookRun, startHookRun } from '../src/perf/hook-run.js';
import { runLogPaths } from '../src/perf/log-location.js';
import { formatRunRecordLine, type RunRecord } from '../src/perf/run-record.js';

const { values } = parseArgs({ options: { worker: { type: 'string' }, 'hook-run': { type: 'string' }, runs: { type: 'string', default: '300' } } });
const runs = Number(values.runs);

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

// 1. Loading: import the monitor's bundled code in fresh processes, after a first import of an
// empty module (which pays for the module loader itself, as the CLI's own start-up does).
const emptyModule = join(mkdtempSync(join(tmpdir(), 'prove-hooks-empty-')), 'empty.mjs');
writeFileSync(emptyModule, 'export {};\n');
const importMs: number[] = [];
const importCpuMs: number[] = [];
for (let i = 0; i < 15; i++) {
  const script = [
    `await import(${JSON.stringify(emptyModule)});`,
    'const t = performance.now(); const c = process.cpuUsage();',
    `await import(${JSON.stringify(values['hook-run'])});`,
    'const u = process.cpuUsage(c);',
    'process.stdout.write(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]));',
  ].join(' ');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const [wall, cpu] = JSON.parse(child.stdout) as [number, number];
  importMs.push(wall);
  importCpuMs.push(cpu);
}

// 2. A clone with 1000 runs of four hooks already logged.
const root = mkdtempSync(join(tmpdir(), 'prove-hooks-monitor-cost-'));
const gitDir = join(root, '.git');
const paths = runLogPaths(gitDir);
mkdirSync(paths.dir, { recursive: true });
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
    startupMs: 40 + (i % 5),
    durationMs: 60 + (i % 11),
    phases: { config: { ms: 3, memBytes: 2048, spans: 1 }, git: { ms: 20, memBytes: 0, spans: 2 }, scan: { ms: 30, memBytes: 4096, spans: 1 } },
    counts: { files: 3, lines: 120 },
    caches: { registry: { hits: 1, misses: 0, entries: 1, bytes: 30_000 }, config: { hits: 1, misses: 0 } },
    node: process.version,
  };
  history.push(formatRunRecordLine(record));
}
writeFileSync(paths.log, history.join(''));
const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
const recordOnce = (): number => {
  const start = performance.now();
  const recorder = startHookRun('pre-commit');
  for (const phase of ['config', 'git', 'registry', 'scan', 'report'] as const) recorder.phase(phase)();
  recorder.count('files', 3);
  recorder.count('lines', 120);
  recorder.cache('registry', { hits: 1, misses: 0, entries: 1, bytes: 30_000 });
  finishHookRun(recorder, { result: { outcome: 'pass', exitCode: 0 }, cwd: root, env: {}, gitCommonDir: gitDir, stderr: sink });
  return performance.now() - start;
};
// 3. Cold: what a hook pays, once per process, before the JIT has seen the code: fresh processes
// that load the monitor, then record one run against the same log.
const coldMs: number[] = [];
const coldCpuMs: number[] = [];
for (let i = 0; i < 15; i++) {
  const script = [
    `const { startHookRun, finishHookRun } = await import(${JSON.stringify(values['hook-run'])});`,
    "const { Writable } = await import('node:stream');",
    'const sink = new Writable({ write: (_c, _e, done) => done() });',
    'const t = performance.now(); const c = process.cpuUsage();',
    "const r = startHookRun('pre-commit');",
    "for (const p of ['config', 'git', 'registry', 'scan', 'report']) r.phase(p)();",
    "r.count('files', 3); r.cache('registry', { hits: 1, misses: 0 });",
    `finishHookRun(r, { result: { outcome: 'pass', exitCode: 0 }, cwd: ${JSON.stringify(root)}, env: {}, gitCommonDir: ${JSON.stringify(gitDir)}, stderr: sink });`,
    'const u = process.cpuUsage(c);',
    'process.stdout.write(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]));',
  ].join(' ');
  const [wall, cpu] = JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout) as [number, number];
  coldMs.push(wall);
  coldCpuMs.push(cpu);
}
// 4. Warm: the same in a loop in this process (the JIT's best case), for comparison.
const recordMs: number[] = [];
for (let i = 0; i < runs; i++) recordMs.push(recordOnce());
rmSync(root, { recursive: true, force: true });

const sortedImport = [...importMs].sort((a, b) => a - b);
const sortedRecord = [...recordMs].sort((a, b) => a - b);
const sortedCold = [...coldMs].sort((a, b) => a - b);
const summary = {
  note: 'milliseconds; wall min is the cost with least interference from other processes; cpu is the CPU time the process spent (user + system), which other load barely changes',
  importMs: { min: sortedImport[0], median: computeMedian(importMs), cpuMedian: computeMedian(importCpuMs), processes: importMs.length },
  coldRecordMs: { min: sortedCold[0], median: computeMedian(coldMs), cpuMedian: computeMedian(coldCpuMs), processes: coldMs.length },
  warmRecordMs: { min: sortedRecord[0], median: computeMedian(recordMs), p90: quantile(sortedRecord, 0.9), runs },
  perHookRunMs: {
    wallMin: sortedImport[0]! + sortedCold[0]!,
    wallMedian: computeMedian(importMs) + computeMedian(coldMs),
    cpuMedian: computeMedian(importCpuMs) + computeMedian(coldCpuMs),
  },
};
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);

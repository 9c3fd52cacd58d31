import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishHookRun, startHookRun } from '../../../src/perf/hook-run.js';
import { formatDeltaLine, formatTimingBreakdown } from '../../../src/report/timing.js';

const TIMING_TEXT = { formatDeltaLine, formatTimingBreakdown };
import { PERF_DEFAULTS } from '../../../src/config/perf-defaults.js';
import { runLogPaths } from '../../../src/perf/log-location.js';
import { locateRepository } from '../../../src/git/repository.js';
import { appendRunRecord, readRunLog } from '../../../src/perf/run-log.js';
import { readCachedBaseline, writeCachedBaseline } from '../../../src/perf/baseline-cache.js';
import { createTempRepo, type TempRepo } from '../../helpers/git-repo.js';
import { runBuiltCli } from '../../helpers/cli.js';
import { makeRecord } from './records.js';

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
  repo.write('a.txt', 'a\n');
  repo.gitOk(['add', 'a.txt']);
  repo.gitOk(['commit', '-q', '-m', 'init']);
});
afterEach(() => repo.cleanup());

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe('startHookRun', () => {
  it('samples the heap per phase only when asked (the --timing breakdown), and records 0 otherwise', () => {
    const held: number[][] = [];
    const heapOf = (recorder: ReturnType<typeof startHookRun>) => {
      // About 8 MB kept alive across the span, so the sampled heap must have grown.
      recorder.time('scan', () => held.push(Array.from({ length: 1_000_000 }, (_, i) => i)));
      return recorder.finish({ outcome: 'pass', exitCode: 0 }).phases.scan!.memBytes;
    };
    expect(heapOf(startHookRun('commit-msg', 'fast'))).toBe(0);
    expect(heapOf(startHookRun('commit-msg', 'fast', { memory: true }))).toBeGreaterThan(1_000_000);
    expect(held).toHaveLength(2);
  });
});

describe('finishHookRun', () => {
  it('appends one record per run to the common dir shared by worktrees', () => {
    const worktree = join(repo.home, 'wt');
    repo.gitOk(['worktree', 'add', '-q', worktree]);
    for (const cwd of [repo.dir, worktree]) {
      const recorder = startHookRun('pre-commit');
      recorder.time('scan', () => 1);
      const out = capture();
      finishHookRun(recorder, { text: TIMING_TEXT, result: { outcome: 'pass', exitCode: 0 }, env: {}, gitCommonDir: locateRepository(cwd, {})?.commonDir, perf: PERF_DEFAULTS, stderr: out.stream });
      expect(out.text()).toBe('');
    }
    const { records } = readRunLog(runLogPaths(join(repo.dir, '.git')).log);
    expect(records).toHaveLength(2);
    expect(records[0]!.phases.scan?.spans).toBe(1);
    expect(repo.gitOk(['status', '--porcelain'])).toBe('');
  });

  it('prints the delta line after a sustained slowdown', () => {
    const paths = runLogPaths(join(repo.dir, '.git'));
    mkdirSync(paths.dir, { recursive: true });
    for (let i = 0; i < 10; i++) appendRunRecord(paths.log, makeRecord({ path: 'full', durationMs: 1, startupMs: 0 }));
    for (let i = 0; i < 2; i++) appendRunRecord(paths.log, makeRecord({ path: 'full', durationMs: 5000, startupMs: 0 }));
    const out = capture();
    const finished = finishHookRun(startHookRun('pre-commit'), { text: TIMING_TEXT, result: { outcome: 'pass', exitCode: 0 }, env: {}, gitCommonDir: join(repo.dir, '.git'), perf: PERF_DEFAULTS, stderr: out.stream });
    // The usual run took 1 ms; this real one (with Node's start-up) and the two before it took far longer.
    expect(finished.verdict?.kind).toBe('regression');
    expect(out.text()).toMatch(/^pre-commit \d+ ms \(\+\d+% vs usual 1\.0 ms; other\)\n$/);
  });

  it('judges a usual run from the cached usual time, and a slow one exactly from the log', () => {
    const paths = runLogPaths(join(repo.dir, '.git'));
    mkdirSync(paths.dir, { recursive: true });
    // Usual runs of 10 s: any real run of this test is far faster, so it is never a regression.
    for (let i = 0; i < 10; i++) appendRunRecord(paths.log, makeRecord({ path: 'full', durationMs: 10_000, startupMs: 0 }));
    const run = () => finishHookRun(startHookRun('pre-commit'), { text: TIMING_TEXT, result: { outcome: 'pass', exitCode: 0 }, env: {}, gitCommonDir: join(repo.dir, '.git'), perf: PERF_DEFAULTS, stderr: capture().stream });
    expect(run().verdict).toMatchObject({ kind: 'usual', usualMs: 10_000 });
    // The first run computed and cached the usual time from the log...
    const logBytes = readRunLog(paths.log).sizeBytes;
    const cached = readCachedBaseline(paths.baselines, 'pre-commit full', { window: 30, recent: 3, logBytes });
    expect(cached?.totalMs.median).toBe(10_000);
    // ...so a changed log tail no longer matters to a run within the limit: the cache decides.
    writeCachedBaseline(paths.baselines, 'pre-commit full', { ...cached!, totalMs: { n: 10, median: 20_000, mad: 0 } });
    expect(run().verdict).toMatchObject({ kind: 'usual', usualMs: 20_000 });
    // A run over the cached limit is judged exactly, from the records in the log.
    writeCachedBaseline(paths.baselines, 'pre-commit full', { ...cached!, totalMs: { n: 10, median: 0.001, mad: 0 } });
    expect(run().verdict).toMatchObject({ kind: 'usual', usualMs: 10_000 });
  });

  it('prints the full breakdown with --timing', () => {
    const out = capture();
    const recorder = startHookRun('commit-msg');
    recorder.count('messages');
    recorder.cache('config', { hits: 0, misses: 1 });
    finishHookRun(recorder, { text: TIMING_TEXT, result: { outcome: 'pass', exitCode: 0 }, env: {}, gitCommonDir: join(repo.dir, '.git'), perf: PERF_DEFAULTS, stderr: out.stream, timing: true });
    expect(out.text()).toMatch(/^prove-hooks timing: commit-msg \d+\.\d ms\n {2}startup/);
    expect(out.text()).toContain('counts: messages 1');
    expect(out.text()).toContain('cache config: 0 hits, 1 miss (0% hits)');
  });

  it('writes nothing when perf.log is false', () => {
    const recorder = startHookRun('pre-push');
    finishHookRun(recorder, { text: TIMING_TEXT, result: { outcome: 'pass', exitCode: 0 }, env: {}, gitCommonDir: join(repo.dir, '.git'), stderr: capture().stream, perf: { ...PERF_DEFAULTS, log: false } });
    expect(readRunLog(runLogPaths(join(repo.dir, '.git')).log).records).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('says in one line that timing was not recorded when the git dir is read-only', () => {
    const gitDir = join(repo.dir, '.git');
    chmodSync(gitDir, 0o555);
    try {
      const out = capture();
      const finished = finishHookRun(startHookRun('pre-commit'), { text: TIMING_TEXT, result: { outcome: 'blocked', exitCode: 1 }, env: {}, gitCommonDir: join(repo.dir, '.git'), perf: PERF_DEFAULTS, stderr: out.stream });
      expect(finished.record.exitCode).toBe(1);
      expect(finished.logProblem).toMatch(/EACCES/);
      expect(out.text()).toMatch(/^prove-hooks: timing not recorded \(EACCES.*the check result is unaffected\n$/);
    } finally {
      chmodSync(gitDir, 0o755);
    }
  });

  it('says so, without throwing, when the log path is a directory', () => {
    const paths = runLogPaths(join(repo.dir, '.git'));
    mkdirSync(paths.log, { recursive: true });
    const out = capture();
    const finished = finishHookRun(startHookRun('pre-commit'), { text: TIMING_TEXT, result: { outcome: 'pass', exitCode: 0 }, env: {}, gitCommonDir: join(repo.dir, '.git'), perf: PERF_DEFAULTS, stderr: out.stream });
    expect(finished.logProblem).toMatch(/EISDIR/);
    expect(out.text()).toContain('timing not recorded');
  });

  it('reports running outside a repository without a line of noise', () => {
    const out = capture();
    const finished = finishHookRun(startHookRun('pre-commit'), { text: TIMING_TEXT, result: { outcome: 'pass', exitCode: 0 }, env: {}, gitCommonDir: undefined, perf: PERF_DEFAULTS, stderr: out.stream });
    expect(finished.logProblem).toBe('not inside a git repository');
    expect(out.text()).toBe('');
  });

  it('notes a compaction of the log in the record of the run that compacted it, and perf counts it', () => {
    const commonDir = locateRepository(repo.dir, {})!.commonDir;
    const paths = runLogPaths(commonDir);
    mkdirSync(paths.dir, { recursive: true });
    // Past the bound of 5 records (1 KiB each): the next run compacts the log to its newest 5.
    for (let i = 0; i < 40; i++) appendRunRecord(paths.log, makeRecord({ hook: 'pre-commit', path: 'full', counts: { padding: i }, caches: { registry: { hits: i, misses: 0, entries: 1, bytes: 99_999 } } }));
    const recorder = startHookRun('pre-commit');
    const out = capture();
    const finished = finishHookRun(recorder, { text: TIMING_TEXT, result: { outcome: 'pass', exitCode: 0 }, env: {}, gitCommonDir: commonDir, perf: { ...PERF_DEFAULTS, maxRecords: 5 }, stderr: out.stream });
    expect(finished.record.recoveries).toEqual([{ kind: 'baseline', recovery: 'rebuild', what: 'perf-log' }]);
    const { records } = readRunLog(paths.log);
    expect(records).toHaveLength(5);
    expect(records[records.length - 1]).toEqual(finished.record);
    // A run that does not compact notes nothing.
    const next = finishHookRun(startHookRun('pre-commit'), { text: TIMING_TEXT, result: { outcome: 'pass', exitCode: 0 }, env: {}, gitCommonDir: commonDir, perf: { ...PERF_DEFAULTS, maxRecords: 5 }, stderr: out.stream });
    expect(next.record.recoveries).toBeUndefined();
    const json = runBuiltCli(['perf', '--json'], { cwd: repo.dir, env: repo.env });
    expect(json.status, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as { hooks: { hook: string; recoveries: unknown[] }[] };
    expect(report.hooks.find((hook) => hook.hook === 'pre-commit')?.recoveries).toContainEqual({ kind: 'baseline', recovery: 'rebuild', what: 'perf-log', count: 1, runs: 1 });
  });
});

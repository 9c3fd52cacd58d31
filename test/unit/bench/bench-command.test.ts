import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COMPARE_POLICY, MIN_CHANGE_ROUNDS } from '../../../src/bench/compare.js';
import { runBenchSession } from '../../../src/bench/session.js';
import { CLI_PATH, runBuiltCli } from '../../helpers/cli.js';

// Real worker processes, kept small: these check the plumbing and the contract, not speed. The
// false-alarm rate and the 10% / 5% detection are measured by `node bench/run.mjs detection`.
const FAST = ['--suite', 'message', '--processes', '3', '--time', '10'];
let dir: string;
let saved: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'prove-hooks-bench-'));
  saved = join(dir, 'baseline.json');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('prove-hooks bench', () => {
  it('lists its suites', () => {
    const result = runBuiltCli(['bench', '--list']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^message {2}/m);
  });

  it('measures and saves a versioned baseline', () => {
    const result = runBuiltCli(['bench', ...FAST, '--save', saved]);
    // Not a terminal: plain progress lines, one per round.
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^bench: round 1 done/), expect.stringMatching(/^bench: round 2 done/), expect.stringMatching(/^bench: round 3 done/)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/message\/accepted +\d/);
    expect(result.stdout).toContain(`saved the current samples to ${saved}`);
    const baseline = JSON.parse(readFileSync(saved, 'utf8'));
    expect(baseline).toMatchObject({ format: 'prove-hooks-bench-baseline', version: 3, settings: { processes: 3, statistic: 'per-process-min', clock: 'min-wall-process-cpu' } });
    expect(baseline.benchmarks['message/accepted'].samples).toHaveLength(3);
  });

  it('compares with the saved baseline and prints the documented JSON', () => {
    const result = runBuiltCli(['bench', ...FAST, '--compare', saved, '--json']);
    expect([0, 1, 5]).toContain(result.status);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ schemaVersion: 2, mode: 'compare', settings: { test: 'welch-t-log-ratio', marginPercent: 5, alpha: 0.05 }, exitCode: result.status });
    expect(report.baseline).toMatchObject({ path: saved, foreign: [] });
    for (const benchmark of report.benchmarks) {
      expect(['improved', 'unchanged', 'regressed', 'inconclusive']).toContain(benchmark.verdict);
      expect(benchmark.baselineSamples).toHaveLength(3);
      expect(benchmark.currentSamples.length).toBe(benchmark.processes);
    }
  });

  it('runs the current build against itself with --aa: a verdict line per benchmark on stderr, the margin in the report, no folder left', () => {
    const own = mkdtempSync(join(tmpdir(), 'prove-hooks-aa-'));
    try {
      // registry is the suite that makes a temporary folder (its cache) in every process.
      const result = runBuiltCli(['bench', '--aa', '--suite', 'registry', '--suite', 'message', '--processes', '3', '--time', '10', '--budget', '60'], {
        env: { ...process.env, TMPDIR: own },
      });
      expect([0, 1, 5]).toContain(result.status);
      expect(result.stdout).toContain('A/A: the current build against itself');
      expect(result.stdout).toMatch(/benchmark +baseline +now +change +processes +verdict/);
      expect(result.stdout).toContain('margin ±5%');
      const verdictLines = result.stderr.split('\n').filter((line) => / (unchanged|regressed|improved|inconclusive) /.test(line));
      expect(verdictLines.map((line) => line.split(' ')[1]).sort()).toEqual([
        'message/accepted',
        'message/long-body',
        'message/rejected',
        'registry/cold/100-flags',
        'registry/cold/1000-flags',
        'registry/warm/1000-flags',
      ]);
      expect(readdirSync(own)).toEqual([]);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('a worker stopped by %s (Ctrl-C reaches the workers too) removes its temporary folders and ends by that signal', async (signal) => {
    const own = mkdtempSync(join(tmpdir(), 'prove-hooks-worker-'));
    try {
      // registry makes a folder (its cache) as soon as its cases are built, before the hello line.
      const child = spawn(process.execPath, [CLI_PATH, 'bench', '--worker', '--suite', 'registry', '--time', '10'], { env: { ...process.env, TMPDIR: own }, stdio: ['pipe', 'pipe', 'pipe'] });
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
      const hello = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
      expect(JSON.parse(hello).benchmarks).toContain('registry/warm/1000-flags');
      expect(readdirSync(own).length).toBeGreaterThan(0);
      child.kill(signal);
      expect(await ended).toEqual({ code: null, signal });
      expect(readdirSync(own)).toEqual([]);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('bench stopped by SIGTERM removes its temporary folder and ends by that signal', async () => {
    const own = mkdtempSync(join(tmpdir(), 'prove-hooks-parent-'));
    try {
      const parent = spawn(process.execPath, [CLI_PATH, 'bench', '--suite', 'message', '--processes', '3', '--time', '200', '--budget', '30'], { env: { ...process.env, TMPDIR: own }, stdio: ['ignore', 'ignore', 'pipe'] });
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => parent.on('close', (code, signal) => resolve({ code, signal })));
      // The first progress line comes once the workers run, inside the folder made before them.
      await new Promise<void>((resolve) => parent.stderr.once('data', () => resolve()));
      expect(readdirSync(own).length).toBeGreaterThan(0);
      parent.kill('SIGTERM');
      expect(await ended).toEqual({ code: null, signal: 'SIGTERM' });
      expect(readdirSync(own)).toEqual([]);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  }, 60_000);

  // Bounded by rounds, not by the clock: at a heavy load a round of two workers took 8 s and more,
  // so a 30 s budget ended some runs before the 5 rounds a change needs (an inconclusive verdict,
  // a failed test). Six rounds always run; the verdict must still be "regressed".
  it('flags the fixture slowed by half (A/B of two real worker launches, six rounds)', async () => {
    const launch = (factor: string) => (suites: readonly string[]) => ({
      command: process.execPath,
      args: [CLI_PATH, 'bench', '--worker', ...suites.flatMap((suite) => ['--suite', suite]), '--time', '20'],
      env: { ...process.env, PROVE_BENCH_FIXTURE_FACTOR: factor },
    });
    const result = await runBenchSession({
      mode: { kind: 'ab', reference: launch('1') },
      suites: ['fixture'],
      maxProcesses: MIN_CHANGE_ROUNDS + 1,
      // The rounds bound the run; the budget only keeps it from running for ever.
      budgetMs: 3_600_000,
      launcher: launch('1.5'),
      environment: { node: process.version, platform: process.platform, arch: process.arch, cpuModel: 'test', cpuCount: 1, machineId: 'test' },
      allowForeign: false,
      policy: DEFAULT_COMPARE_POLICY,
      now: () => performance.now(),
      timeMs: 20,
      slices: 4,
    });
    const verdicts = Object.fromEntries(result.comparison!.comparisons.map((c) => [c.id, c.verdict]));
    expect(result.rounds).toBeGreaterThanOrEqual(MIN_CHANGE_ROUNDS);
    expect(verdicts['fixture/adjusted']).toBe('regressed');
    expect(verdicts['fixture/steady']).not.toBe('regressed');
  }, 300_000);

  it('leaves the self-test fixture out of a plain run and lists it as a self-test', () => {
    const list = runBuiltCli(['bench', '--list']);
    expect(list.stdout).toMatch(/^fixture +self-test/m);
    const badFactor = runBuiltCli(['bench', '--suite', 'fixture', '--processes', '3', '--time', '10'], { env: { ...process.env, PROVE_BENCH_FIXTURE_FACTOR: 'fast' } });
    expect(badFactor.status).toBe(2);
    expect(badFactor.stderr).toContain('PROVE_BENCH_FIXTURE_FACTOR must be a number');
  });

  it('refuses a baseline from another machine, and marks it with --allow-foreign', () => {
    const foreign = join(dir, 'foreign.json');
    const baseline = JSON.parse(readFileSync(saved, 'utf8'));
    writeFileSync(foreign, JSON.stringify({ ...baseline, environment: { ...baseline.environment, machineId: 'elsewhere', node: 'v18.0.0' } }));
    const refused = runBuiltCli(['bench', ...FAST, '--compare', foreign]);
    expect(refused.status).toBe(5);
    expect(refused.stderr).toContain('another machine');
    expect(refused.stderr).toContain('--allow-foreign');
    expect(refused.stdout).toBe('');
    const marked = runBuiltCli(['bench', ...FAST, '--compare', foreign, '--allow-foreign', '--json']);
    expect(JSON.parse(marked.stdout).baseline.foreign).toHaveLength(2);
  });

  it.each([
    ['corrupt', '{"format":"prove-hooks-bench-baseline",'],
    ['empty', ''],
  ])('reports a %s baseline with exit 5 and no stack trace', (name, content) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, content);
    const result = runBuiltCli(['bench', ...FAST, '--compare', path]);
    expect(result.status).toBe(5);
    expect(result.stderr).toMatch(/baseline error: the baseline .* (is not valid JSON|is empty)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['--aa', '--compare', 'x.json'], /cannot be combined/],
    [['--processes', '1'], /--processes must be a whole number from 3/],
    [['--suite', 'nope'], /unknown benchmark suite 'nope'/],
    [['--time', 'soon'], /--time must be a whole number/],
    [['--budget', '0'], /--budget must be a whole number from 1/],
  ])('rejects %j with the usage exit code', (args, message) => {
    const result = runBuiltCli(['bench', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('a benchmark worker killed mid-run', () => {
  /** The ids of the processes `pid` started (Linux /proc). */
  function childrenOf(pid: number): number[] {
    try {
      return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // Recovered on purpose: the process has ended, it has no children left.
      return [];
    }
  }

  it.runIf(process.platform === 'linux')('leaves no temporary folder: the workers make theirs in the parent’s, which the parent removes', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'prove-hooks-bench-kill-'));
    try {
      const parent = spawn(process.execPath, [CLI_PATH, 'bench', '--suite', 'registry', '--processes', '3', '--time', '200', '--budget', '20'], { env: { ...process.env, TMPDIR: temp }, stdio: 'ignore' });
      const ended = new Promise<void>((resolve) => parent.on('exit', () => resolve()));
      // Once a worker has made the registry suite's folder, kill it as `kill -9` would.
      const entries = (): string[] => readdirSync(temp, { recursive: true, encoding: 'utf8' });
      let before: Set<string> | undefined;
      let killed = false;
      for (let waited = 0; waited < 30_000 && !killed && parent.exitCode === null; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const worker = childrenOf(parent.pid!)[0];
        if (worker === undefined) continue;
        before ??= new Set(entries());
        if (entries().some((name) => !before!.has(name))) {
          process.kill(worker, 'SIGKILL');
          killed = true;
        }
      }
      expect(killed).toBe(true);
      await ended;
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }, 60_000);
});

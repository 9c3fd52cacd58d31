import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../helpers/cli.js';

// Real worker processes, kept small: these check the plumbing and the contract, not speed.
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
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/message\/accepted +\d/);
    expect(result.stdout).toContain(`saved the current samples to ${saved}`);
    const baseline = JSON.parse(readFileSync(saved, 'utf8'));
    expect(baseline).toMatchObject({ format: 'prove-hooks-bench-baseline', version: 1, settings: { processes: 3, statistic: 'per-process-min' } });
    expect(baseline.benchmarks['message/accepted'].samples).toHaveLength(3);
  });

  it('compares with the saved baseline and prints the documented JSON', () => {
    const result = runBuiltCli(['bench', ...FAST, '--compare', saved, '--json']);
    expect([0, 1, 5]).toContain(result.status);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ schemaVersion: 1, mode: 'compare', settings: { correction: 'holm', minEffectPercent: 5 }, exitCode: result.status });
    expect(report.baseline).toMatchObject({ path: saved, foreign: [] });
    for (const benchmark of report.benchmarks) {
      expect(['improved', 'unchanged', 'regressed', 'inconclusive']).toContain(benchmark.verdict);
      expect(benchmark.baselineSamples).toHaveLength(3);
      expect(benchmark.currentSamples).toHaveLength(3);
    }
  });

  it('runs the current build against itself with --aa', () => {
    const result = runBuiltCli(['bench', ...FAST, '--aa']);
    expect([0, 5]).toContain(result.status);
    expect(result.stdout).toContain('A/A: the current build against itself');
    expect(result.stdout).toMatch(/benchmark +baseline +now +change +verdict/);
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
  ])('rejects %j with the usage exit code', (args, message) => {
    const result = runBuiltCli(['bench', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBaseline, readBaselineFile, writeBaselineFile } from '../../../src/bench/baseline-file.js';
import { describeEnvironmentMismatch, readBenchEnvironment } from '../../../src/bench/environment.js';
import { BaselineError } from '../../../src/errors.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'prove-hooks-baseline-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const environment = readBenchEnvironment();
const baseline = createBaseline({
  samples: { 'message/accepted': [0.01, 0.011, 0.0105] },
  environment,
  processes: 3,
  timeMs: 100,
  proveHooksVersion: '0.1.0',
  createdAt: new Date('2026-11-22T10:00:00Z'),
});

describe('baseline files', () => {
  it('round-trips a saved baseline', async () => {
    const path = join(dir, 'b.json');
    await writeBaselineFile(path, baseline);
    expect(await readBaselineFile(path)).toEqual(baseline);
  });

  it.each([
    ['missing', undefined, /cannot read the baseline/],
    ['empty', '', /is empty/],
    ['truncated', JSON.stringify(baseline).slice(0, 50), /not valid JSON/],
    ['not a baseline', '{"hello":"world"}', /not a prove-hooks benchmark baseline at format/],
    ['from a newer format', JSON.stringify({ ...baseline, version: 4 }), /format version 4; this prove-hooks reads version 3/],
    ['of version 2 (process CPU time samples)', JSON.stringify({ ...baseline, version: 2 }), /format version 2; this prove-hooks reads version 3/],
    ['of version 1 (wall-clock samples)', JSON.stringify({ ...baseline, version: 1 }), /format version 1; this prove-hooks reads version 3/],
    ['with a negative sample', JSON.stringify({ ...baseline, benchmarks: { 'x/y': { unit: 'ms/op', samples: [-1] } } }), /at benchmarks.x\/y.samples.0/],
    ['with no samples', JSON.stringify({ ...baseline, benchmarks: { 'x/y': { unit: 'ms/op', samples: [] } } }), /at benchmarks.x\/y.samples/],
  ])('reports a %s baseline as a BaselineError with exit 5 and a fix', async (_name, content, message) => {
    const path = join(dir, 'b.json');
    if (content !== undefined) writeFileSync(path, content);
    const error = await readBaselineFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BaselineError);
    expect((error as BaselineError).message).toMatch(message);
    expect((error as BaselineError).exitCode).toBe(5);
    expect((error as BaselineError).hint).toContain('--save');
  });
});

describe('readBenchEnvironment', () => {
  it('records the node flags the benchmark processes get (their NODE_OPTIONS), and a saved baseline keeps them', async () => {
    const flagged = readBenchEnvironment({ NODE_OPTIONS: ' --max-semi-space-size=64   --jitless ' });
    expect(flagged.nodeFlags).toBe('--max-semi-space-size=64 --jitless');
    expect(readBenchEnvironment({}).nodeFlags).toBe('');
    const path = join(dir, 'flags.json');
    await writeBaselineFile(path, createBaseline({ samples: { a: [1] }, environment: flagged, processes: 1, timeMs: 10, proveHooksVersion: '0.1.0', createdAt: new Date(0) }));
    expect((await readBaselineFile(path)).environment.nodeFlags).toBe('--max-semi-space-size=64 --jitless');
  });

  it('compares a baseline saved before node flags were recorded without a word about them', () => {
    const { nodeFlags: _dropped, ...older } = readBenchEnvironment({ NODE_OPTIONS: '--jitless' });
    expect(describeEnvironmentMismatch(older, readBenchEnvironment({}))).toEqual([]);
  });
});

describe('describeEnvironmentMismatch', () => {
  it('finds nothing wrong with the same environment', () => {
    expect(describeEnvironmentMismatch(environment, environment)).toEqual([]);
  });

  it.each([
    ['machine', { machineId: 'ffff' }, /another machine/],
    ['Node version', { node: 'v18.0.0' }, /Node v18.0.0/],
    ['platform', { platform: 'win32' }, /win32/],
    ['set of node flags', { nodeFlags: '--jitless' }, /node flags '--jitless', this run has none/],
  ])('reports another %s', (_name, change, message) => {
    const problems = describeEnvironmentMismatch({ ...environment, ...change }, environment);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });
});

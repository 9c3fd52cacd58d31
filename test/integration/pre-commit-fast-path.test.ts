import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as FastPath from '../../src/hooks/pre-commit-fast-path.js';
import { CLI_PATH } from '../helpers/cli.js';
import { createFlagRepo, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

// The pre-commit fast path is the hook's own code built without the config and registry parsers
// (scripts/build.mjs): only the built file can show that a cache miss is handed over, so these
// tests load dist/pre-commit-fast-path.cjs (npm test builds first) in-process, in real repositories.
const FAST_PATH_FILE = join(CLI_PATH, '..', 'pre-commit-fast-path.cjs');
const FULL_CLI_FILE = join(CLI_PATH, '..', 'cli-full.cjs');
const fastPath = createRequire(import.meta.url)(FAST_PATH_FILE) as typeof FastPath;

let repo: TempRepo;
beforeEach(() => {
  repo = createFlagRepo();
});
afterEach(() => repo.cleanup());

/** Runs the fast path in-process; what it printed, and its outcome. */
async function runFastPath(argv: readonly string[] = ['pre-commit'], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const sink = (write: (text: string) => void) => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => write(chunk.toString('utf8')));
    return stream;
  };
  const io = {
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
    stdin: new PassThrough(),
    env: { ...repo.env, ...env },
    cwd: repo.dir,
  };
  const outcome = await fastPath.tryFastPreCommit(argv, io);
  await new Promise((resolve) => setImmediate(resolve));
  return { outcome, stdout, stderr };
}

/** The full CLI alone (not through the launcher, which would take the fast path). */
function runFullCli(args: readonly string[] = ['pre-commit']) {
  const result = spawnSync(process.execPath, [FULL_CLI_FILE, ...args], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const perfLog = () => join(repo.dir, '.git', 'prove-hooks', 'perf.jsonl');
const perfRecords = (): { hook: string; outcome: string }[] =>
  existsSync(perfLog()) ? readFileSync(perfLog(), 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)) : [];

function stageFlagUse(): void {
  repo.write('src/app.ts', "if (ldClient.variation('new-checkout', false)) start();\nif (ldClient.variation('no-such-flag', false)) stop();\n");
  repo.gitOk(['add', 'src/app.ts']);
}

describe('the pre-commit fast path (dist/pre-commit-fast-path.cjs)', () => {
  it('hands a run with cold caches to the full CLI, having printed and recorded nothing', async () => {
    stageFlagUse();
    rmSync(join(repo.dir, '.git', 'prove-hooks'), { recursive: true, force: true });
    const { outcome, stdout, stderr } = await runFastPath();
    expect(outcome).toMatchObject({ decided: false, reason: expect.stringMatching(/config cache miss/) });
    expect(stdout + stderr).toBe('');
    expect(perfRecords()).toEqual([]);
  });

  it('decides a run with warm caches exactly as the full CLI does, and records it once', async () => {
    stageFlagUse();
    const full = runFullCli();
    expect(full.status).toBe(1);
    expect(full.stderr).toMatch(/unknown flag 'no-such-flag'/);
    const before = perfRecords().length;
    const { outcome, stdout, stderr } = await runFastPath();
    expect(outcome).toEqual({ decided: true, exitCode: 1 });
    expect({ stdout, stderr }).toEqual({ stdout: full.stdout, stderr: full.stderr });
    expect(perfRecords().slice(before)).toMatchObject([{ hook: 'pre-commit', outcome: 'blocked' }]);
  });

  it('decides a clean commit with exit 0 and no output', async () => {
    repo.write('src/app.ts', "if (ldClient.variation('new-checkout', false)) start();\n");
    repo.gitOk(['add', 'src/app.ts']);
    expect(runFullCli().status).toBe(0);
    const { outcome, stdout, stderr } = await runFastPath();
    expect(outcome).toEqual({ decided: true, exitCode: 0 });
    expect(stdout + stderr).toBe('');
  });

  it('hands over when the staged registry was never parsed (it changed since the last run)', async () => {
    stageFlagUse();
    expect(runFullCli().status).toBe(1);
    repo.write('flags.json', JSON.stringify({ flags: [{ key: 'new-checkout' }, { key: 'no-such-flag' }] }));
    repo.gitOk(['add', 'flags.json']);
    const before = perfRecords().length;
    const { outcome, stdout, stderr } = await runFastPath();
    expect(outcome).toMatchObject({ decided: false, reason: expect.stringMatching(/registry cache miss/) });
    expect(stdout + stderr).toBe('');
    expect(perfRecords()).toHaveLength(before);
    // The full CLI (which the launcher then runs) judges by the new registry.
    expect(runFullCli().status).toBe(0);
  });

  it('reports a problem the way the full CLI does (a registry that is gone)', async () => {
    stageFlagUse();
    expect(runFullCli().status).toBe(1);
    repo.gitOk(['rm', '-q', 'flags.json']);
    const full = runFullCli();
    expect(full.status).toBe(3);
    const { outcome, stdout, stderr } = await runFastPath();
    expect(outcome).toEqual({ decided: true, exitCode: 3 });
    expect({ stdout, stderr }).toEqual({ stdout: full.stdout, stderr: full.stderr });
  });

  it('leaves options, other commands and debug runs to the full CLI', async () => {
    stageFlagUse();
    expect(runFullCli().status).toBe(1);
    for (const argv of [['pre-commit', '--timing'], ['pre-commit', '--format', 'json'], ['pre-push'], []]) {
      expect((await runFastPath(argv)).outcome.decided).toBe(false);
    }
    expect((await runFastPath(['pre-commit'], { PROVE_DEBUG: '1' })).outcome.decided).toBe(false);
  });

  it('through the bin: a cold run and a warm run print what the full CLI prints, one record each', () => {
    stageFlagUse();
    rmSync(join(repo.dir, '.git', 'prove-hooks'), { recursive: true, force: true });
    const cold = runIn(repo, ['pre-commit']);
    const warm = runIn(repo, ['pre-commit']);
    const full = runFullCli();
    for (const result of [cold, warm]) expect({ status: result.status, stderr: result.stderr, stdout: result.stdout }).toEqual(full);
    expect(perfRecords().filter((record) => record.hook === 'pre-commit')).toHaveLength(3);
  });
});

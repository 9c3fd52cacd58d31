import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLogPaths } from '../../../src/perf/log-location.js';
import { readRunLog } from '../../../src/perf/run-log.js';
import { runBuiltCli } from '../../helpers/cli.js';
import { createTempRepo, type TempRepo } from '../../helpers/git-repo.js';

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
});
afterEach(() => repo.cleanup());

const records = () => readRunLog(runLogPaths(join(repo.dir, '.git')).log).records;

describe('hook runs are measured', () => {
  it('records one commit-msg run with its phases, counters and config cache', () => {
    repo.write('.git/COMMIT_EDITMSG', 'feat: add the login page [T-2026-11-22-001] [MODE:F]\n');
    const result = runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: repo.env });
    expect(result.status).toBe(0);
    const [record, ...rest] = records();
    expect(rest).toEqual([]);
    expect(record).toMatchObject({ hook: 'commit-msg', outcome: 'pass', exitCode: 0, counts: { messages: 1 } });
    expect(Object.keys(record!.phases)).toEqual(expect.arrayContaining(['config', 'git', 'scan', 'report']));
    expect(record!.caches.config).toBeDefined();
  });

  it('records a rejected message as blocked, and prints the breakdown with PROVE_TIMING=1', () => {
    repo.write('.git/COMMIT_EDITMSG', 'bad message\n');
    const result = runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: { ...repo.env, PROVE_TIMING: '1' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/prove-hooks timing: commit-msg \d+\.\d ms/);
    expect(result.stderr).toMatch(/\n {2}config +\d/);
    expect(records()[0]).toMatchObject({ outcome: 'blocked', exitCode: 1 });
  });

  it('records nothing for a skipped run', () => {
    repo.write('.git/COMMIT_EDITMSG', 'bad message\n');
    runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: { ...repo.env, PROVE_SKIP: '1' } });
    expect(records()).toEqual([]);
  });

  it('records nothing with perf.log false, and the hook works the same', () => {
    repo.write('.proverc.json', JSON.stringify({ perf: { log: false } }));
    repo.write('.git/COMMIT_EDITMSG', 'feat: add the login page [T-2026-11-22-001] [MODE:F]\n');
    expect(runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: repo.env }).status).toBe(0);
    expect(records()).toEqual([]);
  });
});

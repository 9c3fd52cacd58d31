// The perf monitor compares like with like: a full-CLI run (after a merge, a branch switch, a
// rejection) is judged against full runs only, never against the fast path's usual time, and its
// delta line comes after the rejection it follows, on the same stream.
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLogPaths } from '../../src/perf/log-location.js';
import { appendRunRecord } from '../../src/perf/run-log.js';
import type { RunPath, RunRecord } from '../../src/perf/run-record.js';
import { runBuiltCli } from '../helpers/cli.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const tempRepo = tempReposPerTest();
const BAD = 'feature: add the login page';

/**
 * Thirty earlier commit-msg runs of `path`: 28 that took 1 ms, then 2 slow ones (the recent runs
 * the monitor also asks to be slow before it reports), so any real run reads as a regression.
 */
function logEarlierRuns(repo: TempRepo, path: RunPath): void {
  const paths = runLogPaths(join(repo.dir, '.git'));
  mkdirSync(paths.dir, { recursive: true });
  for (let i = 0; i < 30; i++) {
    const record: RunRecord = {
      v: 1, id: `${path}-${i}`, hook: 'commit-msg', path, at: Date.now() - 60_000 + i, outcome: 'pass', exitCode: 0,
      startupMs: 0.5, durationMs: i >= 28 ? 500 : 0.5 + (i % 3) * 0.01, phases: {}, counts: {}, caches: {}, node: process.version,
    };
    appendRunRecord(paths.log, record);
  }
}

function rejectOnce(repo: TempRepo) {
  writeFileSync(join(repo.dir, '.git/COMMIT_EDITMSG'), `${BAD}\n`);
  return runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: repo.env });
}

describe('perf deltas compare like with like', () => {
  it('a full-CLI run is not compared with the usual time of the fast path', () => {
    const repo = tempRepo();
    logEarlierRuns(repo, 'fast');
    const result = rejectOnce(repo);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).not.toContain('vs usual');
  });

  it('a full-CLI run slower than the usual full run prints its delta after the whole rejection, on the same stream', () => {
    const repo = tempRepo();
    logEarlierRuns(repo, 'full');
    const result = rejectOnce(repo);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toContain('vs usual');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^commit-msg \d+(\.\d+)? ms \(\+[\d,.]+% vs usual 1(\.0)? ms/);
    expect(lines.at(-2)).toContain('git commit --edit --file=');
  });

  it('a passing fast-path run slower than its usual time prints its delta line alone on stderr', () => {
    const repo = tempRepo();
    // Warm caches, as after a clone's first commit: git's settings are cached from config files older than its racy window.
    const past = new Date(Date.now() - 60_000);
    for (const file of [join(repo.dir, '.git', 'config'), repo.env.GIT_CONFIG_GLOBAL!]) if (existsSync(file)) utimesSync(file, past, past);
    expect(runBuiltCli(['check-msg', 'feat: add the login page [T-2026-11-22-002] [MODE:F]'], { cwd: repo.dir, env: repo.env }).status).toBe(0);
    logEarlierRuns(repo, 'fast');
    writeFileSync(join(repo.dir, '.git/COMMIT_EDITMSG'), 'feat: add the login page [T-2026-11-22-002] [MODE:F]\n');
    const result = runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: repo.env });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^commit-msg \d+(\.\d+)? ms \(\+[\d,.]+% vs usual 1(\.0)? ms[^\n]*\)\n$/);
    // The message fast path decided it (the launcher writes its line to fd 2 itself).
    const records = readFileSync(runLogPaths(join(repo.dir, '.git')).log, 'utf8').trim().split('\n');
    expect(JSON.parse(records.at(-1)!)).toMatchObject({ hook: 'commit-msg', path: 'fast', outcome: 'pass' });
  });
});

import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarizeHistory } from '../../../src/perf/history.js';
import { runLogPaths } from '../../../src/perf/log-location.js';
import { formatSparkline } from '../../../src/report/sparkline.js';
import { runBuiltCli } from '../../helpers/cli.js';
import { createTempRepo, type TempRepo } from '../../helpers/git-repo.js';
import { makeRecord } from './records.js';

describe('formatSparkline', () => {
  it.each([
    [[], ''],
    [[5, 5, 5], '▁▁▁'],
    [[0, 1, 2, 3, 4, 5, 6, 7], '▁▂▃▄▅▆▇█'],
    [[10, 0, 10], '█▁█'],
  ])('draws %j as %s', (values, expected) => {
    expect(formatSparkline(values)).toBe(expected);
  });
});

describe('summarizeHistory', () => {
  it('summarises each hook with its parts and cache health over the window', () => {
    const runs = [
      makeRecord({ hook: 'commit-msg', durationMs: 10, phaseMs: { config: 4 }, caches: { config: { hits: 0, misses: 1 } } }),
      makeRecord({ hook: 'pre-commit', durationMs: 100, phaseMs: { scan: 60 }, caches: { registry: { hits: 3, misses: 1, entries: 9, bytes: 900 } } }),
      makeRecord({ hook: 'pre-commit', durationMs: 120, phaseMs: { scan: 80 }, caches: { registry: { hits: 5, misses: 1, entries: 10, bytes: 1000 } } }),
      makeRecord({ hook: 'pre-commit', durationMs: 5, outcome: 'error', exitCode: 3 }),
    ];
    const [commitMsg, preCommit] = summarizeHistory(runs, { window: 30, historyLength: 40 });
    expect(commitMsg).toMatchObject({ hook: 'commit-msg', runs: 1, baseline: { runs: 1, medianMs: 10 } });
    expect(preCommit).toMatchObject({
      hook: 'pre-commit',
      runs: 3,
      outcomes: { pass: 2, blocked: 0, error: 1 },
      baseline: { runs: 2, medianMs: 110, madMs: 10 },
      latest: { totalMs: 5, outcome: 'error' },
      historyMs: [100, 120, 5],
      caches: [{ name: 'registry', hits: 8, misses: 2, hitRate: 0.8, entries: 10, bytes: 1000 }],
    });
    expect(preCommit!.parts.map((part) => part.name)).toEqual(['scan', 'other']);
  });

  it('counts error runs by error kind, and older records without a kind as unknown', () => {
    const runs = [
      makeRecord({ outcome: 'error', exitCode: 3, errorKind: 'config' }),
      makeRecord({ outcome: 'error', exitCode: 3, errorKind: 'registry' }),
      makeRecord({ outcome: 'error', exitCode: 3, errorKind: 'config' }),
      makeRecord({ outcome: 'error', exitCode: 4 }),
      makeRecord({ outcome: 'blocked', exitCode: 1 }),
    ];
    const [preCommit] = summarizeHistory(runs, { window: 30, historyLength: 40 });
    expect(preCommit!.errors).toEqual([
      { exitCode: 3, runs: 3 },
      { exitCode: 4, runs: 1 },
    ]);
    expect(preCommit!.errorKinds).toEqual([
      { kind: 'config', runs: 2 },
      { kind: 'registry', runs: 1 },
      { kind: 'unknown', runs: 1 },
    ]);
  });
});

describe('prove-hooks perf', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.cleanup());

  function writeLog(lines: string[]): void {
    const paths = runLogPaths(join(repo.dir, '.git'));
    mkdirSync(paths.dir, { recursive: true });
    writeFileSync(paths.log, lines.join('\n') + '\n');
  }

  it('prints each hook with a sparkline, its baseline and cache health', () => {
    writeLog(
      Array.from({ length: 12 }, (_, i) =>
        JSON.stringify(makeRecord({ durationMs: 100 + i, phaseMs: { scan: 50 + i }, caches: { registry: { hits: 9, misses: 1, entries: 40 } } })),
      ),
    );
    const result = runBuiltCli(['perf'], { cwd: repo.dir, env: repo.env });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('prove-hooks perf: 12 runs in');
    expect(result.stdout).toMatch(/pre-commit: 12 runs \(12 pass\); usual 106 ms ± 3\.0 ms MAD over 12 runs; latest 111 ms \(pass\)/);
    expect(result.stdout).toMatch(/ {2}scan +55\.5 ms {2}▁▁▂▃▃▄▅▆▆▇██/);
    expect(result.stdout).toContain('cache registry: 90.0% hits (108 of 120), 40 entries');
  });

  it("takes the baseline over the user's perf.window, not the default one", () => {
    writeLog(Array.from({ length: 12 }, (_, i) => JSON.stringify(makeRecord({ durationMs: 100 + i }))));
    writeFileSync(join(repo.dir, '.proverc.json'), JSON.stringify({ perf: { window: 5 } }));
    const report = JSON.parse(runBuiltCli(['perf', '--json'], { cwd: repo.dir, env: repo.env }).stdout);
    expect(report.hooks[0]).toMatchObject({ runs: 12, baseline: { runs: 5, medianMs: 109 } });
  });

  it('recovers from corrupt, truncated and foreign lines and says how many it skipped', () => {
    const good = JSON.stringify(makeRecord());
    writeLog(['garbage', good, JSON.stringify({ ...makeRecord(), v: 9 }), good.slice(0, 20)]);
    appendFileSync(runLogPaths(join(repo.dir, '.git')).log, good.slice(0, 10));
    const result = runBuiltCli(['perf', '--json'], { cwd: repo.dir, env: repo.env });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ schemaVersion: 1, log: { records: 1, corrupt: 2, unknownVersion: 1 } });
    expect(report.hooks).toHaveLength(1);
  });

  it('reads an empty log and says nothing was recorded yet', () => {
    writeLog([]);
    const result = runBuiltCli(['perf'], { cwd: repo.dir, env: repo.env });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No hook runs recorded yet');
  });

  it('filters by --hook', () => {
    writeLog([JSON.stringify(makeRecord({ hook: 'commit-msg' })), JSON.stringify(makeRecord({ hook: 'pre-push' }))]);
    const report = JSON.parse(runBuiltCli(['perf', '--json', '--hook', 'pre-push'], { cwd: repo.dir, env: repo.env }).stdout);
    expect(report.hooks.map((hook: { hook: string }) => hook.hook)).toEqual(['pre-push']);
  });

  it('rejects a bad --last with the usage exit code', () => {
    const result = runBuiltCli(['perf', '--last', 'many'], { cwd: repo.dir, env: repo.env });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--last must be a whole number');
  });

  it('fails with the environment exit code outside a repository', () => {
    const result = runBuiltCli(['perf'], { cwd: repo.home, env: { ...repo.env, GIT_CEILING_DIRECTORIES: repo.home } });
    expect(result.status).toBe(4);
  });
});

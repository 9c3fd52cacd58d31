import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFlagRepo, ld, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const GOOD = (n: number) => `feat: change ${n} [T-2026-11-22-00${n}] [MODE:F]`;
/** No CI system visible, whatever runs the tests. */
const NO_CI = { GITHUB_ACTIONS: '', GITLAB_CI: '', GITHUB_EVENT_PATH: '' };

function commit(message: string, file = `f-${Math.random()}.txt`, content = 'x\n'): string {
  repo.write(file, content);
  repo.gitOk(['add', '-A']);
  repo.gitOk(['commit', '-q', '--no-verify', '-m', message]);
  return repo.gitOk(['rev-parse', 'HEAD']).trim();
}

function json(result: { stdout: string; stderr: string; status: number | null }) {
  try {
    return JSON.parse(result.stdout) as {
      range: { base: string; head: string; source: string; commits: number };
      messages: { rejected: Array<{ commit: string; violations: Array<{ rule: string }> }>; helpUrl: string | null };
      flags: { findings: Array<{ rule: string; flag: string }> } | null;
    };
  } catch {
    throw new Error(`not JSON (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

describe('prove-hooks check --range', () => {
  it('checks every message and the flags of the range: one report, one exit code', () => {
    repo = createFlagRepo();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    commit(GOOD(1));
    const bad = commit('did stuff');
    commit(GOOD(2), 'a.ts', `${ld('range-unknown')}\n`);
    const result = runIn(repo, ['check', '--range', `${base}..HEAD`, '--format', 'json'], { env: NO_CI });
    expect(result.status, result.stderr).toBe(1);
    const report = json(result);
    expect(report.range).toMatchObject({ base, source: 'option', commits: 3 });
    expect(report.messages.rejected.map((r) => r.commit)).toEqual([bad]);
    expect(report.messages.rejected[0]!.violations.map((v) => v.rule)).toEqual(['type-missing', 'task-id-missing', 'mode-missing']);
    expect(report.flags!.findings.map((f) => [f.rule, f.flag])).toEqual([['flag-unknown', 'range-unknown']]);
    // The text report says the same in words.
    const text = runIn(repo, ['check', '--range', `${base}..HEAD`], { env: NO_CI });
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/^prove-hooks check: [0-9a-f]{12}\.\.[0-9a-f]{12} \(.*\): 3 commits, 1 message rejected, 1 flag finding\n/);
    expect(text.stdout).toContain('did stuff');
  });

  it('passes a clean range with exit 0', () => {
    repo = createFlagRepo();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    commit(GOOD(1));
    const result = runIn(repo, ['check', '--range', `${base}..HEAD`], { env: NO_CI });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('1 commit, 0 messages rejected, 0 flag findings');
  });

  it('exempts merge titles only on merge commits', () => {
    repo = createFlagRepo();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    const fake = commit("Merge branch 'topic'");
    repo.gitOk(['checkout', '-q', '-b', 'topic', base]);
    commit(GOOD(3));
    repo.gitOk(['checkout', '-q', '-']);
    repo.gitOk(['merge', '-q', '--no-ff', '--no-verify', '--no-edit', 'topic']);
    const report = json(runIn(repo, ['check', '--range', `${base}..HEAD`, '--json'], { env: NO_CI }));
    expect(report.range.commits).toBe(3);
    expect(report.messages.rejected.map((r) => r.commit)).toEqual([fake]);
  });

  it('exempts fixup!, squash! and amend! only when the subject after the prefix passes (no made-up subject gets through)', () => {
    repo = createFlagRepo();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    const target = commit(GOOD(1));
    // What git commit --fixup/--squash writes: the target's own subject, checked when it was made.
    repo.gitOk(['commit', '-q', '--no-verify', '--allow-empty', `--fixup=${target}`]);
    repo.gitOk(['commit', '-q', '--no-verify', '--allow-empty', `--squash=${target}`, '-m', 'more']);
    commit(`fixup! fixup! ${GOOD(1)}`);
    // Written by hand: any text after the prefix, no commit to be squashed into.
    const madeUp = [commit('fixup! anything at all'), commit('squash! lol'), commit('amend! wip')];
    const report = json(runIn(repo, ['check', '--range', `${base}..HEAD`, '--json'], { env: NO_CI }));
    expect(report.range.commits).toBe(7);
    expect(report.messages.rejected.map((r) => r.commit).sort()).toEqual([...madeUp].sort());
  });

  it('exempts Revert "..." and Reapply "..." only when the quoted subject passes (no made-up subject gets through)', () => {
    repo = createFlagRepo();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    const target = commit(GOOD(1));
    // What git revert writes: the reverted commit's own subject, checked when it was made; a
    // revert of that revert, and of a merge, quote what git wrote there.
    repo.gitOk(['revert', '--no-edit', target], { env: { ...repo.env, GIT_EDITOR: 'true' } });
    repo.gitOk(['-c', 'core.hooksPath=/dev/null', 'revert', '--no-edit', 'HEAD']);
    commit(`Revert "Merge branch 'topic'"`);
    // Written by hand: any text between the quotes, no commit behind it.
    const madeUp = [commit('Revert "lol"'), commit('Reapply "wip"'), commit('Revert "Revert "anything""'), commit('fixup! Revert "no"')];
    const report = json(runIn(repo, ['check', '--range', `${base}..HEAD`, '--json'], { env: NO_CI }));
    expect(report.range.commits).toBe(8);
    expect(report.messages.rejected.map((r) => r.commit).sort()).toEqual([...madeUp].sort());
  });

  it('emits GitHub annotations and SARIF for messages and flags', () => {
    repo = createFlagRepo();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    const bad = commit('did stuff', 'a.ts', `${ld('range-unknown')}\n`);
    const github = runIn(repo, ['check', '--range', `${base}..HEAD`, '--format', 'github'], { env: NO_CI });
    expect(github.status).toBe(1);
    expect(github.stdout).toContain(`::error title=commit ${bad.slice(0, 12)}%3A type-missing::`);
    expect(github.stdout).toMatch(/::error file=a\.ts,line=1,.*title=flag-unknown range-unknown::/);
    const sarif = JSON.parse(runIn(repo, ['check', '--range', `${base}..HEAD`, '--format', 'sarif'], { env: NO_CI }).stdout);
    const ids = sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId);
    expect(ids).toContain('commit-msg/type-missing');
    expect(ids).toContain('flag-unknown');
  });

  it.each([
    [['check', '--range', 'nonsense'], 2, /is not <base>\.\.<head>/],
    [['check', '--range', 'main...HEAD'], 2, /is not <base>\.\.<head>/],
    [['check', '--range', 'nope..HEAD'], 4, /the base commit nope is not in this clone/],
    [['check'], 2, /no range given and no CI system recognised/],
  ])('%j exits %i with a clear message', (args, code, message) => {
    repo = createFlagRepo();
    const result = runIn(repo, args, { env: NO_CI });
    expect(result.status).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});

describe('prove-hooks check in CI: the range from the CI system', () => {
  function eventFile(base: string, head: string, commits: number): string {
    const path = join(repo.home, 'event.json');
    writeFileSync(path, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { commits, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feat/x' } } }));
    return path;
  }

  it('reads base and head from the GitHub pull_request event file', () => {
    repo = createFlagRepo();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    commit(GOOD(1));
    const head = commit('did stuff');
    const env = { ...NO_CI, GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(base, head, 2) };
    const report = json(runIn(repo, ['check', '--json'], { env }));
    expect(report.range).toEqual({ base, head, source: 'github', commits: 2 });
    expect(report.messages.rejected.map((r) => r.commit)).toEqual([head]);
  });

  it('reads the merge request range on GitLab CI', () => {
    repo = createFlagRepo();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    const head = commit(GOOD(1));
    const env = { ...NO_CI, GITLAB_CI: 'true', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: head };
    const result = runIn(repo, ['check', '--json'], { env });
    expect(result.status, result.stderr).toBe(0);
    expect(json(result).range).toEqual({ base, head, source: 'gitlab', commits: 1 });
  });

  it('on a push event says to give the range', () => {
    repo = createFlagRepo();
    const path = join(repo.home, 'push.json');
    writeFileSync(path, JSON.stringify({ before: 'a'.repeat(40), after: 'b'.repeat(40) }));
    const result = runIn(repo, ['check'], { env: { ...NO_CI, GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no pull request in this GitHub Actions event (push)');
  });

  it('in a shallow checkout says exactly how to fetch, and that advice works', () => {
    repo = createFlagRepo();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    for (let n = 1; n <= 4; n++) commit(GOOD(n));
    const head = commit('did stuff');
    // What actions/checkout does by default: one commit deep.
    const clone = join(repo.home, 'clone');
    const cloned = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone], { env: repo.env, encoding: 'utf8' });
    expect(cloned.status, cloned.stderr).toBe(0);
    const env = { ...NO_CI, GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(base, head, 5) };
    const shallow = runIn(repo, ['check', '--json'], { env, cwd: clone });
    expect(shallow.status).toBe(4);
    expect(shallow.stderr).toContain('is not in this clone (a shallow checkout)');
    expect(shallow.stderr).toContain('`fetch-depth: 0`');
    expect(shallow.stderr).toContain('`git fetch --deepen=6`');
    // The advice, followed, is enough: the verdict is then the full clone's.
    expect(spawnSync('git', ['fetch', '-q', '--deepen=6'], { cwd: clone, env: repo.env }).status).toBe(0);
    const deepened = runIn(repo, ['check', '--json'], { env, cwd: clone });
    expect(deepened.status, deepened.stderr).toBe(1);
    expect(json(deepened).messages.rejected.map((r) => r.commit)).toEqual([head]);
    expect(json(deepened).range.commits).toBe(5);
  });

  it('refuses a range whose history a shallow checkout cuts, rather than pass on part of it', () => {
    repo = createFlagRepo();
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    commit('did stuff');
    for (let n = 1; n <= 3; n++) commit(GOOD(n));
    const clone = join(repo.home, 'clone');
    expect(spawnSync('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone], { env: repo.env }).status).toBe(0);
    // The base is here (fetched on its own), the commits between are not.
    expect(spawnSync('git', ['fetch', '-q', '--depth', '1', 'origin', base], { cwd: clone, env: repo.env }).status).toBe(0);
    const result = runIn(repo, ['check', '--range', `${base}..HEAD`], { env: NO_CI, cwd: clone });
    expect(result.status).toBe(4);
    expect(result.stderr).toContain('is cut off by a shallow checkout');
    expect(result.stderr).toContain('git fetch --unshallow');
  });
});

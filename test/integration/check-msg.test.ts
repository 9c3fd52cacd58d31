import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PATH, runBuiltCli } from '../helpers/cli.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const GOOD = 'feat: add the login page [T-2026-11-22-002] [MODE:F]';
const BAD = 'feature: add the login page';

const repo = tempReposPerTest();

const check = (r: TempRepo, args: string[], input?: string, env: NodeJS.ProcessEnv = {}) =>
  runBuiltCli(['check-msg', ...args], { cwd: r.dir, env: { ...r.env, ...env }, ...(input === undefined ? {} : { input }) });

describe('prove-hooks check-msg', () => {
  it.each([
    ['an argument', (r: TempRepo) => check(r, [GOOD])],
    ['--file', (r: TempRepo) => (writeFileSync(join(r.dir, 'm.txt'), `${GOOD}\n`), check(r, ['--file', 'm.txt']))],
    ['-f', (r: TempRepo) => (writeFileSync(join(r.dir, 'm.txt'), `${GOOD}\n`), check(r, ['-f', 'm.txt']))],
    ['stdin', (r: TempRepo) => check(r, [], `${GOOD}\n`)],
    ['--file - (stdin)', (r: TempRepo) => check(r, ['--file', '-'], `${GOOD}\n`)],
  ])('accepts a good message from %s', (_what, run) => {
    const result = run(repo());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('commit message OK');
  });

  it.each([
    ['an argument', (r: TempRepo) => check(r, [BAD])],
    ['stdin', (r: TempRepo) => check(r, [], `${BAD}\n`)],
  ])('rejects a bad message from %s with exit code 1 and saves nothing', (_what, run) => {
    const r = repo();
    const result = run(r);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('type-unknown');
    expect(result.stdout).toContain('A message that passes:');
    expect(result.stdout).not.toContain('git commit --edit');
  });

  it('says a git-generated message is exempt', () => {
    const result = check(repo(), ["Merge branch 'feature/x'"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("exempt: git's own merge message");
  });

  it('prints the documented JSON with --json', () => {
    const result = check(repo(), [BAD, '--json']);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ status: 'rejected', exemption: null, savedMessage: null, retryCommand: null, configFile: null });
    expect(json.violations.map((v: { rule: string }) => v.rule)).toEqual(['type-unknown', 'task-id-missing', 'mode-missing']);
    expect(json.exampleHeader).toMatch(/^feat: add the login page \[T-\d{4}-\d{2}-\d{2}-001\] \[MODE:F\]$/);
  });

  it('is a usage error, not a hang, with no message and an empty stdin (CI)', () => {
    const result = check(repo(), [], '');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no message given');
  });

  it('is a usage error with no message and stdin closed', () => {
    const result = runBuiltCli(['check-msg'], { cwd: repo().dir, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result.status).toBe(2);
  });

  it('is a usage error with both an argument and --file', () => {
    const result = check(repo(), [GOOD, '--file', 'x.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not both');
  });

  it('reports a missing --file as an environment error naming the file', () => {
    const r = repo();
    const result = check(r, ['--file', 'nope.txt']);
    expect(result.status).toBe(4);
    expect(result.stderr).toContain(join(r.dir, 'nope.txt'));
  });

  it("strips comments by the repository's core.commentChar", () => {
    const r = repo();
    r.gitOk(['config', 'core.commentChar', ';']);
    expect(check(r, [`; a comment\n${GOOD}\n`]).status).toBe(0);
    expect(check(r, [`# not a comment now\n${GOOD}\n`]).status).toBe(1);
  });

  it('uses the config of the repository', () => {
    const r = repo();
    r.write('.proverc.yaml', 'commitMsg:\n  taskIdPrefix: JIRA\n');
    expect(check(r, ['feat: x [JIRA-2026-11-22-002] [MODE:F]']).status).toBe(0);
    expect(check(r, [GOOD]).status).toBe(1);
  });

  it('colours only when asked and never with NO_COLOR', () => {
    const r = repo();
    expect(check(r, [BAD]).stdout).not.toContain('\u001b[');
    expect(check(r, [BAD], undefined, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[31m');
    expect(check(r, [BAD], undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('does not skip a by-hand check for PROVE_SKIP (only hooks skip)', () => {
    expect(check(repo(), [BAD], undefined, { PROVE_SKIP: '1' }).status).toBe(1);
  });

  it('works outside a git repository', () => {
    const r = repo();
    const outside = join(r.home);
    const result = runBuiltCli(['check-msg', GOOD], { cwd: outside, env: { ...r.env, GIT_CEILING_DIRECTORIES: join(r.home, '..') } });
    expect(result.status).toBe(0);
  });

  it('reads a message piped in slowly, in several chunks', async () => {
    const r = repo();
    const child = spawn(process.execPath, [CLI_PATH, 'check-msg'], { cwd: r.dir, env: r.env });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stdin.write('feat: add the login page ');
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.stdin.end('[T-2026-11-22-002] [MODE:F]\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('OK');
  });
});

describe('prove-hooks commit-msg by hand', () => {
  it('reports a missing message file as an environment error', () => {
    const r = repo();
    const result = runBuiltCli(['commit-msg', '.git/NOPE'], { cwd: r.dir, env: r.env });
    expect(result.status).toBe(4);
    expect(result.stderr).toContain('cannot read the commit message file');
  });

  it('prints JSON with --json, including the saved message and retry command', () => {
    const r = repo();
    r.write('.git/COMMIT_EDITMSG', `${BAD}\n`);
    const result = runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG', '--json'], { cwd: r.dir, env: r.env });
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.savedMessage).toMatch(/\.git\/prove-hooks\/rejected\/\d{10}-\d{8}-\d{6}-\d{3}-\d+\.txt$/);
    expect(json.retryCommand).toBe(`git commit --edit --file=${json.savedMessage}`);
  });

  it('names git missing from PATH as the cause', () => {
    const r = repo();
    r.write('.git/COMMIT_EDITMSG', `${GOOD}\n`);
    const result = runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: r.dir, env: { ...r.env, PATH: '/nonexistent' } });
    expect(result.status).toBe(4);
    expect(result.stderr).toContain('git was not found on PATH');
  });
});

// `prove-hooks doctor` against real repositories: a healthy one exits 0; each broken state is
// named, with its fix, and the exit code follows the public contract (1 set-up, 3 config or
// registry, 4 git or repository). Damaged state files never crash it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INVENTORY_CACHE_FORMAT } from '../../src/cache/inventory-cache.js';
import { INVENTORY_SNAPSHOT_FORMAT } from '../../src/cache/inventory-snapshot.js';
import { runBuiltCli } from '../helpers/cli.js';
import { createHookedRepo, goodMessage, writeScript, type HookedRepo } from '../helpers/hooked-repo.js';

let repo: HookedRepo;
const extraDirs: string[] = [];
afterEach(() => {
  repo?.cleanup();
  for (const dir of extraDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Finding {
  check: string;
  status: 'ok' | 'warning' | 'problem';
  message: string;
  kind?: string;
  fix?: string;
  path?: string;
}
interface DoctorJson {
  schemaVersion: number;
  ok: boolean;
  exitCode: number;
  problems: number;
  warnings: number;
  findings: Finding[];
}

function doctor(env: NodeJS.ProcessEnv = {}, cwd = repo.dir): { status: number | null; report: DoctorJson; stderr: string } {
  const result = runBuiltCli(['doctor', '--json'], { cwd, env: { ...repo.env, ...env } });
  return { status: result.status, report: JSON.parse(result.stdout) as DoctorJson, stderr: result.stderr };
}

const problems = (report: DoctorJson) => report.findings.filter((finding) => finding.status === 'problem');

describe('prove-hooks doctor', () => {
  it('exits 0 on a repository set up by init, and says all is well', () => {
    repo = createHookedRepo();
    expect(repo.commit(goodMessage(1), ['--allow-empty']).status).toBe(0);
    const text = runBuiltCli(['doctor'], { cwd: repo.dir, env: repo.env });
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('All is well');
    expect(text.status).toBe(0);
    const { status, report } = doctor();
    expect(status).toBe(0);
    expect(report).toMatchObject({ schemaVersion: 1, ok: true, exitCode: 0, problems: 0 });
    const checks = new Set(report.findings.map((finding) => finding.check));
    for (const check of ['git', 'repository', 'hooks-path', 'husky-runner', 'hook-file', 'binary', 'config', 'registry', 'state']) expect(checks).toContain(check);
    expect(report.findings.find((finding) => finding.check === 'config')?.message).toBe('.proverc.json is valid');
    expect(report.findings.find((finding) => finding.check === 'registry')?.message).toBe('flags.json is valid (0 flags)');
  });

  it('calls the state files a `prove-hooks flags` run leaves healthy', () => {
    repo = createHookedRepo();
    expect(repo.commit(goodMessage(1), ['--allow-empty']).status).toBe(0);
    expect(runBuiltCli(['flags', '--format', 'json'], { cwd: repo.dir, env: repo.env }).status).toBe(0);
    const state = join(repo.dir, '.git', 'prove-hooks');
    expect(readdirSync(state)).toEqual(expect.arrayContaining(['flag-inventory.cache', 'flag-inventory.snapshot']));
    const { status, report } = doctor();
    expect(problems(report)).toEqual([]);
    expect(status).toBe(0);
    const inventory = report.findings.filter((finding) => finding.check === 'state' && /flag inventory/.test(finding.message));
    expect(inventory).toHaveLength(2);
  });

  it("exits 0 with the package's own hooks folder as core.hooksPath (no husky), and checks the CLI they run", () => {
    repo = createHookedRepo();
    repo.gitOk(['config', 'core.hooksPath', 'node_modules/prove-hooks/hooks']);
    const { status, report } = doctor();
    expect(problems(report)).toEqual([]);
    expect(status).toBe(0);
    expect(report.findings.filter((finding) => finding.check === 'hook-file')).toHaveLength(5);
    expect(report.findings.find((finding) => finding.check === 'binary')?.message).toMatch(/dist\/cli\.cjs is installed$/);
  });

  it('exits 4 when git is older than prove-hooks supports, naming the version', () => {
    repo = createHookedRepo();
    const bin = mkdtempSync(join(tmpdir(), 'prove-hooks-old-git-'));
    extraDirs.push(bin);
    writeScript(join(bin, 'git'), 'echo "git version 2.20.1"');
    const { status, report } = doctor({ PATH: `${bin}:${process.env.PATH}` });
    expect(status).toBe(4);
    expect(problems(report)).toEqual([expect.objectContaining({ check: 'git', kind: 'environment', message: expect.stringContaining('git 2.20.1 is too old') })]);
    expect(problems(report)[0]?.fix).toContain('Upgrade git');
  });

  it('exits 4 outside a repository', () => {
    repo = createHookedRepo();
    const outside = mkdtempSync(join(tmpdir(), 'prove-hooks-no-repo-'));
    extraDirs.push(outside);
    const { status, report } = doctor({}, outside);
    expect(status).toBe(4);
    expect(problems(report)).toEqual([expect.objectContaining({ check: 'repository', message: expect.stringContaining('not inside a git repository') })]);
  });

  it('names an unset core.hooksPath, with husky as the fix when the hook files are there', () => {
    repo = createHookedRepo();
    repo.gitOk(['config', '--unset', 'core.hooksPath']);
    const { status, report } = doctor();
    expect(status).toBe(1);
    expect(problems(report)).toEqual([expect.objectContaining({ check: 'hooks-path', message: expect.stringContaining('core.hooksPath is not set'), fix: expect.stringContaining('npx husky') })]);
  });

  it("names a hooks path whose husky folder is missing (a fresh clone or worktree before npm install)", () => {
    repo = createHookedRepo();
    rmSync(join(repo.dir, '.husky', '_'), { recursive: true });
    const { status, report } = doctor();
    expect(status).toBe(1);
    expect(problems(report)).toEqual([expect.objectContaining({ check: 'hooks-path', message: expect.stringContaining('does not exist: git runs no hooks'), fix: expect.stringContaining('npx husky') })]);
  });

  it("names husky's runner when it is missing from the `_` folder", () => {
    repo = createHookedRepo();
    rmSync(join(repo.dir, '.husky', '_', 'h'));
    const { status, report } = doctor();
    expect(status).toBe(1);
    expect(problems(report)).toEqual([expect.objectContaining({ check: 'husky-runner', message: expect.stringContaining("husky's runner (h) is missing") })]);
  });

  it('names a sparse checkout that leaves the husky folder out', () => {
    repo = createHookedRepo();
    repo.write('src/app.ts', 'export {};\n');
    repo.gitOk(['add', 'src/app.ts']);
    expect(repo.commit(goodMessage(2)).status).toBe(0);
    repo.gitOk(['sparse-checkout', 'set', '--cone', 'src']);
    const { status, report } = doctor();
    expect(status).toBe(1);
    const sparse = problems(report).find((finding) => finding.check === 'sparse-checkout');
    expect(sparse?.message).toContain('leaves out .husky');
    expect(sparse?.fix).toContain('git sparse-checkout add .husky');
  });

  it('names a hook file without our block, and one whose block comes after an exit', () => {
    repo = createHookedRepo();
    writeFileSync(join(repo.dir, '.husky', 'pre-push'), 'echo pushing\n');
    const preCommit = join(repo.dir, '.husky', 'pre-commit');
    writeFileSync(preCommit, `npx lint-staged\nexit 0\n\n${readFileSync(preCommit, 'utf8')}`);
    const { status, report } = doctor();
    expect(status).toBe(1);
    expect(problems(report)).toEqual([
      expect.objectContaining({ check: 'hook-file', path: '.husky/pre-commit', message: expect.stringContaining('`exit 0` on line 2 ends the script before the prove-hooks block') }),
      expect.objectContaining({ check: 'hook-file', path: '.husky/pre-push', message: '.husky/pre-push has no prove-hooks block: pre-push is not checked', fix: expect.stringContaining('npx prove-hooks init') }),
    ]);
  });

  it('names the missing binary the hooks call (prove-hooks not installed)', () => {
    repo = createHookedRepo();
    rmSync(join(repo.dir, 'node_modules', '.bin', 'prove-hooks'));
    const { status, report } = doctor();
    expect(status).toBe(1);
    expect(problems(report)).toEqual([expect.objectContaining({ check: 'binary', message: expect.stringContaining('node_modules/.bin/prove-hooks is missing'), fix: expect.stringContaining('npm install') })]);
  });

  it('names hooks in .git/hooks that git ignores because core.hooksPath is set', () => {
    repo = createHookedRepo();
    writeScript(join(repo.dir, '.git', 'hooks', 'pre-commit'), 'echo old hook');
    const { status, report } = doctor();
    expect(status).toBe(1);
    expect(problems(report)).toEqual([expect.objectContaining({ check: 'shadowed-hook', path: '.git/hooks/pre-commit', fix: expect.stringContaining('.husky/pre-commit') })]);
  });

  it("exits 3 on an invalid config, with the loader's text naming the key and the fix", () => {
    repo = createHookedRepo();
    writeFileSync(join(repo.dir, '.proverc.json'), '{ "commitMsg": { "maxHeaderLenght": 80 } }\n');
    const { status, report } = doctor();
    expect(status).toBe(3);
    const [config] = problems(report);
    expect(config).toMatchObject({ check: 'config', kind: 'config' });
    expect(config?.message).toContain('maxHeaderLenght');
    expect(`${config?.message} ${config?.fix}`).toContain('maxHeaderLength');
  });

  it('exits 3 on an invalid registry, naming the entry', () => {
    repo = createHookedRepo();
    writeFileSync(join(repo.dir, 'flags.json'), '{ "flags": [ { "key": "a", "status": "retired" } ] }\n');
    const { status, report } = doctor();
    expect(status).toBe(3);
    const [registry] = problems(report);
    expect(registry).toMatchObject({ check: 'registry', kind: 'config' });
    expect(registry?.message).toContain('status');
  });

  it('names each damaged state file with its fix, and does not crash on any', () => {
    repo = createHookedRepo();
    expect(repo.commit(goodMessage(1), ['--allow-empty']).status).toBe(0);
    const state = join(repo.dir, '.git', 'prove-hooks');
    writeFileSync(join(state, 'config-cache.json'), '{"format":"prove-hooks/config-cache@3", "entr');
    writeFileSync(join(state, 'registry-cache.json'), '[]');
    writeFileSync(join(state, 'perf-baselines.json'), JSON.stringify({ format: 'prove-hooks/perf-baselines@2', hooks: {}, checksum: 'bad' }));
    writeFileSync(join(state, 'flag-inventory.cache'), `${INVENTORY_CACHE_FORMAT} 0 2\n@x\n`);
    writeFileSync(join(state, 'flag-inventory.snapshot'), `${INVENTORY_SNAPSHOT_FORMAT} 0 2 someidentity\n{}\n`);
    writeFileSync(join(state, 'perf.jsonl'), `${readFileSync(join(state, 'perf.jsonl'), 'utf8')}{"v":1,"hook":\n`);
    mkdirSync(join(state, 'code-cache'), { recursive: true });
    writeFileSync(join(state, 'code-cache', 'cli.cjs-commit-msg-x.bin'), '');
    const { status, report, stderr } = doctor();
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const damaged = problems(report);
    expect(damaged.map((finding) => finding.path?.replace(`${state}/`, ''))).toEqual([
      'config-cache.json',
      'registry-cache.json',
      'perf-baselines.json',
      'flag-inventory.cache',
      'flag-inventory.snapshot',
      'perf.jsonl',
      'code-cache',
    ]);
    expect(damaged.map((finding) => finding.message)).toEqual([
      'the config cache is damaged (not valid JSON)',
      'the registry cache is damaged (not a JSON object)',
      'the perf baseline cache is damaged (checksum mismatch)',
      'the flag inventory cache is damaged (checksum mismatch)',
      'the flag inventory snapshot is damaged (checksum mismatch)',
      expect.stringMatching(/^the timing log has 1 damaged line \(skipped when read; \d+ good runs\)$/),
      'the code cache holds 1 empty file (cli.cjs-commit-msg-x.bin)',
    ]);
    for (const finding of damaged) expect(finding.fix).toMatch(/^Delete it \(`rm (-r )?\//);
  });

  it('names a state folder that is a symbolic link', () => {
    repo = createHookedRepo();
    const state = join(repo.dir, '.git', 'prove-hooks');
    rmSync(state, { recursive: true, force: true });
    const elsewhere = mkdtempSync(join(tmpdir(), 'prove-hooks-elsewhere-'));
    extraDirs.push(elsewhere);
    symlinkSync(elsewhere, state);
    const { report } = doctor();
    expect(problems(report)).toContainEqual(expect.objectContaining({ check: 'state', message: expect.stringContaining('the state folder is a symbolic link') }));
  });

  it('prints each problem with its fix in text', () => {
    repo = createHookedRepo();
    rmSync(join(repo.dir, 'node_modules', '.bin', 'prove-hooks'));
    const result = runBuiltCli(['doctor'], { cwd: repo.dir, env: repo.env });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/PROBLEM {2}binary: node_modules\/\.bin\/prove-hooks is missing.*\n {11}fix: Run `npm install`/);
    expect(result.stdout).toContain('1 problem (exit 1).');
  });
});

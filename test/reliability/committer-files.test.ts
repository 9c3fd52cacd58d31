// Files in the places prove-hooks reads that a committer controls (the registry, the config and
// what its `$import` names) that are not regular files: a FIFO, a link to a device or to nothing.
// None may make a check hang, and none may make it use the defaults in the team config's place
// in silence: each is read from git instead, or refused with exit 3 naming it. And git's global
// pathspec switches in the committer's environment, which change how git reads every path.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tryFastMessageCheck } from '../../src/hooks/message-fast-path.js';
import { CLI_PATH } from '../helpers/cli.js';
import { addBareOrigin, findingsOf, flagReposPerTest, installPreReceiveHook, ld } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

const repository = flagReposPerTest();

/** The built CLI in the repo, killed after 20 s (status null): a hang fails the test, not the suite. */
function runBounded(repo: TempRepo, args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], { cwd: repo.dir, env: repo.env, encoding: 'utf8', timeout: 20_000, input: '' });
  return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

const mkfifo = (path: string): void => {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${String(made.stderr)}`);
};

describe('files a committer controls that are not regular files', () => {
  it('a tracked registry whose work tree file is a FIFO does not hang the check: the staged registry is read', () => {
    const repo = repository();
    repo.write('a.js', `${ld('ghost-fifo')}\n${ld('new-checkout')}\n`);
    repo.gitOk(['add', 'a.js']);
    rmSync(join(repo.dir, 'flags.json'));
    mkfifo(join(repo.dir, 'flags.json'));
    const scan = runBounded(repo, ['scan', '--staged', '--format', 'json']);
    expect(scan.status, `${scan.stderr} (null: killed after 20 s)`).toBe(1);
    expect(findingsOf(scan).map((finding) => `${finding.rule}:${finding.flag}`)).toEqual(['flag-unknown:ghost-fifo']);
    const inventory = runBounded(repo, ['flags']);
    expect(inventory.status, inventory.stderr).toBe(3);
    expect(inventory.stderr).toMatch(/flag registry flags\.json is not a regular file \(a FIFO, a socket or a device\)/);
  }, 60_000);

  it('flags names a tracked file that is a FIFO in the work tree as not-a-file, a removed one as deleted, and reads neither', () => {
    const repo = repository();
    repo.write('fifo.js', `${ld('ghost-fifo')}\n`);
    repo.write('gone.js', `${ld('ghost-gone')}\n`);
    repo.write('kept.js', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: files [T-2026-11-22-003] [MODE:NF]']);
    rmSync(join(repo.dir, 'fifo.js'));
    mkfifo(join(repo.dir, 'fifo.js'));
    rmSync(join(repo.dir, 'gone.js'));
    const inventory = runBounded(repo, ['flags', '--json']);
    expect(inventory.status, `${inventory.stderr} (null: killed after 20 s)`).toBe(0);
    const { coverage, flags } = JSON.parse(inventory.stdout) as { coverage: { skippedFiles: { path: string; reason: string }[] }; flags: { key: string; references: number }[] };
    expect(coverage.skippedFiles.filter((file) => file.reason !== 'registry')).toEqual([
      { path: 'fifo.js', reason: 'not-a-file' },
      { path: 'gone.js', reason: 'deleted' },
    ]);
    expect(flags.find((flag) => flag.key === 'new-checkout')?.references).toBe(1);
    const text = runBounded(repo, ['flags', '--verbose']);
    expect(text.stdout).toMatch(/skipped: .*1 not-a-file, 1 deleted/);
  }, 60_000);

  it.each([
    ['a link to nothing', (path: string) => symlinkSync('nowhere.json', path)],
    ['a link to /dev/null', (path: string) => symlinkSync('/dev/null', path)],
    ['a FIFO', mkfifo],
  ])('a config that is %s is refused (exit 3), not skipped for the defaults', (_name, make) => {
    const repo = repository();
    repo.write('a.js', `${ld('ghost-config')}\n`);
    repo.gitOk(['add', 'a.js']);
    rmSync(join(repo.dir, '.proverc.json'));
    make(join(repo.dir, '.proverc.json'));
    const scan = runBounded(repo, ['scan', '--staged']);
    expect(scan.status, `${scan.stderr} (null: killed after 20 s)`).toBe(3);
    expect(scan.stderr).toMatch(/\.proverc\.json is not a regular file/);
  }, 60_000);

  it.each([
    ['a link to nothing', (path: string) => symlinkSync('nowhere.json', path)],
    ['a link to itself', (path: string) => symlinkSync('.proverc.json', path)],
    ['a FIFO', mkfifo],
  ])('a config that is %s after a run without one is refused (exit 3): the config cache does not take it for no config', (_name, make) => {
    const repo = repository();
    repo.write('a.js', `${ld('ghost-config')}\n`);
    repo.gitOk(['add', 'a.js']);
    rmSync(join(repo.dir, '.proverc.json'));
    // Cached: no config in any search place (the defaults find the flag too).
    expect(runBounded(repo, ['pre-commit']).status).toBe(1);
    make(join(repo.dir, '.proverc.json'));
    for (const args of [['pre-commit'], ['scan', '--staged']]) {
      const run = runBounded(repo, args);
      expect(run.status, `${args[0]}: ${run.stderr} (null: killed after 20 s)`).toBe(3);
      expect(run.stderr).toMatch(/\.proverc\.json is not a regular file/);
      expect(run.stderr).not.toMatch(/internal error/);
    }
  }, 60_000);

  it.each([
    ['a link to /dev/zero (outside the repository)', (path: string) => symlinkSync('/dev/zero', path), /shared\.json resolves to a file outside the repository/],
    ['a FIFO', mkfifo, /shared\.json is not a regular file/],
  ])('a $import of %s is refused unread (exit 3), in bounded time', (_name, make, message) => {
    const repo = repository();
    repo.write('.proverc.json', '{"$import": "shared.json"}\n');
    make(join(repo.dir, 'shared.json'));
    repo.write('a.js', `${ld('ghost-import')}\n`);
    repo.gitOk(['add', 'a.js']);
    const scan = runBounded(repo, ['scan', '--staged']);
    expect(scan.status, `${scan.stderr} (null: killed after 20 s)`).toBe(3);
    expect(scan.stderr).toMatch(message);
    expect(scan.stderr).not.toMatch(/Invalid string length/);
  }, 60_000);

  it('pre-receive refuses a pushed config that is a symbolic link instead of using the defaults', () => {
    const repo = repository();
    const bare = addBareOrigin(repo, { name: 'server.git' });
    installPreReceiveHook(bare);
    // The team's config names a registry without `new-checkout`; the defaults would read flags.json, which has it.
    mkdirSync(join(repo.dir, 'config'));
    repo.write('config/prove.json', `${JSON.stringify({ flags: { presets: ['launchdarkly'], registries: [{ path: 'team-flags.json' }] } })}\n`);
    repo.write('team-flags.json', '{"flags": [{"key": "beta-search", "status": "active"}]}\n');
    rmSync(join(repo.dir, '.proverc.json'));
    symlinkSync('config/prove.json', join(repo.dir, '.proverc.json'));
    repo.write('a.js', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'feat: linked config [T-2026-11-22-003] [MODE:F]', '--no-verify']);
    const pushed = repo.git(['push', 'origin', 'main']);
    expect(pushed.status, pushed.stderr).not.toBe(0);
    expect(pushed.stderr).toMatch(/the config file \.proverc\.json at [0-9a-f]{12} is a symbolic link/);
  }, 60_000);

  it.each(['GIT_LITERAL_PATHSPECS', 'GIT_ICASE_PATHSPECS', 'GIT_GLOB_PATHSPECS'])('%s=1 in the environment changes nothing: a file marked binary is scanned, no flag is falsely extinct', (name) => {
    const repo = repository();
    repo.write('.gitattributes', '*.js -diff\n');
    repo.write('keep.ts', `${ld('beta-search')}\n`);
    repo.write('uses.ts', `${ld('beta-search')}\n${ld('new-checkout')}\n`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'feat: uses [T-2026-11-22-003] [MODE:F]']);
    const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
    repo.write('uses.ts', `${ld('new-checkout')}\n`);
    repo.write('hidden.js', `${ld('ghost-env')}\n`);
    repo.gitOk(['add', '-A']);
    const env = { ...repo.env, [name]: '1' };
    const scan = spawnSync(process.execPath, [CLI_PATH, 'scan', '--staged', '--format', 'json'], { cwd: repo.dir, env, encoding: 'utf8', timeout: 20_000 });
    expect(scan.status, String(scan.stderr)).toBe(1);
    expect(findingsOf({ status: scan.status, stdout: String(scan.stdout), stderr: String(scan.stderr) }).filter((finding) => finding.rule === 'flag-unknown').map((finding) => finding.flag)).toEqual(['ghost-env']);
    repo.gitOk(['commit', '-qm', 'feat: drop one use [T-2026-11-22-003] [MODE:F]', '--no-verify']);
    const tip = repo.gitOk(['rev-parse', 'HEAD']).trim();
    const push = spawnSync(process.execPath, [CLI_PATH, 'pre-push', 'origin', 'url', '--format', 'json'], { cwd: repo.dir, env, encoding: 'utf8', timeout: 20_000, input: `refs/heads/main ${tip} refs/heads/main ${base}\n` });
    const rules = findingsOf({ status: push.status, stdout: String(push.stdout), stderr: String(push.stderr) }).map((finding) => `${finding.rule}:${finding.flag}`);
    expect(rules).not.toContain('flag-extinct:beta-search');
    expect(rules).toContain('flag-unknown:ghost-env');
  }, 60_000);

  it('globs that exclude every file say the flag check is off instead of passing in silence', () => {
    const repo = repository();
    repo.write('a.js', `${ld('ghost-excluded')}\n`);
    repo.gitOk(['add', 'a.js']);
    const checked = runBounded(repo, ['scan', '--staged']);
    expect(checked.status, checked.stderr).toBe(1);
    expect(checked.stderr).not.toMatch(/leave no source file/);
    repo.write('.proverc.json', `${JSON.stringify({ flags: { presets: ['launchdarkly'], exclude: ['**'] } })}\n`);
    const excluded = runBounded(repo, ['scan', '--staged']);
    expect(excluded.status, excluded.stderr).toBe(0);
    expect(excluded.stderr).toMatch(/flags\.include \/ flags\.exclude leave no source file to check/);
  }, 60_000);
});

describe('the commit-msg fast path and the full CLI on the same config that is not a regular file', () => {
  const GOOD = 'feat: add the login page [T-2026-11-22-002] [MODE:F]';

  /** A repository without a config whose caches are warm (git's config files backdated past the racy window, as in a real clone). */
  function warmRepository(): { repo: TempRepo; message: string } {
    const repo = repository();
    rmSync(join(repo.dir, '.proverc.json'));
    const past = new Date(Date.now() - 60_000);
    for (const file of [join(repo.dir, '.git', 'config'), repo.env.GIT_CONFIG_GLOBAL!]) if (existsSync(file)) utimesSync(file, past, past);
    expect(runBounded(repo, ['check-msg', GOOD]).status).toBe(0);
    const message = join(repo.dir, '.git', 'COMMIT_EDITMSG');
    writeFileSync(message, `${GOOD}\n`);
    return { repo, message };
  }

  /** The fast path in this process, against the repository's caches. */
  const runFastPath = (repo: TempRepo, message: string) =>
    tryFastMessageCheck({ argv: ['commit-msg', message], env: repo.env, cwd: repo.dir, stdout: { write: () => true }, stderr: { write: () => true } });

  /** The full CLI run directly (dist/cli-full.cjs: no fast path), killed after 20 s. */
  function runFullCli(repo: TempRepo, args: readonly string[]) {
    const result = spawnSync(process.execPath, [join(CLI_PATH, '..', 'cli-full.cjs'), ...args], { cwd: repo.dir, env: repo.env, encoding: 'utf8', timeout: 20_000, input: '' });
    return { status: result.status, stderr: String(result.stderr ?? '') };
  }

  it.each([
    ['a link to nothing', (path: string) => symlinkSync('nowhere.json', path)],
    ['a link to /dev/null', (path: string) => symlinkSync('/dev/null', path)],
    ['a FIFO', mkfifo],
  ])('a config that became %s after the cache was made: the fast path hands over and both refuse it (exit 3)', async (_name, make) => {
    const { repo, message } = warmRepository();
    // The fast path decides from these caches (else this test would prove nothing).
    expect(await runFastPath(repo, message)).toEqual({ decided: true, exitCode: 0 });
    make(join(repo.dir, '.proverc.json'));
    expect((await runFastPath(repo, message)).decided).toBe(false);
    const bin = runBounded(repo, ['commit-msg', message]);
    expect(bin.status, `${bin.stderr} (null: killed after 20 s)`).toBe(3);
    expect(bin.stderr).toMatch(/\.proverc\.json is not a regular file/);
    const full = runFullCli(repo, ['commit-msg', message]);
    expect(full.status, full.stderr).toBe(3);
    expect(full.stderr).toMatch(/\.proverc\.json is not a regular file/);
  }, 60_000);

  it('a folder named like a config is no config to either: both pass on the defaults', async () => {
    const { repo, message } = warmRepository();
    mkdirSync(join(repo.dir, '.proverc.json'));
    expect(await runFastPath(repo, message)).toEqual({ decided: true, exitCode: 0 });
    expect(runBounded(repo, ['commit-msg', message]).status).toBe(0);
    expect(runFullCli(repo, ['commit-msg', message]).status).toBe(0);
  }, 60_000);
});

// `prove-hooks init` (the built CLI) in real temporary git repositories; husky comes from our own
// node_modules, and the package.json already lists husky, so no package manager runs.
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_BEGIN } from '../../src/install/hook-block.js';
import type { InitReport } from '../../src/install/init.js';
import { runBuiltCli } from '../helpers/cli.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const tempRepo = tempReposPerTest();

function repoWithPackage(packageDir = '', manifest: object = { name: 'app', devDependencies: { husky: '^9.1.7', 'prove-hooks': '*' } }): TempRepo {
  const repo = tempRepo();
  repo.write(join(packageDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return repo;
}

function init(repo: TempRepo, cwd: string = repo.dir, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  return runBuiltCli(['init', ...args], { cwd, env: { ...repo.env, ...env } });
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = join(sub, name);
      if (name === '.git' || name === '_') continue;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else files[rel] = `${statSync(join(dir, rel)).mode.toString(8)} ${readFileSync(join(dir, rel), 'utf8')}`;
    }
  };
  walk('');
  return files;
}

describe('prove-hooks init', () => {
  it('writes the four hooks, the prepare script and a starter config, and activates husky', () => {
    const repo = repoWithPackage();
    const result = init(repo);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const hook of ['prepare-commit-msg', 'commit-msg', 'pre-commit', 'pre-push']) {
      const text = readFileSync(join(repo.dir, '.husky', hook), 'utf8');
      expect(text).toContain(`node_modules/.bin/prove-hooks ${hook}`);
      expect(statSync(join(repo.dir, '.husky', hook)).mode & 0o111).not.toBe(0);
      expect(result.stdout).toContain(`.husky/${hook}`);
    }
    expect(JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8')).scripts.prepare).toBe('husky || true');
    const starter = JSON.parse(readFileSync(join(repo.dir, '.proverc.json'), 'utf8'));
    expect(starter.$schema).toBe('./node_modules/prove-hooks/schema/proverc.schema.json');
    expect(starter.flags).toEqual({ enabled: false });
    expect(result.stdout).toContain('flag checks off (no flags.json)');
    expect(repo.gitOk(['config', 'core.hooksPath']).trim()).toBe('.husky/_');
    expect(existsSync(join(repo.dir, '.husky', '_', 'commit-msg'))).toBe(true);
  });

  it('changes nothing when run a second time', () => {
    const repo = repoWithPackage();
    expect(init(repo).status).toBe(0);
    const before = snapshot(repo.dir);
    const second = init(repo, repo.dir, ['--json']);
    expect(second.status).toBe(0);
    expect(snapshot(repo.dir)).toEqual(before);
    const report = JSON.parse(second.stdout) as InitReport;
    expect(report.steps.map((step) => step.change).every((change) => change === 'unchanged' || change === 'present')).toBe(true);
  });

  it('keeps the lines a hook file already has and adds its block once', () => {
    const repo = repoWithPackage();
    repo.write('.husky/pre-commit', 'npm test\n');
    repo.write('package.json', JSON.stringify({ name: 'app', devDependencies: { husky: '^9' }, scripts: { prepare: 'husky', test: 'vitest' } }));
    const result = init(repo);
    expect(result.status).toBe(0);
    const text = readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8');
    expect(text.startsWith('npm test\n\n')).toBe(true);
    expect(text.split(BLOCK_BEGIN)).toHaveLength(2);
    expect(result.stdout).toMatch(/\.husky\/pre-commit\s+added: kept its lines/);
    expect(JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8')).scripts.prepare).toBe('husky');
  });

  it('warns when prove-hooks itself is not a dependency of the package', () => {
    const repo = repoWithPackage('', { name: 'app', devDependencies: { husky: '^9' } });
    const result = init(repo);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/! prove-hooks\s+warning: not a dependency of this package/);
  });

  it('leaves the flag checks on in the starter config when the flag registry exists', () => {
    const repo = repoWithPackage();
    repo.write('flags.json', '{}\n');
    expect(init(repo).status).toBe(0);
    expect(JSON.parse(readFileSync(join(repo.dir, '.proverc.json'), 'utf8')).flags).toBeUndefined();
  });

  it('keeps an existing config and says where it is', () => {
    const repo = repoWithPackage('', { name: 'app', devDependencies: { husky: '^9' }, prove: { commitMsg: {} } });
    const result = init(repo);
    expect(result.status).toBe(0);
    expect(existsSync(join(repo.dir, '.proverc.json'))).toBe(false);
    expect(result.stdout).toContain('config already in package.json "prove"');
  });

  it('writes no starter config in a subfolder package when the top of the repository has one', () => {
    const repo = repoWithPackage('web');
    repo.write('.proverc.json', '{}\n');
    const result = init(repo, join(repo.dir, 'web'));
    expect(result.status).toBe(0);
    expect(existsSync(join(repo.dir, 'web/.proverc.json'))).toBe(false);
    expect(result.stdout).toContain('config already in .proverc.json');
  });

  it('writes a starter config that the config command accepts', () => {
    const repo = repoWithPackage();
    expect(init(repo).status).toBe(0);
    const config = runBuiltCli(['config', '--json'], { cwd: repo.dir, env: repo.env });
    expect(config.stderr).toBe('');
    expect(config.status).toBe(0);
    expect(config.stdout).toContain('.proverc.json');
  });

  it('installs husky from the top for a package in a subfolder, and its hooks run the package\'s binary there', () => {
    const repo = repoWithPackage('web');
    const result = init(repo, join(repo.dir, 'web'));
    expect(result.status).toBe(0);
    expect(repo.gitOk(['config', 'core.hooksPath']).trim()).toBe('web/.husky/_');
    expect(JSON.parse(readFileSync(join(repo.dir, 'web/package.json'), 'utf8')).scripts.prepare).toBe('cd .. && husky web/.husky || true');
    expect(existsSync(join(repo.dir, 'web/.proverc.json'))).toBe(true);

    // A stand-in binary records where it ran and what it got; the hook wiring is what is tested.
    const bin = join(repo.dir, 'web/node_modules/.bin/prove-hooks');
    mkdirSync(join(bin, '..'), { recursive: true });
    writeFileSync(bin, '#!/bin/sh\necho "$PWD|$*|$(cat "$2" 2>/dev/null | head -1)" >> "$PWD/calls.log"\n');
    chmodSync(bin, 0o755);
    repo.write('.gitignore', 'node_modules\ncalls.log\n');
    repo.gitOk(['add', '.']);
    repo.gitOk(['commit', '-q', '-m', 'feat: first [T-2026-01-01-001] [MODE:F]']);
    const calls = readFileSync(join(repo.dir, 'web/calls.log'), 'utf8').trim().split('\n');
    expect(calls[0]).toBe(`${join(repo.dir, 'web')}|pre-commit|`);
    // prepare-commit-msg gets the message path made absolute and git's source (`message` for -m).
    expect(calls[1]).toBe(`${join(repo.dir, 'web')}|prepare-commit-msg ${join(repo.dir, '.git/COMMIT_EDITMSG')} message|feat: first [T-2026-01-01-001] [MODE:F]`);
    expect(calls[2]).toBe(`${join(repo.dir, 'web')}|commit-msg ${join(repo.dir, '.git/COMMIT_EDITMSG')}|feat: first [T-2026-01-01-001] [MODE:F]`);
  });

  it('puts its blocks into the husky folder core.hooksPath already uses in this repository', () => {
    const repo = repoWithPackage('', { name: 'root', devDependencies: { husky: '^9' } });
    repo.write('web/package.json', JSON.stringify({ name: 'web', devDependencies: { husky: '^9' } }));
    expect(init(repo).status).toBe(0);
    const result = init(repo, join(repo.dir, 'web'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('already used by husky in .husky');
    expect(readFileSync(join(repo.dir, '.husky/commit-msg'), 'utf8')).toContain("(cd web && exec node_modules/.bin/prove-hooks commit-msg");
    expect(existsSync(join(repo.dir, 'web/.husky'))).toBe(false);
    expect(repo.gitOk(['config', 'core.hooksPath']).trim()).toBe('.husky/_');
  });

  it('works in a linked worktree: files there, core.hooksPath in the shared config', () => {
    const repo = repoWithPackage();
    repo.gitOk(['add', '.']);
    repo.gitOk(['commit', '-q', '--no-verify', '-m', 'chore: start [T-2026-01-01-001] [MODE:NF]']);
    const linked = join(repo.dir, '..', 'linked');
    repo.gitOk(['worktree', 'add', '-q', linked]);
    const result = init(repo, linked);
    expect(result.status).toBe(0);
    expect(existsSync(join(linked, '.husky/commit-msg'))).toBe(true);
    expect(existsSync(join(repo.dir, '.husky'))).toBe(false);
    expect(repo.gitOk(['config', 'core.hooksPath']).trim()).toBe('.husky/_');
    expect(readFileSync(join(repo.dir, '.git/config'), 'utf8')).toContain('hooksPath = .husky/_');
  });

  it('warns that hooks in a previous core.hooksPath stop running', () => {
    const repo = repoWithPackage();
    repo.gitOk(['config', 'core.hooksPath', '.githooks']);
    const result = init(repo);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("was '.githooks' and becomes '.husky/_'");
  });

  it('warns that active hooks in .git/hooks stop running', () => {
    const repo = repoWithPackage();
    repo.write('.git/hooks/pre-commit', '#!/bin/sh\nexit 0\n');
    chmodSync(join(repo.dir, '.git/hooks/pre-commit'), 0o755);
    const result = init(repo);
    expect(result.stdout).toMatch(/git will stop running pre-commit from .*hooks/);
  });

  it.each([
    ['a cone that leaves .husky out', ['set', 'src'], /sparse-checkout\s+warning: the cone leaves out \.husky: .*`git sparse-checkout add \.husky`/],
    ['non-cone patterns', ['set', '--no-cone', '/src/', '/package.json'], /sparse-checkout\s+warning: non-cone patterns are in use: make sure they keep \.husky\//],
  ])('warns about a sparse checkout with %s, which would silently disable every hook', (_name, args, expected) => {
    const repo = repoWithPackage();
    repo.write('src/a.ts', 'a\n');
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-q', '-m', 'init']);
    repo.gitOk(['sparse-checkout', ...args]);
    const result = init(repo);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(expected);
  });

  it('says a sparse checkout whose cone keeps .husky is fine, and says nothing without one', () => {
    const repo = repoWithPackage();
    repo.write('src/a.ts', 'a\n');
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-q', '-m', 'init']);
    expect(init(repo).stdout).not.toContain('sparse-checkout');
    repo.gitOk(['sparse-checkout', 'set', 'src', '.husky']);
    expect(init(repo).stdout).toMatch(/sparse-checkout\s+present: the cone keeps \.husky/);
  });

  it('with HUSKY=0 writes the files but reports husky as skipped', () => {
    const repo = repoWithPackage();
    const result = init(repo, repo.dir, [], { HUSKY: '0' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/core\.hooksPath\s+skipped: HUSKY=0/);
    expect(repo.git(['config', 'core.hooksPath']).status).toBe(1);
  });

  it('with --no-install prints the command that adds husky instead of running it', () => {
    const repo = repoWithPackage('', { name: 'app' });
    const result = init(repo, repo.dir, ['--no-install']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('run `npm install --save-dev husky@^9.1.7`');
    expect(JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8')).devDependencies).toBeUndefined();
  });

  it.each([
    ['outside a git work tree', false, 'not inside a git work tree'],
    ['without a package.json', true, 'no package.json'],
  ])('fails %s with the environment exit code and a fix', (_name, inGit, message) => {
    const repo = tempRepo();
    const cwd = inGit ? repo.dir : join(repo.home);
    const result = init(repo, cwd);
    expect(result.status).toBe(4);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('fix:');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a package.json that is not JSON with the config exit code', () => {
    const repo = repoWithPackage();
    repo.write('package.json', '{ nope');
    const result = init(repo);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('is not valid JSON');
  });
});

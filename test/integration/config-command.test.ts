import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const repo = tempReposPerTest();

const cli = (r: TempRepo, args: string[], cwd = r.dir) => runBuiltCli(args, { cwd, env: r.env });

describe('prove-hooks config', () => {
  it('says the defaults apply when there is no config file', () => {
    const r = repo();
    const result = cli(r, ['config']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Config file: none found, so the defaults below apply.');
    expect(result.stdout).toContain('"maxHeaderLength": 100');
  });

  it('names the file the config came from and prints the effective values', () => {
    const r = repo();
    r.write('.proverc.yaml', 'commitMsg:\n  maxHeaderLength: 72\n');
    const result = cli(r, ['config']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Config file: ${join(realpathSync(r.dir), '.proverc.yaml')}`);
    expect(result.stdout).toContain('"maxHeaderLength": 72');
    expect(result.stdout).toContain('"modes": [');
  });

  it('prints JSON with --json', () => {
    const r = repo();
    r.write('package.json', JSON.stringify({ name: 'x', prove: { commitMsg: { taskIdPrefix: 'JIRA' } } }));
    const result = cli(r, ['config', '--json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.source).toBe(join(realpathSync(r.dir), 'package.json'));
    expect(json.usingDefaults).toBe(false);
    expect(json.config.commitMsg.taskIdPrefix).toBe('JIRA');
    expect(json.cacheFile).toBe(join(realpathSync(r.dir), '.git', 'prove-hooks', 'config-cache.json'));
  });

  it('searches from a subfolder up to the work tree root', () => {
    const r = repo();
    r.write('.proverc.json', '{"commitMsg":{"maxHeaderLength":90}}');
    r.write('packages/app/index.js', '');
    const json = JSON.parse(cli(r, ['config', '--json'], join(r.dir, 'packages/app')).stdout);
    expect(json.source).toBe(join(realpathSync(r.dir), '.proverc.json'));
    expect(json.searchedDirs).toEqual([join(realpathSync(r.dir), 'packages/app'), join(realpathSync(r.dir), 'packages'), realpathSync(r.dir)]);
  });

  it('refreshes the config cache in the git dir', () => {
    const r = repo();
    cli(r, ['config']);
    expect(existsSync(join(r.dir, '.git', 'prove-hooks', 'config-cache.json'))).toBe(true);
  });

  it.each([
    ['.proverc.json', '{"commitMsg":{"typs":["feat"]}}', "commitMsg.typs: unknown key", "Did you mean 'types'?"],
    ['.proverc.json', '{"commitMsg":{"maxHeaderLength":', 'cannot parse', 'line 1'],
    ['.proverc.yml', 'commitMsg:\n  modes: F\n', 'commitMsg.modes: expected an array', 'found "F" (a string)'],
    ['.proverc.js', 'module.exports = {}', 'not supported', '.proverc.json'],
  ])('exits 3 with no stack trace for a bad %s', (name, content, what, detail) => {
    const r = repo();
    r.write(name, content);
    const result = cli(r, ['config']);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(join(realpathSync(r.dir), name));
    expect(result.stderr).toContain(what);
    expect(result.stderr).toContain(detail);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('adds the stack trace with PROVE_DEBUG=1', () => {
    const r = repo();
    r.write('.proverc.json', '{"commitMsg":{"typs":["feat"]}}');
    const result = runBuiltCli(['config'], { cwd: r.dir, env: { ...r.env, PROVE_DEBUG: '1' } });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/\n\s+at /);
  });

  it('works outside a git repository, searching only the current folder', () => {
    const r = repo();
    r.write('../plain/.proverc.json', '{"commitMsg":{"maxHeaderLength":70}}');
    const plain = join(r.dir, '..', 'plain');
    const result = runBuiltCli(['config', '--json'], { cwd: plain, env: { ...r.env, GIT_CEILING_DIRECTORIES: join(r.dir, '..', '..') } });
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.config.commitMsg.maxHeaderLength).toBe(70);
    expect(json.cacheFile).toBeNull();
  });
});

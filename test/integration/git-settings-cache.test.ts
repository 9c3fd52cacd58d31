import { existsSync, readFileSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GIT_SETTINGS_CACHE_FORMAT, gitSettingsCacheFile, readGitSettingsCache, writeGitSettingsCache } from '../../src/cache/git-settings-cache.js';
import { configEnvironmentKey, parseConfigList, readSettingsWithSources } from '../../src/git/config-sources.js';
import { locateRepository } from '../../src/git/repository.js';
import { resolveMessageSettings } from '../../src/hooks/resolve-message-settings.js';
import { createGitRunner, type GitRunner } from '../../src/git/run-git.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const tempRepo = tempReposPerTest();

/** A runner that counts git processes, so a test can tell a cache hit (none) from a miss. */
function countingRunner(): GitRunner & { calls: number } {
  const real = createGitRunner();
  const runner = Object.assign(async (args: readonly string[], options: Parameters<GitRunner>[1]) => {
    runner.calls += 1;
    return real(args, options);
  }, { calls: 0 });
  return runner;
}

/** A repository whose config files are old enough to be cached (outside the racy window). */
function repo(): TempRepo {
  const r = tempRepo();
  age(join(r.dir, '.git', 'config'));
  return r;
}

function age(path: string): void {
  const old = new Date(Date.now() - 60_000);
  utimesSync(path, old, old);
}

function setConfig(r: TempRepo, args: string[], file = join(r.dir, '.git', 'config')): void {
  r.gitOk(['config', ...args]);
  age(file);
}

async function resolveIn(r: TempRepo, runner: GitRunner, env: NodeJS.ProcessEnv = r.env) {
  const dir = realpathSync(r.dir);
  return resolveMessageSettings(runner, { cwd: dir, env, git: locateRepository(dir, env), version: 'test', now: () => Date.now() });
}

describe('git settings cache', () => {
  it('asks git once, then answers from the cache without a git process', async () => {
    const r = repo();
    setConfig(r, ['core.commentChar', ';']);
    const runner = countingRunner();
    const first = await resolveIn(r, runner);
    expect(first).toMatchObject({ cache: 'miss', settings: { commentChar: ';' } });
    const callsAfterMiss = runner.calls;
    const second = await resolveIn(r, runner);
    expect(second).toMatchObject({ cache: 'hit', settings: { commentChar: ';' } });
    expect(runner.calls).toBe(callsAfterMiss);
  });

  it('misses when the repository config changes', async () => {
    const r = repo();
    const runner = countingRunner();
    await resolveIn(r, runner);
    setConfig(r, ['core.commentChar', '%']);
    expect(await resolveIn(r, runner)).toMatchObject({ cache: 'miss', settings: { commentChar: '%' } });
  });

  it('misses when a global config file appears', async () => {
    const r = repo();
    const runner = countingRunner();
    await resolveIn(r, runner);
    setConfig(r, ['--global', 'core.commentChar', '!'], join(r.home, '.gitconfig'));
    expect(await resolveIn(r, runner)).toMatchObject({ cache: 'miss', settings: { commentChar: '!' } });
  });

  it('misses when an included file changes, even one that held no values before', async () => {
    const r = repo();
    const included = join(r.home, 'extra.gitconfig');
    writeFileSync(included, '');
    age(included);
    setConfig(r, ['include.path', included]);
    const runner = countingRunner();
    await resolveIn(r, runner);
    expect((await resolveIn(r, runner)).cache).toBe('hit');
    writeFileSync(included, '[core]\n\tcommentChar = @\n');
    age(included);
    expect(await resolveIn(r, runner)).toMatchObject({ cache: 'miss', settings: { commentChar: '@' } });
  });

  it('misses for `git -c` (GIT_CONFIG_PARAMETERS) and keeps the other environment cached', async () => {
    const r = repo();
    const runner = countingRunner();
    await resolveIn(r, runner);
    const withParam = { ...r.env, GIT_CONFIG_PARAMETERS: "'core.commentchar'='$'" };
    expect(await resolveIn(r, runner, withParam)).toMatchObject({ cache: 'miss', settings: { commentChar: '$' } });
    expect(await resolveIn(r, runner)).toMatchObject({ cache: 'hit', settings: { commentChar: '#' } });
    expect(await resolveIn(r, runner, withParam)).toMatchObject({ cache: 'hit', settings: { commentChar: '$' } });
  });

  it('follows the branch when an includeIf onbranch: condition exists', async () => {
    const r = repo();
    const onMain = join(r.home, 'main.gitconfig');
    writeFileSync(onMain, '[core]\n\tcommentChar = ";"\n');
    age(onMain);
    setConfig(r, ['includeIf.onbranch:main.path', onMain]);
    r.gitOk(['commit', '-q', '--allow-empty', '-m', 'x']);
    const runner = countingRunner();
    expect((await resolveIn(r, runner)).settings.commentChar).toBe(';');
    expect((await resolveIn(r, runner)).cache).toBe('hit');
    r.gitOk(['checkout', '-q', '-b', 'other']);
    expect(await resolveIn(r, runner)).toMatchObject({ cache: 'miss', settings: { commentChar: '#' } });
  });

  it('does not cache settings read while a config file was being changed', async () => {
    const r = tempRepo();
    // .git/config was just written by `git init`: inside the racy window.
    const runner = countingRunner();
    expect((await resolveIn(r, runner)).cache).toBe('miss');
    expect((await resolveIn(r, runner)).cache).toBe('miss');
  });

  it('rebuilds a damaged cache file with a notice', async () => {
    const r = repo();
    const runner = countingRunner();
    await resolveIn(r, runner);
    const file = gitSettingsCacheFile(join(realpathSync(r.dir), '.git'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('"#"', '";"'));
    const rebuilt = await resolveIn(r, runner);
    expect(rebuilt).toMatchObject({ cache: 'miss', settings: { commentChar: '#' } });
    expect(rebuilt.notices.map((notice) => notice.message).join('\n')).toContain('rebuilding it');
    expect((await resolveIn(r, runner)).cache).toBe('hit');
  });

  it('replaces a file of an earlier format quietly (a miss, not damage)', async () => {
    const r = repo();
    const runner = countingRunner();
    await resolveIn(r, runner);
    const file = gitSettingsCacheFile(join(realpathSync(r.dir), '.git'));
    writeFileSync(file, readFileSync(file, 'utf8').replace(GIT_SETTINGS_CACHE_FORMAT, 'prove-hooks/git-settings@1'));
    const replaced = await resolveIn(r, runner);
    expect(replaced).toMatchObject({ cache: 'miss', notices: [] });
    expect((await resolveIn(r, runner)).cache).toBe('hit');
  });

  it.each([
    [['core.worktree', '/elsewhere'], true],
    [['core.bare', 'true'], true],
    [['core.bare', 'yes'], true],
    [['core.bare', 'false'], false],
    [['core.bare', 'off'], false],
    [['core.commentChar', ';'], false],
  ])('says whether the config moves the work tree (%j)', async (setting, moves) => {
    const r = repo();
    const dir = realpathSync(r.dir);
    setConfig(r, setting);
    const sources = await readSettingsWithSources(createGitRunner(), { cwd: dir, env: r.env, gitDir: join(dir, '.git'), commonDir: join(dir, '.git') });
    expect(sources.movesWorkTree).toBe(moves);
    // And the cache keeps the answer.
    const runner = countingRunner();
    await resolveIn(r, runner);
    const lookup = readGitSettingsCache(gitSettingsCacheFile(join(dir, '.git')), { version: 'test', envKey: configEnvironmentKey(r.env), gitDir: join(dir, '.git') });
    expect(lookup).toMatchObject({ status: 'hit', movesWorkTree: moves });
  });

  it('writes nothing, and makes no folder, for a repository removed while the run went on', async () => {
    const r = repo();
    const dir = realpathSync(r.dir);
    const gitDir = join(dir, '.git');
    const sources = await readSettingsWithSources(createGitRunner(), { cwd: dir, env: r.env, gitDir, commonDir: gitDir });
    const readAtMs = Date.now() + 10_000;
    rmSync(dir, { recursive: true, force: true });
    const key = { version: 'test', envKey: configEnvironmentKey(r.env), gitDir };
    expect(writeGitSettingsCache(gitSettingsCacheFile(gitDir), key, sources, readAtMs)).toBe(false);
    expect(existsSync(dir)).toBe(false);
  });

  it('names every file git reads, including absent standard ones', async () => {
    const r = repo();
    const dir = realpathSync(r.dir);
    const sources = await readSettingsWithSources(createGitRunner(), { cwd: dir, env: r.env, gitDir: join(dir, '.git'), commonDir: join(dir, '.git') });
    expect(sources.files).toEqual(
      expect.arrayContaining([join(dir, '.git', 'config'), join(dir, '.git', 'config.worktree'), join(r.home, '.gitconfig')]),
    );
    // The helper's environment sets GIT_CONFIG_NOSYSTEM, so no system file is needed.
    expect(sources.complete).toBe(true);
  });
});

describe('parseConfigList', () => {
  it.each([
    ['', []],
    ['local\0file:.git/config\0core.commentchar\n;\0', [{ scope: 'local', origin: 'file:.git/config', key: 'core.commentchar', value: ';' }]],
    ['global\0file:/h/.gitconfig\0core.bare\0', [{ scope: 'global', origin: 'file:/h/.gitconfig', key: 'core.bare', value: undefined }]],
    ['command\0command line:\0Core.CommentChar\na\nb\0', [{ scope: 'command', origin: 'command line:', key: 'core.commentchar', value: 'a\nb' }]],
  ])('parses %j', (output, expected) => {
    expect(parseConfigList(output)).toEqual(expected);
  });
});

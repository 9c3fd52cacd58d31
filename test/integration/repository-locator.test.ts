// The one repository locator (src/git/repository.ts) against git itself, and the places that
// use it agreeing: the code cache, the state folder and the perf log land in one git dir.
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitContext } from '../../src/git/git-context.js';
import { isGitDir, locateGitDirOfHook, locateRepository, locateRepositoryOfMessageFile } from '../../src/git/repository.js';
import { createGitRunner } from '../../src/git/run-git.js';
import { runBuiltCli } from '../helpers/cli.js';
import { createTempRepo } from '../helpers/git-repo.js';
import { createFlagRepo } from '../helpers/flag-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const tempRepo = tempReposPerTest();
const git = createGitRunner();
const GOOD = 'feat: add login [T-2026-12-07-601] [MODE:F]';

describe('locateRepository', () => {
  it('finds .git from a subfolder of the work tree', () => {
    const r = tempRepo();
    mkdirSync(join(r.dir, 'src', 'deep'), { recursive: true });
    const dir = realpathSync(r.dir);
    expect(locateRepository(join(dir, 'src', 'deep'), {})).toEqual({ gitDir: join(dir, '.git'), commonDir: join(dir, '.git'), topLevel: dir, isLinkedWorktree: false });
  });

  it('finds the shared common dir from a linked worktree, as git does', async () => {
    const r = tempRepo();
    r.gitOk(['commit', '-q', '--allow-empty', '-m', 'first']);
    const worktree = join(r.home, 'wt');
    r.gitOk(['worktree', 'add', '-q', worktree]);
    expect(locateRepository(realpathSync(worktree), r.env)).toEqual(await readGitContext(git, worktree, r.env));
  });

  it('takes a bare repository for its own git dir, with no work tree, as git does', async () => {
    const bare = createTempRepo({ bare: true });
    try {
      const dir = realpathSync(bare.dir);
      const found = locateRepository(dir, bare.env);
      expect(found).toEqual({ gitDir: dir, commonDir: dir, topLevel: null, isLinkedWorktree: false });
      expect(found).toEqual(await readGitContext(git, dir, bare.env));
      expect(locateRepository(join(dir, 'refs'), bare.env)?.gitDir).toBe(dir);
    } finally {
      bare.cleanup();
    }
  });

  it('honours GIT_DIR and GIT_COMMON_DIR', () => {
    const r = tempRepo();
    const dir = realpathSync(r.dir);
    expect(locateRepository(realpathSync(r.home), { GIT_DIR: join(dir, '.git') })?.gitDir).toBe(join(dir, '.git'));
    expect(locateRepository(dir, { GIT_DIR: join(dir, '.git'), GIT_COMMON_DIR: '/x/common' })?.commonDir).toBe('/x/common');
  });

  it('never takes a work-tree folder holding a file named HEAD for a git dir', () => {
    const r = tempRepo();
    const dir = realpathSync(r.dir);
    r.write('docs/HEAD', 'ref: refs/heads/main\n');
    r.write('docs/message.txt', GOOD);
    expect(isGitDir(join(dir, 'docs'))).toBe(false);
    expect(locateRepository(join(dir, 'docs'), {})?.gitDir).toBe(join(dir, '.git'));
    expect(locateRepositoryOfMessageFile('docs/message.txt', dir, {})?.gitDir).toBe(join(dir, '.git'));
  });

  it('says null outside a repository', () => {
    expect(locateRepository('/', {})).toBeNull();
  });
});

describe('locateGitDirOfHook (the launcher\'s quick check)', () => {
  it('finds the git dir the locator finds where hooks run, or nothing, never another', () => {
    const r = tempRepo();
    r.gitOk(['commit', '-q', '--allow-empty', '-m', 'first']);
    const dir = realpathSync(r.dir);
    const worktree = join(realpathSync(r.home), 'wt');
    r.gitOk(['worktree', 'add', '-q', worktree]);
    mkdirSync(join(dir, 'src'));
    r.write('docs/HEAD', 'ref: refs/heads/main\n');
    r.write('docs/objects/x', '');
    r.write('docs/refs/x', '');
    const cases: { cwd: string; env: NodeJS.ProcessEnv; file?: string; expected: string | undefined }[] = [
      { cwd: dir, env: {}, expected: join(dir, '.git') },
      { cwd: dir, env: {}, file: '.git/COMMIT_EDITMSG', expected: join(dir, '.git') },
      { cwd: worktree, env: {}, expected: realpathSync(join(dir, '.git', 'worktrees', 'wt')) },
      { cwd: realpathSync(r.home), env: { GIT_DIR: join(dir, '.git') }, expected: join(dir, '.git') },
      // From a subfolder or with the message file elsewhere: nothing (the hook locates itself).
      { cwd: join(dir, 'src'), env: {}, expected: undefined },
      { cwd: dir, env: {}, file: 'src/message.txt', expected: join(dir, '.git') },
      // A work-tree folder holding HEAD, objects and refs is what the locator takes too (as git would).
      { cwd: dir, env: { GIT_DIR: join(dir, 'nowhere') }, expected: undefined },
    ];
    for (const { cwd, env, file, expected } of cases) {
      const quick = locateGitDirOfHook(cwd, env, file);
      expect(quick?.gitDir, `${cwd} ${file ?? ''}`).toBe(expected);
      const full = file === undefined ? locateRepository(cwd, env) : locateRepositoryOfMessageFile(file, cwd, env);
      if (quick !== undefined) {
        expect(full?.gitDir).toBe(quick.gitDir);
        // Handed the proven git dir, the locator finds the same repository.
        const handed = file === undefined ? locateRepository(cwd, env, quick) : locateRepositoryOfMessageFile(file, cwd, env, quick);
        expect(handed).toEqual(full);
      }
    }
  });
});

describe('the built CLI, with GIT_DIR naming a repository elsewhere', () => {
  it('keeps its code cache and its perf log in that git dir, as the hooks keep their state', () => {
    const r = tempRepo();
    const gitDir = join(realpathSync(r.dir), '.git');
    const env = { ...r.env, GIT_DIR: gitDir };
    writeFileSync(join(gitDir, 'COMMIT_EDITMSG'), `${GOOD}\n`);
    const outside = realpathSync(r.home);
    for (let run = 0; run < 2; run++) {
      const result = runBuiltCli(['commit-msg', join(gitDir, 'COMMIT_EDITMSG')], { cwd: outside, env });
      expect(result.status, result.stderr).toBe(0);
    }
    expect(existsSync(join(gitDir, 'prove-hooks', 'perf.jsonl'))).toBe(true);
    expect(readdirSync(join(gitDir, 'prove-hooks', 'code-cache')).length).toBeGreaterThan(0);
    expect(existsSync(join(outside, '.git'))).toBe(false);
  });
});

describe('the locator on the hook path', () => {
  it('looks for commondir once per warm commit-msg and pre-commit run (the launcher hands the repository over)', () => {
    const r = createFlagRepo();
    try {
      // A config written within the racy window is never cached: date it back, so the fast paths decide.
      const past = new Date(Date.now() - 60_000);
      utimesSync(join(r.dir, '.git', 'config'), past, past);
      // Every stat of a path naming commondir, appended to a log by a preloaded wrapper of fs.statSync.
      const log = join(r.home, 'commondir-stats.log');
      const preload = join(r.home, 'count-commondir.cjs');
      writeFileSync(
        preload,
        `const fs = require('node:fs'); const stat = fs.statSync; fs.statSync = function (path, ...rest) { if (String(path).endsWith('commondir')) fs.appendFileSync(${JSON.stringify(log)}, String(path) + '\\n'); return stat.call(this, path, ...rest); };\n`,
      );
      const message = join(r.dir, '.git', 'COMMIT_EDITMSG');
      writeFileSync(message, `${GOOD}\n`);
      const counted = (args: readonly string[]) => {
        for (let warm = 0; warm < 3; warm++) expect(runBuiltCli(args, { cwd: r.dir, env: r.env }).status).toBe(0);
        rmSync(log, { force: true });
        const run = runBuiltCli(args, { cwd: r.dir, env: { ...r.env, NODE_OPTIONS: `--require ${preload}` } });
        expect(run.status, run.stderr).toBe(0);
        return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0;
      };
      expect(counted(['commit-msg', message])).toBe(1);
      expect(counted(['pre-commit'])).toBe(1);
    } finally {
      r.cleanup();
    }
  });
});


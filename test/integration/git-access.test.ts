import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMENT_CHAR, parseMessageSettings, readMessageSettings } from '../../src/git/message-settings.js';
import { readGitContext } from '../../src/git/git-context.js';
import { locateRepository, locateRepositoryOfMessageFile } from '../../src/git/repository.js';
import { createGitRunner, runGitOk, startBlobReads } from '../../src/git/run-git.js';
import { GitError } from '../../src/errors.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { tempReposPerTest } from '../helpers/temp-repos.js';

const tempRepo = tempReposPerTest();
function repo(): TempRepo {
  const created = tempRepo();
  created.gitOk(['commit', '-q', '--allow-empty', '-m', 'first']);
  return created;
}

const git = createGitRunner();

describe('readGitContext and locateRepository', () => {
  it('agree at the root of a repository', async () => {
    const r = repo();
    const dir = realpathSync(r.dir);
    const asked = await readGitContext(git, dir, r.env);
    expect(asked).toEqual({ gitDir: join(dir, '.git'), commonDir: join(dir, '.git'), topLevel: dir, isLinkedWorktree: false });
    expect(locateRepository(dir, r.env)).toEqual(asked);
  });

  it('agree in a subfolder', async () => {
    const r = repo();
    const sub = join(realpathSync(r.dir), 'a', 'b');
    mkdirSync(sub, { recursive: true });
    const asked = await readGitContext(git, sub, r.env);
    expect(asked?.topLevel).toBe(realpathSync(r.dir));
    expect(locateRepository(sub, r.env)).toEqual(asked);
  });

  it('agree in a linked worktree', async () => {
    const r = repo();
    const wt = join(realpathSync(r.home), '..', 'wt');
    r.gitOk(['worktree', 'add', '-q', wt]);
    const asked = await readGitContext(git, wt, r.env);
    expect(asked).toEqual({
      gitDir: join(realpathSync(r.dir), '.git', 'worktrees', 'wt'),
      commonDir: join(realpathSync(r.dir), '.git'),
      topLevel: realpathSync(wt),
      isLinkedWorktree: true,
    });
    expect(locateRepository(realpathSync(wt), r.env)).toEqual(asked);
  });

  it('agree in a repository whose .git is a gitfile (as submodules have)', async () => {
    const r = repo();
    const elsewhere = join(realpathSync(r.home), '..', 'separate');
    const work = join(realpathSync(r.home), '..', 'work');
    mkdirSync(work);
    r.gitOk(['init', '-q', `--separate-git-dir=${elsewhere}`, work]);
    const asked = await readGitContext(git, work, r.env);
    expect(asked?.gitDir).toBe(elsewhere);
    expect(locateRepository(work, r.env)).toEqual(asked);
  });

  it('honour GIT_DIR as git does', async () => {
    const r = repo();
    const dir = realpathSync(r.dir);
    const env = { ...r.env, GIT_DIR: join(dir, '.git') };
    expect(locateRepository(dir, env)).toEqual(await readGitContext(git, dir, env));
  });

  it('say null outside a repository', async () => {
    const r = repo();
    const outside = realpathSync(r.home);
    const env = { ...r.env, GIT_CEILING_DIRECTORIES: join(outside, '..') };
    expect(await readGitContext(git, outside, env)).toBeNull();
    expect(locateRepository(outside, env)).toBeNull();
  });

  it('take the git dir from the commit message file in a linked worktree', () => {
    const r = repo();
    const wt = join(realpathSync(r.home), '..', 'wt2');
    r.gitOk(['worktree', 'add', '-q', wt]);
    const gitDir = join(realpathSync(r.dir), '.git', 'worktrees', 'wt2');
    const context = locateRepositoryOfMessageFile(join(gitDir, 'COMMIT_EDITMSG'), realpathSync(wt), r.env);
    expect(context).toEqual({ gitDir, commonDir: join(realpathSync(r.dir), '.git'), topLevel: realpathSync(wt), isLinkedWorktree: true });
  });

  it('take the git dir from a relative message file path, as git passes it', () => {
    const r = repo();
    const dir = realpathSync(r.dir);
    expect(locateRepositoryOfMessageFile('.git/COMMIT_EDITMSG', dir, r.env)?.gitDir).toBe(join(dir, '.git'));
  });

  it('fall back to discovery when the message file is not in a git dir', () => {
    const r = repo();
    const dir = realpathSync(r.dir);
    expect(locateRepositoryOfMessageFile('/tmp/message.txt', dir, r.env)?.gitDir).toBe(join(dir, '.git'));
  });
});

describe('readMessageSettings', () => {
  const readCommentChar = async (...args: Parameters<typeof readMessageSettings>) => (await readMessageSettings(...args)).commentChar;
  it.each([
    ['unset', [], '#'],
    ['a semicolon', [['core.commentChar', ';']], ';'],
    ['auto', [['core.commentChar', 'auto']], 'auto'],
    ['core.commentString (git 2.45 and later)', [['core.commentString', '%']], '%'],
    ['both, the last one read winning', [['core.commentChar', ';'], ['core.commentString', '!']], '!'],
  ])('reads %s', async (_what, settings, expected) => {
    const r = repo();
    for (const [key, value] of settings as [string, string][]) r.gitOk(['config', key, value]);
    expect(await readCommentChar(git, r.dir, r.env)).toBe(expected);
  });

  it('follows `git -c core.commentChar=...` (GIT_CONFIG_PARAMETERS) over the repository config', async () => {
    const r = repo();
    r.gitOk(['config', 'core.commentChar', ';']);
    const env = { ...r.env, GIT_CONFIG_PARAMETERS: "'core.commentchar'='@'" };
    expect(await readCommentChar(git, r.dir, env)).toBe('@');
  });

  it('reads the global config outside a repository', async () => {
    const r = repo();
    r.gitOk(['config', '--global', 'core.commentChar', '$']);
    expect(await readCommentChar(git, r.home, { ...r.env, GIT_CEILING_DIRECTORIES: join(r.home, '..') })).toBe('$');
  });

  it.each([
    ['unset', [], undefined],
    ['strip', [['commit.cleanup', 'strip']], 'strip'],
    ['whitespace', [['commit.cleanup', 'whitespace']], 'whitespace'],
    ['default (strip when edited)', [['commit.cleanup', 'default']], undefined],
  ])('reads commit.cleanup %s', async (_what, settings, expected) => {
    const r = repo();
    for (const [key, value] of settings as [string, string][]) r.gitOk(['config', key, value]);
    expect((await readMessageSettings(git, r.dir, r.env)).cleanup).toBe(expected);
  });

  it.each([
    ['', { commentChar: DEFAULT_COMMENT_CHAR, cleanup: undefined }],
    ['core.commentchar ;\n', { commentChar: ';', cleanup: undefined }],
    ['core.commentchar ;\ncore.commentstring %\n', { commentChar: '%', cleanup: undefined }],
    ['core.commentchar\n', { commentChar: DEFAULT_COMMENT_CHAR, cleanup: undefined }],
    ['commit.cleanup Verbatim\ncore.commentchar auto\n', { commentChar: 'auto', cleanup: 'verbatim' }],
    ['commit.cleanup bogus\n', { commentChar: DEFAULT_COMMENT_CHAR, cleanup: undefined }],
  ])('parses %j', (output, expected) => {
    expect(parseMessageSettings(output)).toEqual(expected);
  });
});

describe('the git runner', () => {
  it('reports a missing git as a GitError that says so', async () => {
    const missing = createGitRunner('git-that-does-not-exist');
    const error = await missing(['status'], { cwd: process.cwd() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).message).toContain('git was not found on PATH');
    expect((error as GitError).exitCode).toBe(4);
  });

  it('finds no git on an empty PATH', async () => {
    const error = await git(['--version'], { cwd: process.cwd(), env: { PATH: '' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
  });

  it('reports a missing working folder as such, not as a missing git', async () => {
    const error = await git(['status'], { cwd: '/no/such/folder' }).catch((e: unknown) => e);
    expect((error as GitError).message).toContain('does not exist');
  });

  it('returns a failing exit status as a value and passes arguments without a shell', async () => {
    const r = repo();
    const result = await git(['rev-parse', '--verify', '--quiet', 'refs/heads/$(echo nope); true'], { cwd: r.dir, env: r.env });
    expect(result.status).toBe(1);
  });

  it('runGitOk turns a failure into a GitError quoting git', async () => {
    const r = repo();
    await expect(runGitOk(git, ['rev-parse', '--verify', 'no-such-ref'], { cwd: r.dir, env: r.env })).rejects.toThrow(/failed \(exit 128\)/);
  });
});

describe('startBlobReads (the context images, read while the diff is scanned)', () => {
  it('reads each requested object in request order, staged and committed, and a missing one as undefined', async () => {
    const r = repo();
    r.write('a.txt', 'committed\n');
    r.gitOk(['add', 'a.txt']);
    r.gitOk(['commit', '-q', '-m', 'a']);
    r.write('a.txt', 'staged\n');
    r.gitOk(['add', 'a.txt']);
    const reads = startBlobReads({ cwd: r.dir, env: r.env, maxBlobBytes: 1 << 20 });
    expect([reads.request(':0:a.txt'), reads.request('HEAD:a.txt'), reads.request(':0:missing.txt'), reads.request('HEAD')]).toEqual([0, 1, 2, 3]);
    const blobs = await reads.results();
    expect(blobs.map((blob) => blob?.toString('utf8'))).toEqual(['staged\n', 'committed\n', undefined, undefined]);
  });

  it('reads past a blob over the size limit (undefined) and still reads the ones after it', async () => {
    const r = repo();
    r.write('big.txt', 'x'.repeat(300_000));
    r.write('small.txt', 'small\n');
    r.gitOk(['add', '-A']);
    const reads = startBlobReads({ cwd: r.dir, env: r.env, maxBlobBytes: 1024 });
    reads.request(':0:small.txt');
    reads.request(':0:big.txt');
    reads.request(':0:small.txt');
    expect((await reads.results()).map((blob) => blob?.toString('utf8'))).toEqual(['small\n', undefined, 'small\n']);
  });

  it('tells of each object as it is read, before the names end, and gives what it read so far', async () => {
    const r = repo();
    r.write('a.txt', 'first\n');
    r.write('b.txt', 'second\n');
    r.gitOk(['add', '-A']);
    const seen: string[][] = [];
    let resolveFirst: () => void;
    const first = new Promise<void>((resolve) => (resolveFirst = resolve));
    const reads = startBlobReads({
      cwd: r.dir,
      env: r.env,
      maxBlobBytes: 1 << 20,
      onRead: () => {
        seen.push(reads.readSoFar().map((blob) => blob?.toString('utf8') ?? '-'));
        resolveFirst();
      },
    });
    expect(reads.readSoFar()).toEqual([]);
    reads.request(':0:a.txt');
    // git has read the first name before the second is even asked for.
    await first;
    reads.request(':0:missing.txt');
    reads.request(':0:b.txt');
    await reads.results();
    expect(seen).toEqual([['first\n'], ['first\n', '-'], ['first\n', '-', 'second\n']]);
  });

  it('starts no git when nothing was requested, and a cancelled read resolves without results', async () => {
    const r = repo();
    expect(await startBlobReads({ cwd: r.dir, env: r.env, maxBlobBytes: 1 << 20 }).results()).toEqual([]);
    const cancelled = startBlobReads({ cwd: r.dir, env: r.env, maxBlobBytes: 1 << 20 });
    cancelled.request('HEAD');
    cancelled.cancel();
    expect(await cancelled.results()).toEqual([]);
  });

  it('fails with a GitError outside a repository', async () => {
    const r = repo();
    const outside = join(r.home, 'not-a-repo');
    mkdirSync(outside, { recursive: true });
    const reads = startBlobReads({ cwd: outside, env: { ...r.env, GIT_CEILING_DIRECTORIES: r.home }, maxBlobBytes: 1 << 20 });
    reads.request(':0:a.txt');
    await expect(reads.results()).rejects.toBeInstanceOf(GitError);
  });
});

import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addBareOrigin, flagReposPerTest, findingsOf, installHooks, ld, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

const GOOD = (subject: string) => `feat: ${subject} [T-2026-11-22-003] [MODE:F]`;
const flagRepo = flagReposPerTest();

/** A flag repo with a bare `origin` that has main pushed. */
function withRemote(options: { initArgs?: readonly string[] } = {}): { repo: TempRepo; remote: string } {
  const repo = flagRepo();
  const remote = addBareOrigin(repo, options);
  installHooks(repo, ['pre-push']);
  return { repo, remote };
}

function commit(repo: TempRepo, path: string, content: string, message = GOOD(path)): string {
  repo.write(path, content);
  repo.gitOk(['add', '-A']);
  repo.gitOk(['commit', '-qm', message, '--no-verify']);
  return repo.gitOk(['rev-parse', 'HEAD']).trim();
}

const head = (repo: TempRepo, rev = 'HEAD') => repo.gitOk(['rev-parse', rev]).trim();

describe('pre-push through a real git push', () => {
  it('rejects a pushed unknown flag and lets a clean push through', () => {
    const { repo } = withRemote();
    commit(repo, 'a.ts', `${ld('new-checkout')}\n`);
    expect(repo.git(['push', '-q', 'origin', 'main']).status).toBe(0);
    commit(repo, 'b.ts', `${ld('pushed-unknown')}\n`);
    const rejected = repo.git(['push', '-q', 'origin', 'main']);
    expect(rejected.status).not.toBe(0);
    expect(rejected.stderr).toMatch(/unknown flag 'pushed-unknown'/);
  });

  it('names the real commit to rebase from when rejecting pushed messages, and a rebase from it rewords them', () => {
    const { repo } = withRemote();
    const pushed = head(repo);
    commit(repo, 'a.ts', 'x\n', 'wip one');
    commit(repo, 'b.ts', 'y\n');
    commit(repo, 'c.ts', 'z\n', 'wip two');
    const rejected = repo.git(['push', '-q', 'origin', 'main']);
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).not.toContain('<base>');
    expect(rejected.stderr).toContain(`git rebase -i ${pushed.slice(0, 12)}`);
  });

  it('says --root when the oldest rejected pushed commit is a root commit', () => {
    const repo = flagRepo();
    const remote = join(repo.home, '..', 'empty.git');
    repo.gitOk(['init', '-q', '--bare', remote]);
    repo.gitOk(['checkout', '-q', '--orphan', 'fresh']);
    commit(repo, 'root.ts', 'r\n', 'first, without a tag');
    installHooks(repo, ['pre-push']);
    const rejected = repo.git(['push', '-q', remote, 'fresh']);
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toContain('git rebase -i --root');
  });

  it('rejects a pushed commit whose message breaks the convention, and exempts merges', () => {
    const { repo } = withRemote();
    commit(repo, 'a.ts', 'x\n', 'wip stuff');
    const rejected = repo.git(['push', '-q', 'origin', 'main']);
    expect(rejected.status).not.toBe(0);
    expect(rejected.stderr).toMatch(/wip stuff/);
    repo.gitOk(['reset', '-q', '--hard', 'origin/main']);
    repo.gitOk(['checkout', '-q', '-b', 'side']);
    commit(repo, 'side.ts', 'y\n');
    repo.gitOk(['checkout', '-q', 'main']);
    commit(repo, 'main.ts', 'z\n');
    repo.gitOk(['merge', '-q', '--no-ff', '--no-edit', 'side']);
    expect(repo.gitOk(['log', '-1', '--format=%s'])).toMatch(/^Merge branch 'side'/);
    const merged = repo.git(['push', '-q', 'origin', 'main']);
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
  });

  it('checks only the commits of a new branch that no remote-tracking ref has', () => {
    const { repo } = withRemote();
    commit(repo, 'old.ts', 'x\n', 'an old message pushed before the hook');
    repo.gitOk(['push', '-q', '--no-verify', 'origin', 'main']);
    repo.gitOk(['checkout', '-q', '-b', 'feature']);
    commit(repo, 'f.ts', `${ld('new-checkout')}\n`);
    const pushed = repo.git(['push', '-q', 'origin', 'feature']);
    expect(pushed.stderr).toBe('');
    expect(pushed.status).toBe(0);
  });

  it('checks the rewritten commits of a force push against the fork point', () => {
    const { repo } = withRemote();
    repo.gitOk(['checkout', '-q', '-b', 'topic']);
    commit(repo, 't.ts', `${ld('new-checkout')}\n`);
    expect(repo.git(['push', '-q', 'origin', 'topic']).status).toBe(0);
    repo.write('t.ts', `${ld('new-checkout')}\n${ld('forced-unknown')}\n`);
    repo.gitOk(['commit', '-q', '-a', '--amend', '--no-edit', '--no-verify']);
    const forced = repo.git(['push', '-q', '--force', 'origin', 'topic']);
    expect(forced.status).not.toBe(0);
    expect(forced.stderr).toMatch(/forced-unknown/);
    expect(forced.stderr).not.toMatch(/'new-checkout'/);
  });

  it('lets a branch deletion through without checking anything', () => {
    const { repo } = withRemote();
    repo.gitOk(['push', '-q', '--no-verify', 'origin', 'main:doomed']);
    const deleted = repo.git(['push', '-q', 'origin', ':doomed']);
    expect(deleted.stderr).toBe('');
    expect(deleted.status).toBe(0);
  });

  it('peels an annotated tag to its commit and checks it when it is new', () => {
    const { repo } = withRemote();
    commit(repo, 'tagged.ts', `${ld('tag-unknown')}\n`);
    repo.gitOk(['tag', '-a', '-m', 'release', 'v1']);
    const rejected = repo.git(['push', '-q', 'origin', 'v1']);
    expect(rejected.status).not.toBe(0);
    expect(rejected.stderr).toMatch(/tag-unknown/);
    repo.gitOk(['push', '-q', '--no-verify', 'origin', 'main']);
    repo.gitOk(['tag', '-a', '-m', 'again', 'v2']);
    expect(repo.git(['push', '-q', 'origin', 'v2']).status).toBe(0); // its commit is already there
  });

  it('scans a pushed tag of a tree (its files) or of a blob (its content as a file), plain or annotated', () => {
    const { repo } = withRemote();
    const blobOf = (content: string): string => repo.gitOk(['hash-object', '-w', '--stdin'], { input: content }).trim();
    const treeOf = (entries: string): string => repo.gitOk(['mktree'], { input: entries }).trim();
    const inner = treeOf(`100644 blob ${blobOf(`${ld('tree-unknown')}\n`)}\tdeep.ts\n`);
    const tree = treeOf(`100644 blob ${blobOf('plain\n')}\tplain.ts\n040000 tree ${inner}\tsrc\n`);
    repo.gitOk(['tag', 'tree-tag', tree]);
    const treePush = repo.git(['push', '-q', 'origin', 'tree-tag']);
    expect(treePush.stderr).toMatch(/unknown flag 'tree-unknown'/);
    expect(treePush.stderr).toMatch(/src\/deep\.ts/);
    expect(treePush.status).not.toBe(0);
    repo.gitOk(['tag', '-a', '-m', 'a key', 'blob-tag', blobOf(`${ld('blob-unknown')}\n`)]);
    const blobPush = repo.git(['push', '-q', 'origin', 'blob-tag']);
    expect(blobPush.stderr).toMatch(/unknown flag 'blob-unknown'/);
    expect(blobPush.stderr).toMatch(/blob-tag/);
    expect(blobPush.status).not.toBe(0);
    repo.gitOk(['tag', 'clean-tag', treeOf(`100644 blob ${blobOf(`${ld('new-checkout')}\n`)}\tok.ts\n`)]);
    const clean = repo.git(['push', '-q', 'origin', 'clean-tag']);
    expect(clean.status).toBe(0);
    expect(repo.git(['ls-remote', 'origin', 'refs/tags/*']).stdout).toMatch(/refs\/tags\/clean-tag/);
    expect(repo.git(['ls-remote', 'origin', 'refs/tags/*']).stdout).not.toMatch(/tree-tag|blob-tag/);
  });

  it('passes an up-to-date push and --dry-run', () => {
    const { repo } = withRemote();
    expect(repo.git(['push', '-q', 'origin', 'main']).status).toBe(0);
    commit(repo, 'dry.ts', `${ld('dry-unknown')}\n`);
    expect(runIn(repo, ['pre-push', 'origin', 'x'], { input: '' }).status).toBe(0);
  });

  it('works in a SHA-256 repository', () => {
    const repo = createFlagRepoSha256();
    commit(repo, 'a.ts', `${ld('sha256-unknown')}\n`);
    const rejected = repo.git(['push', '-q', 'origin', 'main']);
    expect(rejected.status).not.toBe(0);
    expect(rejected.stderr).toMatch(/sha256-unknown/);
  });
});

function createFlagRepoSha256(): TempRepo {
  const repo = flagRepo();
  // Rebuild the same content as a SHA-256 repository.
  repo.gitOk(['init', '-q', '--object-format=sha256', '-b', 'main', join(repo.home, '..', 'repo256')]);
  const dir = join(repo.home, '..', 'repo256');
  const git = (args: string[]) => repo.gitOk(args, { cwd: dir });
  git(['--git-dir', join(repo.dir, '.git'), '--work-tree', dir, 'checkout', 'main', '--', '.']);
  git(['add', '-A']);
  git(['commit', '-qm', GOOD('init')]);
  const remote = join(repo.home, '..', 'remote256.git');
  git(['init', '-q', '--bare', '--object-format=sha256', remote]);
  git(['remote', 'add', 'origin', remote]);
  git(['push', '-q', 'origin', 'main']);
  const sha256: TempRepo = { ...repo, dir, git: (args, o) => repo.git(args, { ...o, cwd: o?.cwd ?? dir }), gitOk: (args, o) => repo.gitOk(args, { ...o, cwd: o?.cwd ?? dir }), write: (path, content) => repo.write(join('..', 'repo256', path), content) };
  installHooks(sha256, ['pre-push']);
  return sha256;
}

describe('pre-push on git’s stdin (run directly)', () => {
  const Z = '0'.repeat(40);

  it('checks every commit not on the remote when the remote id is not in this clone', () => {
    const { repo } = withRemote();
    const tip = commit(repo, 'n.ts', `${ld('unfetched-unknown')}\n`);
    const missing = 'e'.repeat(40);
    const result = runIn(repo, ['pre-push', 'origin', 'url', '--format', 'json'], { input: `refs/heads/main ${tip} refs/heads/main ${missing}\n` });
    expect(result.stderr).toMatch(/is not in this clone/);
    expect(findingsOf(result).map((f) => f.flag)).toEqual(['unfetched-unknown']);
    expect(result.status).toBe(1);
  });

  it('reports flags whose last reference the push removes as extinct', () => {
    const { repo } = withRemote();
    commit(repo, 'uses.ts', `${ld('beta-search')}\n${ld('new-checkout')}\n`);
    repo.gitOk(['push', '-q', '--no-verify', 'origin', 'main']);
    const base = head(repo);
    const tip = commit(repo, 'uses.ts', `${ld('new-checkout')}\n`);
    const result = runIn(repo, ['pre-push', 'origin', 'url', '--format', 'json'], { input: `refs/heads/main ${tip} refs/heads/main ${base}\n` });
    expect(result.status).toBe(0);
    const findings = findingsOf(result).map((f) => [f.rule, f.flag]);
    expect(findings).toContainEqual(['flag-extinct', 'beta-search']);
    expect(findings).not.toContainEqual(['flag-extinct', 'new-checkout']);
  });

  it('a flag still named in a UTF-16 file or a file marked binary by .gitattributes is not extinct', () => {
    const { repo } = withRemote();
    commit(repo, 'uses.ts', `${ld('beta-search')}\n${ld('new-checkout')}\n`);
    // A UTF-16 source (NUL bytes: git grep calls it binary) and a text file a committed attribute marks binary.
    repo.write('win.cs', Buffer.from(`\uFEFF// \u4e2d\u6587\n${ld('beta-search')}\n`, 'utf16le'));
    repo.write('.gitattributes', '*.legacy.js -diff\n');
    commit(repo, 'old.legacy.js', `${ld('new-checkout')}\n`);
    repo.gitOk(['push', '-q', '--no-verify', 'origin', 'main']);
    const base = head(repo);
    const tip = commit(repo, 'uses.ts', 'const unrelated = 1;\n');
    const result = runIn(repo, ['pre-push', 'origin', 'url', '--format', 'json'], { input: `refs/heads/main ${tip} refs/heads/main ${base}\n` });
    expect(result.status, result.stderr).toBe(0);
    const extinct = findingsOf(result).filter((f) => f.rule === 'flag-extinct').map((f) => f.flag);
    expect(extinct).toEqual([]);
  });

  it('says clearly that a shallow clone hides part of the range', () => {
    const { repo, remote } = withRemote();
    commit(repo, 'h1.ts', 'a\n');
    commit(repo, 'h2.ts', 'b\n');
    repo.gitOk(['push', '-q', '--no-verify', 'origin', 'main']);
    const clone = join(repo.home, '..', 'shallow');
    repo.gitOk(['clone', '-q', '--depth', '1', '--branch', 'main', `file://${remote}`, clone]);
    repo.gitOk(['update-ref', '-d', 'refs/remotes/origin/main'], { cwd: clone });
    repo.write('../shallow/new.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', '-A'], { cwd: clone });
    repo.gitOk(['commit', '-qm', GOOD('shallow')], { cwd: clone });
    const tip = repo.gitOk(['rev-parse', 'HEAD'], { cwd: clone }).trim();
    const result = runIn(repo, ['pre-push', 'origin', 'url'], { cwd: clone, input: `refs/heads/topic ${tip} refs/heads/topic ${Z}\n` });
    expect(result.stderr).toMatch(/shallow/);
    expect(result.status).toBe(4);
    expect(result.stderr).toMatch(/git fetch --unshallow/);
  });

  it('judges a pushed range with 200,000 suppressed references (spread into push() they overflowed the stack: exit 70)', () => {
    const { repo } = withRemote();
    const old = head(repo);
    const tip = commit(repo, 'allowed.ts', `${ld('ghost-allowed')} // prove-allow-flag: ghost-allowed kept on purpose\n`.repeat(200_000) + `${ld('ghost-left')}\n`);
    const result = runIn(repo, ['pre-push', 'origin', 'url'], { input: `refs/heads/main ${tip} refs/heads/main ${old}\n` });
    expect(result.stderr).not.toMatch(/internal error|Maximum call stack/);
    expect(result.stderr).toMatch(/unknown flag 'ghost-left'/);
    expect(result.stderr).toMatch(/200000 suppressed/);
    expect(result.status).toBe(1);
  }, 120_000);

  it('fails closed when a pushed object is not in the repository: exit 4 naming it, never a silent pass', () => {
    const { repo } = withRemote();
    const Z = '0'.repeat(40);
    const absent = 'deadbeef'.repeat(5);
    for (const input of [`refs/heads/ghost ${absent} refs/heads/ghost ${Z}\n`, `refs/heads/main ${absent} refs/heads/main ${head(repo)}\n`]) {
      const result = runIn(repo, ['pre-push', 'origin', 'url'], { input });
      expect(result.stderr).toMatch(new RegExp(`pushed object ${absent} \\(refs/heads/\\w+ to refs/heads/\\w+\\) is not in this repository`));
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.status).toBe(4);
    }
  });

  it('batches a push of many refs: a few git processes for 300 tags, not one or more per tag, and the same verdict', () => {
    const { repo } = withRemote();
    const Z = '0'.repeat(40);
    const old = head(repo);
    commit(repo, 'one.ts', `${ld('new-checkout')}\n`);
    const bad = commit(repo, 'two.ts', `${ld('batch-unknown')}\n`);
    // git on PATH through a wrapper that counts its runs.
    const bin = join(repo.home, 'counting-bin');
    const log = join(repo.home, 'git-runs.log');
    mkdirSync(bin, { recursive: true });
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}` };
    const lines = (count: number, id: string, prefix: string): string =>
      Array.from({ length: count }, (_, i) => `refs/tags/${prefix}-${i} ${id} refs/tags/${prefix}-${i} ${Z}\n`).join('');
    const clean = runIn(repo, ['pre-push', 'origin', 'url'], { env, input: lines(300, old, 'old') });
    expect(clean.status).toBe(0);
    const cleanRuns = readFileSync(log, 'utf8').trim().split('\n').length;
    expect(cleanRuns).toBeLessThan(20);
    rmSync(log);
    const rejected = runIn(repo, ['pre-push', 'origin', 'url'], { env, input: `refs/heads/main ${bad} refs/heads/main ${old}\n${lines(150, bad, 'new')}${lines(150, old, 'old')}` });
    expect(rejected.stderr).toMatch(/unknown flag 'batch-unknown'/);
    expect(rejected.stderr.match(/unknown flag 'batch-unknown'/g)).toHaveLength(1);
    expect(rejected.status).toBe(1);
    expect(readFileSync(log, 'utf8').trim().split('\n').length).toBeLessThan(30);
  });

  it('rejects stdin that is not ref lines with exit 2, naming the line', () => {
    const { repo } = withRemote();
    const result = runIn(repo, ['pre-push', 'origin', 'url'], { input: 'garbage\n' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/line 1/);
  });
});

describe('pre-push judges each pushed range by the registry at its tip', () => {
  /** The registry with `extra` flags added (all active). */
  const registryWith = (...extra: string[]): string =>
    `${JSON.stringify({ flags: [{ key: 'new-checkout', status: 'active' }, { key: 'old-banner', status: 'archived' }, ...extra.map((key) => ({ key, status: 'active' }))] }, null, 2)}\n`;

  it('accepts a branch that adds a flag to its registry, pushed while another branch is checked out', () => {
    const { repo } = withRemote();
    repo.gitOk(['checkout', '-q', '-b', 'feature']);
    commit(repo, 'flags.json', registryWith('feature-only'));
    commit(repo, 'f.ts', `${ld('feature-only')}\n`);
    repo.gitOk(['checkout', '-q', 'main']);
    // The work tree's registry (main's) does not know the flag; the pushed commit's does.
    const pushed = repo.git(['push', '-q', 'origin', 'feature']);
    expect(pushed.stderr).toBe('');
    expect(pushed.status).toBe(0);
  });

  it('rejects a flag known only to an uncommitted edit of the registry', () => {
    const { repo } = withRemote();
    commit(repo, 'f.ts', `${ld('not-yet-registered')}\n`);
    repo.write('flags.json', registryWith('not-yet-registered'));
    const pushed = repo.git(['push', '-q', 'origin', 'main']);
    expect(pushed.status).not.toBe(0);
    expect(pushed.stderr).toMatch(/unknown flag 'not-yet-registered'/);
  });

  it('judges two branches pushed at once each by its own registry', () => {
    const { repo } = withRemote();
    repo.gitOk(['checkout', '-q', '-b', 'one']);
    commit(repo, 'flags.json', registryWith('flag-one'));
    commit(repo, 'one.ts', `${ld('flag-one')}\n`);
    repo.gitOk(['checkout', '-q', '-b', 'two', 'main']);
    commit(repo, 'two.ts', `${ld('flag-one')}\n`);
    const pushed = repo.git(['push', '-q', 'origin', 'one', 'two']);
    expect(pushed.status).not.toBe(0);
    // Branch two uses flag-one without the registry entry that only branch one has.
    // (The text report heads each file's findings with its path, on a line of its own.)
    expect(pushed.stderr).toMatch(/^two\.ts\n.*unknown flag 'flag-one'/m);
    expect(pushed.stderr).not.toMatch(/^one\.ts$/m);
  });

  it('falls back to the work tree registry when the tip has none (a branch older than the registry)', () => {
    const { repo } = withRemote();
    repo.gitOk(['checkout', '-q', '--orphan', 'legacy']);
    repo.gitOk(['rm', '-rq', '--cached', '.']);
    repo.gitOk(['clean', '-fdq', '-e', 'flags.json', '-e', '.proverc.json']);
    repo.write('legacy.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', 'legacy.ts']);
    repo.gitOk(['commit', '-qm', GOOD('legacy'), '--no-verify']);
    const pushed = repo.git(['push', '-q', 'origin', 'legacy']);
    expect(pushed.stderr).toBe('');
    expect(pushed.status).toBe(0);
  });
});

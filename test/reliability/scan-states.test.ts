// Flag scanning (pre-commit, pre-push) in every git state, through the installed hooks: findings
// name the real path, big and odd content is bounded, and every git layout gives the right verdict.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitResult } from '../helpers/git-repo.js';
import { REGISTRY, ld } from '../helpers/flag-repo.js';
import { createHookedRepo, goodMessage, type HookedRepo } from '../helpers/hooked-repo.js';
import { HOSTILE_NAMES } from '../helpers/hostile-names.js';

const output = (result: GitResult) => `${result.stdout}${result.stderr}`;
const KNOWN = 'new-checkout';

function expectPassed(result: GitResult): void {
  expect(output(result)).not.toMatch(/prove-hooks: (internal|cannot|git )|\n\s+at .+:\d+/);
  expect(result.status, output(result)).toBe(0);
}

/** A commit stopped by pre-commit for an unknown flag named `flag`. */
function expectUnknownFlag(result: GitResult, flag: string): void {
  expect(result.status, output(result)).not.toBe(0);
  expect(output(result)).toContain(`'${flag}'`);
  expect(output(result)).toMatch(/flag-unknown|unknown flag/);
}

/** A hooked repository with the test registry committed. */
function createFlagHookedRepo(options: Parameters<typeof createHookedRepo>[0] = {}): HookedRepo {
  return createHookedRepo({
    ...options,
    beforeInit: (r) => {
      options.beforeInit?.(r);
      r.write('flags.json', `${JSON.stringify(REGISTRY, null, 2)}\n`);
    },
  });
}

let repo: HookedRepo;
beforeAll(() => {
  repo = createFlagHookedRepo();
});
afterAll(() => repo?.cleanup());

/** Stages `files` (path -> content), commits with a good message, and returns git's result. */
function commitFiles(files: Record<string, string | Buffer>, extra: readonly string[] = [], cwd?: string): GitResult {
  const base = cwd ?? repo.dir;
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), content);
  }
  repo.gitOk(['add', '--', ...Object.keys(files)], cwd === undefined ? {} : { cwd });
  return repo.git(['commit', '-m', goodMessage(Object.keys(files)[0] ?? 'x'), ...extra], cwd === undefined ? {} : { cwd });
}

describe('pre-commit in git states', () => {
  it('the first commit of a repository (no HEAD): an unknown flag stops it, a known one passes', () => {
    const fresh = createFlagHookedRepo({ firstCommit: false });
    try {
      fresh.write('a.ts', `${ld('first-unknown')}\n`);
      fresh.gitOk(['add', '-A']);
      expectUnknownFlag(fresh.commit(goodMessage('first')), 'first-unknown');
      expect(fresh.git(['rev-parse', '--verify', '-q', 'HEAD']).status).not.toBe(0);
      fresh.write('a.ts', `${ld(KNOWN)}\n`);
      fresh.gitOk(['add', '-A']);
      expectPassed(fresh.commit(goodMessage('first')));
    } finally {
      fresh.cleanup();
    }
  });

  it('commit -a and commit <path>: the temporary index is what is checked', () => {
    repo.write('tracked.ts', `${ld(KNOWN)}\n`);
    repo.write('other.ts', `${ld(KNOWN)}\n`);
    repo.gitOk(['add', 'tracked.ts', 'other.ts']);
    expectPassed(repo.commit(goodMessage('tracked')));
    repo.write('tracked.ts', `${ld('dash-a-unknown')}\n`);
    expectUnknownFlag(repo.commit(goodMessage('dash a'), ['-a']), 'dash-a-unknown');
    // Only the named path goes in: a bad flag staged elsewhere is not part of `commit <path>`.
    repo.write('staged-elsewhere.ts', `${ld('staged-elsewhere-unknown')}\n`);
    repo.gitOk(['add', 'staged-elsewhere.ts']);
    repo.write('tracked.ts', `${ld(KNOWN)}\n// changed\n`);
    expectPassed(repo.commit(goodMessage('one path'), ['--', 'tracked.ts']));
    repo.gitOk(['rm', '-q', '--cached', 'staged-elsewhere.ts']);
  });

  it('a linked worktree: checked there, with the registry cache shared in the common dir', () => {
    const worktree = join(repo.home, '..', 'scan-worktree');
    repo.gitOk(['worktree', 'add', '-q', '-b', 'scan-wt', worktree]);
    repo.npmInstallIn(worktree);
    expectUnknownFlag(commitFiles({ 'wt.ts': `${ld('worktree-unknown')}\n` }, [], worktree), 'worktree-unknown');
    expectPassed(commitFiles({ 'wt.ts': `${ld(KNOWN)}\n` }, [], worktree));
  });

  it('a changed submodule pointer is not content: the commit passes', () => {
    const sub = createFlagHookedRepo();
    try {
      repo.gitOk(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/flags-sub']);
      expectPassed(repo.commit(goodMessage('add submodule')));
      sub.write('inside.ts', `${ld('inside-submodule-unknown')}\n`);
      sub.gitOk(['add', 'inside.ts']);
      expect(sub.git(['commit', '-q', '--no-verify', '-m', 'x']).status).toBe(0);
      repo.gitOk(['-c', 'protocol.file.allow=always', '-C', 'vendor/flags-sub', 'pull', '-q', 'origin', 'main']);
      repo.gitOk(['add', 'vendor/flags-sub']);
      expectPassed(repo.commit(goodMessage('bump submodule')));
    } finally {
      sub.cleanup();
    }
  });

  it('a sparse checkout (cone holds .husky): files inside the cone are scanned', () => {
    expectPassed(commitFiles({ 'cone2/in.ts': `${ld(KNOWN)}\n`, 'away/out.ts': `${ld(KNOWN)}\n` }));
    repo.gitOk(['sparse-checkout', 'set', 'cone2', '.husky']);
    try {
      expectUnknownFlag(commitFiles({ 'cone2/new.ts': `${ld('sparse-unknown')}\n` }), 'sparse-unknown');
      repo.gitOk(['reset', '-q']);
    } finally {
      repo.gitOk(['sparse-checkout', 'disable']);
    }
  });

  it.each([
    ['true', 'ünïcödé/名前.ts'],
    ['false', 'ñandú/quoted "name".ts'],
  ])('core.quotePath=%s: the finding names the real path', (quotePath, path) => {
    repo.gitOk(['config', 'core.quotePath', quotePath]);
    try {
      const result = commitFiles({ [path]: `${ld(`quote-${quotePath}-unknown`)}\n` });
      expectUnknownFlag(result, `quote-${quotePath}-unknown`);
      expect(output(result)).toContain(path);
    } finally {
      repo.gitOk(['reset', '-q']);
      repo.gitOk(['config', '--unset', 'core.quotePath']);
    }
  });

  it('core.autocrlf=true and CRLF content: flags found on CRLF lines', () => {
    repo.gitOk(['config', 'core.autocrlf', 'true']);
    try {
      expectUnknownFlag(commitFiles({ 'crlf.ts': `// one\r\n${ld('crlf-unknown')}\r\n` }), 'crlf-unknown');
    } finally {
      repo.gitOk(['reset', '-q']);
      repo.gitOk(['config', '--unset', 'core.autocrlf']);
    }
  });

  it('hostile file names: each finding names its file exactly, and nothing runs', () => {
    const files = Object.fromEntries(HOSTILE_NAMES.map((name, i) => [`hostile/${name}`, `${ld(`hostile-${i}-unknown`)}\n`]));
    const result = commitFiles(files);
    expect(result.status).not.toBe(0);
    for (let i = 0; i < HOSTILE_NAMES.length; i++) expect(output(result)).toContain(`'hostile-${i}-unknown'`);
    for (const dir of [repo.dir, join(repo.dir, 'hostile'), repo.home]) expect(existsSync(join(dir, 'pwned'))).toBe(false);
    repo.gitOk(['reset', '-q']);
  });

  it('binary files are skipped and a 16 MB text file is scanned to its last line', () => {
    const binary = Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(ld('binary-unknown')), Buffer.alloc(1024)]);
    const big = `${'// filler line of a very large file\n'.repeat(450_000)}${ld('big-file-unknown')}\n`;
    const result = commitFiles({ 'blob.bin': binary, 'big.ts': big });
    expectUnknownFlag(result, 'big-file-unknown');
    expect(output(result)).not.toContain('binary-unknown');
    repo.gitOk(['reset', '-q']);
  });

  it('a 10 MB single-line file: bounded work, the skip reported, the verdict given', () => {
    const line = `${'x'.repeat(10 * 1024 * 1024)}${ld('hidden-in-long-line')}\n`;
    const result = commitFiles({ 'minified.js': line, 'next.ts': `${ld('after-long-line-unknown')}\n` });
    expectUnknownFlag(result, 'after-long-line-unknown');
    expect(output(result)).toContain('line-too-long-skipped');
    repo.gitOk(['reset', '-q']);
  });

  it('a 10,000-file commit: one unknown flag among them is found, then the commit goes through', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) files[`many/d${i % 100}/f${i}.ts`] = `${ld(KNOWN)} // ${i}\n`;
    files['many/d42/culprit.ts'] = `${ld('one-in-ten-thousand')}\n`;
    const result = commitFiles(files);
    expectUnknownFlag(result, 'one-in-ten-thousand');
    writeFileSync(join(repo.dir, 'many/d42/culprit.ts'), `${ld(KNOWN)}\n`);
    repo.gitOk(['add', 'many/d42/culprit.ts']);
    expectPassed(repo.commit(goodMessage('ten thousand')));
    expect(Number(repo.gitOk(['show', '--format=', '--name-only', 'HEAD']).trim().split('\n').length)).toBe(10_001);
  }, 300_000);
});

describe('pre-push in git states', () => {
  let remote: string;
  beforeAll(() => {
    remote = join(repo.home, '..', 'scan-remote.git');
    repo.gitOk(['init', '-q', '--bare', '-b', 'main', remote]);
    repo.gitOk(['remote', 'add', 'origin', remote]);
    expectPassed(repo.git(['push', '-q', 'origin', 'main']));
  });

  it('a pushed range with an unknown flag (committed with --no-verify) is stopped', () => {
    repo.write('sneaky.ts', `${ld('pushed-unknown')}\n`);
    repo.gitOk(['add', 'sneaky.ts']);
    repo.gitOk(['commit', '-q', '--no-verify', '-m', goodMessage('sneaky')]);
    const push = repo.git(['push', '-q', 'origin', 'main']);
    expectUnknownFlag(push, 'pushed-unknown');
    repo.gitOk(['reset', '-q', '--hard', 'HEAD~1']);
  });

  it('a shallow clone whose push reaches past its history: a clear message, not a silent pass', () => {
    const clone = join(repo.home, '..', 'scan-shallow');
    repo.gitOk(['clone', '-q', '--depth', '1', `file://${remote}`, clone]);
    repo.npmInstallIn(clone);
    expectPassed(commitFiles({ 'shallow.ts': `${ld(KNOWN)}\n` }, [], clone));
    // To an empty remote every commit is new, the shallow boundary included: it cannot all be checked.
    const empty = join(repo.home, '..', 'scan-empty.git');
    repo.gitOk(['init', '-q', '--bare', '-b', 'main', empty]);
    const push = repo.git(['push', '-q', empty, 'main'], { cwd: clone });
    expect(output(push)).not.toMatch(/internal error|\n\s+at .+:\d+/);
    expect(push.status).not.toBe(0);
    expect(output(push)).toMatch(/shallow/);
  });

  it('a SHA-256 repository: the pushed range is checked', () => {
    const sha = createFlagHookedRepo({ initArgs: ['--object-format=sha256'] });
    try {
      const shaRemote = join(sha.home, '..', 'scan-sha256.git');
      sha.gitOk(['init', '-q', '--bare', '-b', 'main', '--object-format=sha256', shaRemote]);
      sha.gitOk(['remote', 'add', 'origin', shaRemote]);
      expectPassed(sha.git(['push', '-q', 'origin', 'main']));
      sha.write('s.ts', `${ld('sha256-unknown')}\n`);
      sha.gitOk(['add', 's.ts']);
      sha.gitOk(['commit', '-q', '--no-verify', '-m', goodMessage('sha')]);
      expectUnknownFlag(sha.git(['push', '-q', 'origin', 'main']), 'sha256-unknown');
    } finally {
      sha.cleanup();
    }
  });
});

// Hostile input through the installed hooks: file names, branch names, remote paths and messages
// that a shell would run or an option parser would read are data; a catastrophic pattern in the
// config is refused; the tool writes nowhere but the git dir.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.js';
import { BAD_MESSAGE, createHookedRepo, goodMessage, type HookedRepo } from '../helpers/hooked-repo.js';
import { HOSTILE_NAMES } from '../helpers/hostile-names.js';

let repo: HookedRepo;
let canary: string;

/** No `pwned` file anywhere a hostile name could have made one. */
function expectNotPwned(): void {
  for (const dir of [repo.dir, repo.home, join(repo.home, '..'), process.cwd()]) expect(existsSync(join(dir, 'pwned')), dir).toBe(false);
  // `;rm -rf x` did not run: the folder x and its canary are still there.
  expect(readFileSync(canary, 'utf8')).toBe('canary\n');
}

beforeAll(() => {
  repo = createHookedRepo();
  mkdirSync(join(repo.dir, 'x'));
  canary = join(repo.dir, 'x', 'canary.txt');
  writeFileSync(canary, 'canary\n');
  repo.gitOk(['add', 'x']);
  expect(repo.commit(goodMessage('canary')).status).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('hostile names are data', () => {
  it('files with hostile names are staged and committed through the hooks; nothing runs', () => {
    for (const name of HOSTILE_NAMES) writeFileSync(join(repo.dir, name), `file named ${JSON.stringify(name)}\n`);
    repo.gitOk(['add', '--', ...HOSTILE_NAMES]);
    const bad = repo.commit(BAD_MESSAGE);
    expect(bad.status).not.toBe(0);
    const good = repo.commit(goodMessage('hostile names'));
    expect(good.status, good.stdout + good.stderr).toBe(0);
    const committed = repo.gitOk(['show', '-z', '--name-only', '--format=', 'HEAD']).split('\0').filter(Boolean);
    expect(committed.sort()).toEqual([...HOSTILE_NAMES].sort());
    // `--output=x` was not read as an option: no file x was written by anyone.
    expect(statSync(join(repo.dir, 'x')).isDirectory()).toBe(true);
    expectNotPwned();
  });

  it('a message full of shell syntax is checked as text', () => {
    repo.write('msg.txt', 'm\n');
    repo.gitOk(['add', 'msg.txt']);
    const message = 'feat: $(touch pwned) `touch pwned` ; rm -rf x [T-2026-01-15-001] [MODE:F]';
    const result = repo.commit(message);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(repo.headSubject()).toBe(message);
    expect(repo.commit('$(touch pwned) `touch pwned`', ['--allow-empty']).status).not.toBe(0);
    expectNotPwned();
  });

  it('a branch named $(touch${IFS}pwned) pushed to a remote whose path holds shell syntax', () => {
    const remote = join(repo.home, '..', '$(touch pwned);x.git');
    repo.gitOk(['init', '-q', '--bare', remote]);
    const branch = '$(touch${IFS}pwned)';
    repo.gitOk(['branch', branch]);
    const push = repo.git(['push', '-q', remote, `${branch}:refs/heads/${branch}`, 'main']);
    expect(push.status, push.stdout + push.stderr).toBe(0);
    expect(repo.gitOk(['--git-dir', remote, 'rev-parse', `refs/heads/${branch}`])).toBe(repo.gitOk(['rev-parse', branch]));
    expectNotPwned();
  });
});

describe('a catastrophic pattern in the config', () => {
  /** Runs `body` with `patterns` as the config's flag patterns, then restores the config and the index. */
  function withPatterns(patterns: unknown[], body: () => void): void {
    const config = join(repo.dir, '.proverc.json');
    const original = readFileSync(config, 'utf8');
    try {
      const data = JSON.parse(original);
      data.flags = { patterns };
      writeFileSync(config, JSON.stringify(data));
      body();
    } finally {
      writeFileSync(config, original);
      repo.gitOk(['reset', '-q']);
    }
  }

  it('is refused at config load with the config exit code, naming the pattern key', () => {
    // A backreference: the linear-time engine cannot run it, so it is refused, not run.
    withPatterns([{ pattern: "(?<q>['\"])isOn\\((?<flag>\\w+)\\k<q>" }], () => {
      const checked = runBuiltCli(['config'], { cwd: repo.dir, env: repo.env });
      expect(checked.status).toBe(3);
      expect(checked.stderr).toMatch(/flags\.patterns\[0\]\.pattern/);
      expect(checked.stderr).toMatch(/linear time/);
      expect(checked.stderr).not.toMatch(/\n\s+at /);
      // The hook refuses too: a config the tool cannot trust never passes a commit.
      repo.write('p.txt', 'p\n');
      repo.gitOk(['add', 'p.txt']);
      const commit = repo.commit(goodMessage('with a bad pattern'));
      expect(commit.status).not.toBe(0);
      expect(commit.stdout + commit.stderr).toMatch(/flags\.patterns\[0\]\.pattern/);
    });
  });

  it('runs patterns that passed the old backtracking check in bounded time (issue 12: seconds to minutes each before)', () => {
    // Each hung a commit for seconds (the first doubles every 2 characters) on the backtracking engine.
    const patterns = [
      { pattern: 'check\\((?<flag>(?:a|a)*)!' },
      { pattern: 'check\\((?<flag>(a|aa)*b)' },
      { pattern: 'check\\((?<flag>\\d*\\d*\\d*\\d*x)' },
    ];
    withPatterns(patterns, () => {
      expect(runBuiltCli(['config'], { cwd: repo.dir, env: repo.env }).status).toBe(0);
      repo.write('slow.txt', `check(${'a'.repeat(60)}\ncheck(${'1'.repeat(3000)}\n`);
      repo.gitOk(['add', 'slow.txt']);
      // A time limit of our own: a hook that hangs must fail this test, not block the run.
      const commit = spawnSync('git', ['commit', '-q', '-m', goodMessage('with patterns that backtrack')], { cwd: repo.dir, env: repo.env, encoding: 'utf8', timeout: 30_000 });
      expect(commit.error).toBeUndefined();
      expect(commit.status, commit.stderr).toBe(0);
      repo.gitOk(['reset', '-q', '--soft', 'HEAD~1']);
    });
  });
});

describe('code built to make the flag check slow', () => {
  // Each shape made the check read the whole file again per name or per call: quadratic, so
  // these sizes took from about 45 s to minutes; linear, each is judged in a few seconds.
  it.each([
    ['thousands of distinct receivers of a generic SDK method (quadratic: minutes before)', 4000, (i: number) => `function g${i}(a${i}) { const b${i} = x${i}; return a${i}.isEnabled('generic-key') || b${i}.isEnabled('generic-key'); }`, 0],
    ['a comment close before every call and no comment open (quadratic: about 45 s before)', 24000, () => `x */.isEnabled('generic-key');`, 0],
    ['thousands of renamed imports of one SDK function (quadratic: over a minute before)', 24000, (i: number) => `import { isEnabled as e${i} } from 'm${i}'; e${i}('generic-key');`, 1],
  ])('judges a file of %s in bounded time', (_shape, count, line, status) => {
    repo.write('slow.ts', `${Array.from({ length: count }, (_, i) => line(i)).join('\n')}\n`);
    repo.gitOk(['add', 'slow.ts']);
    try {
      // A time limit of our own: a hook that hangs must fail this test, not block the run.
      const commit = spawnSync('git', ['commit', '-q', '-m', goodMessage('slow code')], { cwd: repo.dir, env: repo.env, encoding: 'utf8', timeout: 30_000, maxBuffer: 256 * 1024 * 1024 });
      expect(commit.error).toBeUndefined();
      // 0: no receiver is a client, nothing to report; 1: the renamed calls are judged (an unknown key).
      expect(commit.status, commit.stderr).toBe(status);
      if (status === 0) repo.gitOk(['reset', '-q', '--soft', 'HEAD~1']);
      else expect(commit.stderr).toMatch(/flag-unknown/);
    } finally {
      repo.gitOk(['rm', '-q', '--cached', 'slow.ts']);
    }
  });
  // Each comment searched the rest of the file for a suppression marker: quadratic in `flags`,
  // which reads whole files (500,000 comments took 8.7 s before, this file about 20 s; now 0.5 s).
  it('lists the flags of a file of 750,000 comments without a suppression marker in bounded time', () => {
    const lines = ["ldClient.variation('generic-key', false);", ...Array.from({ length: 750_000 }, () => '// n')];
    repo.write('comments.ts', `${lines.join('\n')}\n`);
    // A registry with a key: comments are read for keys only when there are keys to name.
    repo.write('flags.json', '{ "flags": [{ "key": "known-key", "status": "active" }] }\n');
    repo.gitOk(['add', 'comments.ts', 'flags.json']);
    try {
      const listed = runBuiltCli(['flags', '--format', 'json'], { cwd: repo.dir, env: repo.env, timeout: 15_000, maxBuffer: 64 * 1024 * 1024 });
      expect(listed.status, listed.stderr).not.toBeNull();
      expect(listed.stdout).toContain('generic-key');
    } finally {
      repo.gitOk(['rm', '-q', '--cached', 'comments.ts']);
      rmSync(join(repo.dir, 'comments.ts'), { force: true });
      repo.write('flags.json', '{ "flags": [] }\n');
      repo.gitOk(['add', 'flags.json']);
    }
  });
});

describe('the tool writes only inside the git dir', () => {
  /** Every file under `dir` with its size and mtime, skipping `.git` and node_modules. */
  function snapshot(dir: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (/^(\.git|node_modules)(\/|$)/.test(name)) continue;
      const stats = statSync(join(dir, name));
      if (stats.isFile()) files[relative(dir, join(dir, name))] = `${stats.size}:${stats.mtimeMs}`;
    }
    return files;
  }

  it('hook runs (accepted, rejected, pushed) change no file in the work tree, HOME or TMPDIR', () => {
    const home = join(repo.home, '..', 'empty-home');
    const tmp = join(repo.home, '..', 'empty-tmp');
    mkdirSync(home);
    mkdirSync(tmp);
    const env = { HOME: home, TMPDIR: tmp, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') };
    repo.write('w.txt', 'w\n');
    repo.gitOk(['add', 'w.txt']);
    const before = snapshot(repo.dir);
    expect(repo.commit(BAD_MESSAGE, [], { env }).status).not.toBe(0);
    expect(repo.commit(goodMessage('write nowhere'), [], { env }).status).toBe(0);
    const remote = join(repo.home, '..', 'write-nowhere.git');
    repo.gitOk(['init', '-q', '--bare', remote]);
    expect(repo.git(['push', '-q', remote, 'main'], { env }).status).toBe(0);
    expect(snapshot(repo.dir)).toEqual(before);
    expect(readdirSync(home)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

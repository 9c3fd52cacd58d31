// Every file the commit-msg path reads or writes, broken in every way in turn: derived state is
// rebuilt, the user's own files fail with a clear error and the config exit code, the verdict is
// never wrong, a rejected message is never lost, and nothing is ever written outside the git dir.
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GIT_SETTINGS_CACHE_FORMAT } from '../../src/cache/git-settings-cache.js';
import { runBuiltCli, type CliResult } from '../helpers/cli.js';
import { FAULTS, RUNNING_AS_ROOT, applyFault, removeEntry, type Fault } from '../helpers/faults.js';
import { BAD_MESSAGE, createHookedRepo, goodMessage, type HookedRepo } from '../helpers/hooked-repo.js';

let repo: HookedRepo;
let gitDir: string;
let stateDir: string;
let outsideDir: string;

/** Runs the hook as husky does: `prove-hooks commit-msg .git/COMMIT_EDITMSG` at the top of the work tree. */
function commitMsg(message: string): CliResult {
  const file = join(gitDir, 'COMMIT_EDITMSG');
  rmSync(file, { force: true });
  mkdirSync(gitDir, { recursive: true });
  writeFileSync(file, `${message}\n`);
  return runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: repo.env });
}

const all = (result: CliResult) => `${result.stdout}${result.stderr}`;
const noStackTrace = (result: CliResult) => expect(all(result)).not.toMatch(/\n\s+at .+:\d+/);

/** The verdicts are right: a good message passes (0), a bad one is rejected (1) and recoverable. */
function expectRightVerdicts(): { good: CliResult; bad: CliResult } {
  const good = commitMsg(goodMessage('fault'));
  expect(good.status, all(good)).toBe(0);
  noStackTrace(good);
  const bad = commitMsg(BAD_MESSAGE);
  expect(bad.status, all(bad)).toBe(1);
  noStackTrace(bad);
  expectRecoverable(bad, BAD_MESSAGE);
  return { good, bad };
}

/** The rejected message is either saved (and the file holds it) or printed in full. */
function expectRecoverable(result: CliResult, message: string): void {
  const retry = /git commit --edit --file=(\S+)/.exec(all(result));
  if (retry !== null) {
    const path = retry[1]!.replace(/^'|'$/g, '');
    expect(readFileSync(path, 'utf8')).toBe(`${message}\n`);
    expect(path.startsWith(gitDir)).toBe(true);
  } else {
    expect(all(result)).toContain('could not be saved');
    expect(all(result)).toContain(`    ${message}`);
  }
}

/** Every entry under `dir`, recursively (relative paths), to prove nothing was written there. */
function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

beforeAll(() => {
  repo = createHookedRepo();
  gitDir = join(repo.dir, '.git');
  stateDir = join(gitDir, 'prove-hooks');
  outsideDir = join(repo.home, '..', 'outside');
  mkdirSync(outsideDir);
});
afterAll(() => repo?.cleanup());

const unreadableSkip = (fault: Fault) => fault === 'unreadable' && RUNNING_AS_ROOT;
const ROOT_SKIP = 'running as root: chmod 000 does not deny root reads (the directory case covers an unusable path)';

describe('the config file (.proverc.json)', () => {
  const path = () => join(repo.dir, '.proverc.json');
  // A valid config that also allows the type `perf`: a `perf:` message passes only when it was read.
  const valid = `${JSON.stringify({ commitMsg: { types: ['feat', 'fix', 'chore', 'refactor', 'revert', 'test', 'perf'] } }, null, 2)}\n`;
  const perfMessage = 'perf: faster start [T-2026-01-15-001] [MODE:F]';
  let original: string;
  beforeAll(() => {
    original = readFileSync(path(), 'utf8');
  });
  afterAll(() => {
    removeEntry(path());
    writeFileSync(path(), original);
  });

  /** How each fault must end: `defaults` (no config: the built-in rules), `read` (used), or `config-error` (exit 3). */
  const expected: Record<Fault, 'defaults' | 'read' | 'config-error'> = {
    missing: 'defaults',
    empty: 'defaults',
    truncated: 'config-error',
    corrupt: 'config-error',
    'wrong-version': 'config-error',
    unreadable: 'config-error',
    directory: 'defaults',
    // Refused unread (issue 12): a parse error could print what a link out of the repository points at.
    'symlink-out': 'config-error',
  };

  it.for(FAULTS)('%s', (fault, { skip }) => {
    if (unreadableSkip(fault)) skip(ROOT_SKIP);
    applyFault(path(), fault, {
      valid,
      wrongVersion: JSON.stringify({ version: 2, commitMsg: { types: 'feat' } }),
      outside: join(outsideDir, 'shared.proverc.json'),
    });
    const perf = commitMsg(perfMessage);
    noStackTrace(perf);
    if (expected[fault] === 'config-error') {
      expect(perf.status, all(perf)).toBe(3);
      expect(perf.stderr).toContain('.proverc.json');
      // A config that cannot be read never lets a bad message through either.
      expect(commitMsg(BAD_MESSAGE).status).toBe(3);
      return;
    }
    expect(perf.status, all(perf)).toBe(expected[fault] === 'read' ? 0 : 1);
    expectRightVerdicts();
  });
});

describe('the config cache (<git dir>/prove-hooks/config-cache.json)', () => {
  const path = () => join(stateDir, 'config-cache.json');
  let valid: string;
  beforeAll(() => {
    commitMsg(goodMessage('warm the cache'));
    valid = readFileSync(path(), 'utf8');
  });

  it.for(FAULTS)('%s: the verdicts stay right and the cache is rebuilt where it can be', (fault, { skip }) => {
    if (unreadableSkip(fault)) skip(ROOT_SKIP);
    const outside = join(outsideDir, `config-cache-${fault}.json`);
    const parsed = JSON.parse(valid) as { version: string };
    applyFault(path(), fault, { valid, wrongVersion: JSON.stringify({ ...parsed, version: '0.0.1-other' }), outside });
    expectRightVerdicts();
    if (fault === 'directory') {
      expect(statSync(path()).isDirectory()).toBe(true);
      return;
    }
    if (fault === 'symlink-out') {
      // Read through (a read cannot change the verdict: entries carry a checksum), never written through.
      expect(readFileSync(outside, 'utf8')).toBe(valid);
      if (lstatSync(path()).isSymbolicLink()) return;
    }
    // Rebuilt: a regular file in our format.
    expect(lstatSync(path()).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(path(), 'utf8')).format).toBe('prove-hooks/config-cache@3');
  });

  it('a forged entry (config changed, checksum not) is never trusted', () => {
    removeEntry(path());
    commitMsg(goodMessage('fresh cache'));
    const data = JSON.parse(readFileSync(path(), 'utf8')) as { entries: Record<string, { config: { commitMsg: { types: string[] } } }> };
    for (const entry of Object.values(data.entries)) entry.config.commitMsg.types = ['did'];
    writeFileSync(path(), JSON.stringify(data));
    const bad = commitMsg('did: x [T-2026-01-15-001] [MODE:F]');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/config cache .* was an entry fails its checksum; rebuilding it/);
  });
});

describe('the rejected-message backup (<git dir>/prove-hooks/rejected/, last-rejected.txt)', () => {
  const last = () => join(stateDir, 'last-rejected.txt');
  const folder = () => join(stateDir, 'rejected');

  it.for(FAULTS)('last-rejected.txt %s: the rejection is reported and the message recoverable', (fault, { skip }) => {
    if (unreadableSkip(fault)) skip(ROOT_SKIP);
    const outside = join(outsideDir, `last-rejected-${fault}.txt`);
    applyFault(last(), fault, { valid: 'an older rejected message\n', wrongVersion: 'an older rejected message\n', outside });
    expectRightVerdicts();
    if (fault === 'symlink-out') expect(readFileSync(outside, 'utf8')).toBe('an older rejected message\n');
    removeEntry(last());
  });

  it.each(['a file', 'a symlink out of the repository'])('rejected/ is %s: nothing is written outside and the message is recoverable', (kind) => {
    const outside = join(outsideDir, 'rejected-elsewhere');
    removeEntry(folder());
    if (kind === 'a file') writeFileSync(folder(), 'not a folder\n');
    else {
      mkdirSync(outside, { recursive: true });
      symlinkSync(outside, folder());
    }
    expectRightVerdicts();
    expect(listTree(outside)).toEqual([]);
    removeEntry(folder());
  });
});

describe('the state dir itself (<git dir>/prove-hooks)', () => {
  it('a symlink out of the repository: verdicts right, nothing written through it', () => {
    const outside = join(outsideDir, 'state-elsewhere');
    mkdirSync(outside, { recursive: true });
    removeEntry(stateDir);
    symlinkSync(outside, stateDir);
    try {
      expectRightVerdicts();
      expect(listTree(outside)).toEqual([]);
    } finally {
      removeEntry(stateDir);
    }
  });

  it('a file: verdicts right, the rejected message printed in full', () => {
    removeEntry(stateDir);
    writeFileSync(stateDir, 'not a folder\n');
    try {
      const { bad } = expectRightVerdicts();
      expect(all(bad)).toContain('could not be saved');
    } finally {
      removeEntry(stateDir);
    }
  });
});

/** Drops the git settings cache, so the next runs start git (and with it the git version check). */
function forgetGitSettings(): void {
  removeEntry(join(stateDir, 'git-settings.json'));
}

describe('the git version stamp (<common dir>/prove-hooks/git-version.json)', () => {
  const path = () => join(stateDir, 'git-version.json');
  it.for(FAULTS)('%s: the check runs again and the verdicts stay right', (fault, { skip }) => {
    if (unreadableSkip(fault)) skip(ROOT_SKIP);
    forgetGitSettings();
    commitMsg(goodMessage('stamp'));
    const valid = readFileSync(path(), 'utf8');
    const outside = join(outsideDir, `git-version-${fault}.json`);
    applyFault(path(), fault, { valid, wrongVersion: valid.replace('git-version@1', 'git-version@0'), outside });
    forgetGitSettings();
    expectRightVerdicts();
    if (fault === 'symlink-out') expect(readFileSync(outside, 'utf8')).toBe(valid);
    removeEntry(path());
  });
});

describe('the git settings cache (<git dir>/prove-hooks/git-settings.json)', () => {
  const path = () => join(stateDir, 'git-settings.json');
  beforeAll(() => {
    // Config files changed in the last seconds are not trusted for caching; age them.
    const old = new Date(Date.now() - 60_000);
    for (const file of [join(gitDir, 'config'), join(repo.home, '.gitconfig')]) if (existsSync(file)) utimesSync(file, old, old);
  });
  it.for(FAULTS)('%s: git is asked again, the verdicts stay right, the cache is rebuilt where it can be', (fault, { skip }) => {
    if (unreadableSkip(fault)) skip(ROOT_SKIP);
    forgetGitSettings();
    commitMsg(goodMessage('settings'));
    const valid = readFileSync(path(), 'utf8');
    const outside = join(outsideDir, `git-settings-${fault}.json`);
    applyFault(path(), fault, { valid, wrongVersion: valid.replace(GIT_SETTINGS_CACHE_FORMAT, 'prove-hooks/git-settings@0'), outside });
    expectRightVerdicts();
    if (fault === 'symlink-out') expect(readFileSync(outside, 'utf8')).toBe(valid);
    if (fault !== 'directory' && fault !== 'symlink-out') expect(JSON.parse(readFileSync(path(), 'utf8')).format).toBe(GIT_SETTINGS_CACHE_FORMAT);
    removeEntry(path());
  });
});

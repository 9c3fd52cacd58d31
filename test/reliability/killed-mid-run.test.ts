// Killed mid-run (SIGINT, SIGTERM, SIGKILL) at points spread over a whole hook run, the state
// files being written included: the next run recovers, no file is left corrupt, and the user's
// staged changes and message are untouched.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLines } from '../../src/perf/run-log.js';
import { CLI_PATH, runBuiltCli } from '../helpers/cli.js';
import { REGISTRY, ld } from '../helpers/flag-repo.js';
import { BAD_MESSAGE, createHookedRepo, goodMessage, type HookedRepo } from '../helpers/hooked-repo.js';

/** Kill points per signal, spread evenly over one measured run. */
const KILLS_PER_SIGNAL = 8;

let repo: HookedRepo;
let gitDir: string;
let stateDir: string;
let runMs: number;

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const messageFile = () => join(gitDir, 'COMMIT_EDITMSG');

/** Starts the hook as git would and kills it after `delayMs`; resolves when it is gone. */
function runAndKill(signal: NodeJS.Signals, delayMs: number, args: readonly string[] = ['commit-msg', '.git/COMMIT_EDITMSG']): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], { cwd: repo.dir, env: repo.env, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(signal), delayMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Every state file is either absent or whole. */
function expectNothingCorrupt(): void {
  const cache = join(stateDir, 'config-cache.json');
  if (existsSync(cache)) expect(JSON.parse(readFileSync(cache, 'utf8')).format).toBe('prove-hooks/config-cache@3');
  const last = join(stateDir, 'last-rejected.txt');
  if (existsSync(last)) expect(readFileSync(last, 'utf8')).toBe(`${BAD_MESSAGE}\n`);
  const rejected = join(stateDir, 'rejected');
  if (existsSync(rejected)) {
    for (const name of readdirSync(rejected)) expect(readFileSync(join(rejected, name), 'utf8'), name).toBe(`${BAD_MESSAGE}\n`);
  }
  const stamp = join(stateDir, 'git-version.json');
  if (existsSync(stamp)) expect(JSON.parse(readFileSync(stamp, 'utf8')).format).toBe('prove-hooks/git-version@1');
  const registryCache = join(stateDir, 'registry-cache.json');
  if (existsSync(registryCache)) expect(JSON.parse(readFileSync(registryCache, 'utf8')).format).toBe('prove-hooks/registry-cache');
}

/** The timing log's lines: every one a whole record, except at most `torn` cut by a kill (readers skip those). */
function expectLogWhole(torn: number): void {
  const log = join(stateDir, 'perf.jsonl');
  if (!existsSync(log)) return;
  const read = parseLines(readFileSync(log, 'utf8'));
  expect(read.corrupt).toBeLessThanOrEqual(torn);
  expect(readFileSync(log, 'utf8').endsWith('\n')).toBe(true);
}

beforeAll(() => {
  repo = createHookedRepo({ beforeInit: (r) => r.write('flags.json', `${JSON.stringify(REGISTRY, null, 2)}\n`) });
  gitDir = join(repo.dir, '.git');
  stateDir = join(gitDir, 'prove-hooks');
  repo.write('staged.txt', `${ld('new-checkout')}\n`);
  repo.gitOk(['add', 'staged.txt']);
  writeFileSync(messageFile(), `${BAD_MESSAGE}\n`);
  // A cold run (no config cache) writes every state file: time it to spread the kill points over it.
  rmSync(stateDir, { recursive: true, force: true });
  const started = performance.now();
  runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: repo.env });
  runMs = performance.now() - started;
});
afterAll(() => repo?.cleanup());

describe.each(['SIGINT', 'SIGTERM', 'SIGKILL'] as const)('killed by %s', (signal) => {
  it(`at ${KILLS_PER_SIGNAL} points of a run: nothing corrupt, staged changes and message untouched, the next run right`, async () => {
    const index = hash(join(gitDir, 'index'));
    const message = hash(messageFile());
    for (let i = 0; i < KILLS_PER_SIGNAL; i++) {
      // Half the runs start cold, so the kill can land while the config cache is being written.
      if (i % 2 === 0) rmSync(join(stateDir, 'config-cache.json'), { force: true });
      await runAndKill(signal, (runMs * (i + 0.5)) / KILLS_PER_SIGNAL);
      expect(hash(join(gitDir, 'index'))).toBe(index);
      expect(hash(messageFile())).toBe(message);
      expectNothingCorrupt();
    }
    const next = runBuiltCli(['commit-msg', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: repo.env });
    expect(next.status).toBe(1);
    expect(next.stdout + next.stderr).toMatch(/git commit --edit --file=/);
    expectNothingCorrupt();
    expect(repo.gitOk(['diff', '--cached', '--name-only']).trim()).toBe('staged.txt');
  });
});

describe.each(['SIGTERM', 'SIGKILL'] as const)('pre-commit killed by %s', (signal) => {
  it(`at ${KILLS_PER_SIGNAL} points: registry cache and timing log whole, the index untouched, the next run right`, async () => {
    const index = hash(join(gitDir, 'index'));
    for (let i = 0; i < KILLS_PER_SIGNAL; i++) {
      // Half the runs start cold, so the kill can land while the registry cache is being written.
      if (i % 2 === 0) rmSync(join(stateDir, 'registry-cache.json'), { force: true });
      await runAndKill(signal, (runMs * (i + 0.5)) / KILLS_PER_SIGNAL, ['pre-commit']);
      expect(hash(join(gitDir, 'index'))).toBe(index);
      expectNothingCorrupt();
      expectLogWhole(i + 1);
    }
    const next = runBuiltCli(['pre-commit'], { cwd: repo.dir, env: repo.env });
    expect(next.status, next.stderr).toBe(0);
    expectNothingCorrupt();
    expectLogWhole(KILLS_PER_SIGNAL);
  });
});

describe('Ctrl-C on a whole `git commit` (SIGINT to its process group)', () => {
  it('leaves the staged changes staged, no index.lock behind, and the next commit goes through', async () => {
    for (let i = 0; i < 4; i++) {
      await new Promise<void>((resolve) => {
        const child = spawn('git', ['commit', '-q', '-m', goodMessage(`interrupted ${i}`)], { cwd: repo.dir, env: repo.env, stdio: 'ignore', detached: true });
        const timer = setTimeout(() => process.kill(-child.pid!, 'SIGINT'), (runMs * 2 * (i + 0.5)) / 4);
        child.on('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      expect(existsSync(join(gitDir, 'index.lock'))).toBe(false);
      expectNothingCorrupt();
      // An interrupted commit either happened whole or not at all: staged.txt is committed or still staged.
      const staged = repo.gitOk(['diff', '--cached', '--name-only']).trim();
      const committed = repo.git(['log', '-1', '--format=%s']).stdout.trim();
      if (staged === '') {
        expect(committed).toMatch(/^feat: change number interrupted \d/);
        repo.write('staged.txt', `staged work ${i}\n`);
        repo.gitOk(['add', 'staged.txt']);
      } else {
        expect(staged).toBe('staged.txt');
      }
    }
    const final = repo.commit(goodMessage('after the interruptions'));
    expect(final.status, final.stdout + final.stderr).toBe(0);
  });
});

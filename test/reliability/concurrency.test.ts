// 20 commits at once in 20 linked worktrees of one repository, through the installed hooks:
// every verdict right, every rejected message kept in its own worktree, shared state intact.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLines } from '../../src/perf/run-log.js';
import { BAD_MESSAGE, createHookedRepo, goodMessage, linkPackageInto, type HookedRepo } from '../helpers/hooked-repo.js';

const WORKTREES = 20;

interface Outcome {
  readonly index: number;
  readonly good: boolean;
  readonly message: string;
  readonly status: number | null;
  readonly output: string;
}

let repo: HookedRepo;
let outcomes: Outcome[];
const worktree = (i: number) => join(repo.home, '..', `wt-${i}`);

function commitAsync(i: number, message: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn('git', ['commit', '-m', message], { cwd: worktree(i), env: repo.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ index: i, good: message !== `${BAD_MESSAGE} ${i}`, message, status, output }));
  });
}

beforeAll(async () => {
  repo = createHookedRepo();
  for (let i = 0; i < WORKTREES; i++) {
    repo.gitOk(['worktree', 'add', '-q', '-b', `wt-${i}`, worktree(i)]);
    // What `npm install` leaves in a worktree: node_modules, and husky's runner (static files).
    linkPackageInto(worktree(i));
    cpSync(join(repo.dir, '.husky', '_'), join(worktree(i), '.husky', '_'), { recursive: true });
    writeFileSync(join(worktree(i), `file-${i}.txt`), `worktree ${i}\n`);
    repo.gitOk(['add', `file-${i}.txt`], { cwd: worktree(i) });
  }
  // Even worktrees commit a good message, odd ones a bad one: all at once.
  outcomes = await Promise.all(Array.from({ length: WORKTREES }, (_, i) => commitAsync(i, i % 2 === 0 ? goodMessage(`wt ${i}`) : `${BAD_MESSAGE} ${i}`)));
}, 300_000);
afterAll(() => repo?.cleanup());

describe(`${WORKTREES} concurrent commits in ${WORKTREES} worktrees of one repository`, () => {
  it('accepts every good message and commits it on its own branch', () => {
    for (const outcome of outcomes.filter((o) => o.good)) {
      expect(outcome.status, outcome.output).toBe(0);
      expect(repo.headSubject(worktree(outcome.index))).toBe(outcome.message);
    }
  });

  it('rejects every bad message, commits nothing, and keeps the message in that worktree', () => {
    for (const outcome of outcomes.filter((o) => !o.good)) {
      expect(outcome.status, outcome.output).not.toBe(0);
      expect(outcome.output).toContain('commit message rejected');
      expect(repo.headSubject(worktree(outcome.index))).toBe(goodMessage('setup'));
      const gitDir = join(repo.dir, '.git', 'worktrees', `wt-${outcome.index}`);
      expect(readFileSync(join(gitDir, 'prove-hooks', 'last-rejected.txt'), 'utf8')).toBe(`${outcome.message}\n`);
      const retry = /--file=(\S+)/.exec(outcome.output)![1]!.replace(/^'|'$/g, '');
      expect(readFileSync(retry, 'utf8')).toBe(`${outcome.message}\n`);
    }
  });

  it('leaves the shared config cache whole', () => {
    const cache = JSON.parse(readFileSync(join(repo.dir, '.git', 'prove-hooks', 'config-cache.json'), 'utf8'));
    expect(cache.format).toBe('prove-hooks/config-cache@3');
  });

  it('loses and corrupts no timing record: one per hook run', () => {
    const log = join(repo.dir, '.git', 'prove-hooks', 'perf.jsonl');
    const read = parseLines(readFileSync(log, 'utf8'));
    expect(read.corrupt).toBe(0);
    // Every worktree committed once, as did the set-up: each hook has exactly one record per run.
    const runsOf = (hook: string) => read.records.filter((record) => record.hook === hook).length;
    expect(runsOf('pre-commit')).toBe(WORKTREES + 1);
    expect(runsOf('commit-msg')).toBeGreaterThanOrEqual(WORKTREES + 1);
    expect(read.unknownVersion).toBe(0);
  });
});

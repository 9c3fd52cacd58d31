// Two prove-hooks versions side by side in one clone (an upgrade, a branch switch to another
// lockfile, a linked worktree on another version) is normal: every state file a newer build may
// write in a format this build does not know is stale here, ignored or rebuilt, never a crash
// (exit 70) or a stack trace; a file that holds what a newer build cannot cheaply derive again
// (the perf baselines: test/unit/perf/baseline-cache.test.ts) is left as it is. Each case plants a synthetic "future format" file.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlagRepo, installHooks, ld, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo;
let state: string;
let saved: string;
let commits = 0;

beforeAll(() => {
  repo = createFlagRepo();
  installHooks(repo, ['pre-commit', 'commit-msg']);
  state = join(repo.dir, '.git', 'prove-hooks');
  // A config written within the racy window is never cached (git-settings-cache.ts): date it back.
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(repo.dir, '.git', 'config'), past, past);
  // A few runs of each hook (the timing log, the caches), then the inventory.
  for (let n = 0; n < 3; n++) commit();
  expect(runIn(repo, ['flags']).status).toBe(0);
  // The files the cases replace are there to be replaced (so no case passes for want of a file).
  const present = readdirSync(state);
  for (const name of ['config-cache.json', 'registry-cache.json', 'git-version.json', 'git-settings.json', 'perf.jsonl', 'flag-inventory.snapshot', 'flag-inventory.cache', 'code-cache']) expect(present).toContain(name);
  expect(present.some((name) => name.startsWith('anchor-automaton-'))).toBe(true);
  saved = join(repo.home, 'state-saved');
  cpSync(state, saved, { recursive: true });
}, 120_000);
afterAll(() => repo?.cleanup());

function commit(): { status: number | null; stderr: string } {
  commits += 1;
  repo.write(`src/f${commits}.ts`, `${ld('new-checkout')}\n`);
  repo.gitOk(['add', '-A']);
  return repo.git(['commit', '-qm', `feat: change ${commits} [T-2026-11-22-003] [MODE:F]`]);
}

const FUTURE_JSON = (format: string) => `${JSON.stringify({ format, version: 99, tool: '99.0.0', entries: { x: { y: [1, 'two', null] } }, hooks: [1, 2], checksum: 7 })}\n`;

/** Each state file of docs/ARCHITECTURE.md, as a newer build might write it. */
const FUTURE_FILES: readonly { name: string; plant: (dir: string) => void }[] = [
  { name: 'config-cache.json', plant: (dir) => writeFileSync(join(dir, 'config-cache.json'), FUTURE_JSON('prove-hooks/config-cache@9')) },
  { name: 'registry-cache.json (version 4)', plant: (dir) => writeFileSync(join(dir, 'registry-cache.json'), FUTURE_JSON('prove-hooks/registry-cache').replace('"version":99', '"version":4')) },
  { name: 'registry-cache.json (format @4)', plant: (dir) => writeFileSync(join(dir, 'registry-cache.json'), FUTURE_JSON('prove-hooks/registry-cache@4')) },
  { name: 'git-version.json', plant: (dir) => writeFileSync(join(dir, 'git-version.json'), FUTURE_JSON('prove-hooks/git-version@2')) },
  { name: 'git-settings.json', plant: (dir) => writeFileSync(join(dir, 'git-settings.json'), FUTURE_JSON('prove-hooks/git-settings@9')) },
  { name: 'perf-baselines.json', plant: (dir) => writeFileSync(join(dir, 'perf-baselines.json'), FUTURE_JSON('prove-hooks/perf-baselines@99')) },
  { name: 'perf.jsonl (records of version 2)', plant: (dir) => writeFileSync(join(dir, 'perf.jsonl'), '{"v":2,"hook":"pre-commit","totalMs":"soon","phases":[1]}\n', { flag: 'a' }) },
  {
    name: 'flag-inventory.snapshot',
    plant: (dir) => writeFileSync(join(dir, 'flag-inventory.snapshot'), 'prove-hooks/flag-inventory-snapshot@99 0badc0de 12 someone-else\n{"new":true}\n[]\n'),
  },
  { name: 'flag-inventory.cache', plant: (dir) => writeFileSync(join(dir, 'flag-inventory.cache'), 'prove-hooks/flag-inventory@99 0000000000000000000000000000000000000000 3\nnew\n') },
  {
    name: 'anchor-automaton-*.bin',
    plant: (dir) => {
      for (const name of readdirSync(dir).filter((file) => file.startsWith('anchor-automaton-'))) writeFileSync(join(dir, name), Buffer.from('PROVE-AUTOMATON@9\0\0\0\xff\xff\xff\xffnew layout', 'latin1'));
    },
  },
  {
    name: 'code-cache/*.bin (another build, same names)',
    plant: (dir) => {
      const cache = join(dir, 'code-cache');
      for (const name of readdirSync(cache)) writeFileSync(join(cache, name), Buffer.alloc(4096, 0x5a));
    },
  },
  {
    name: 'rejected/ (a newer layout)',
    plant: (dir) => {
      mkdirSync(join(dir, 'rejected', 'v2'), { recursive: true });
      writeFileSync(join(dir, 'rejected', 'index.json'), FUTURE_JSON('prove-hooks/rejected@2'));
    },
  },
];

const crashed = (output: string) => /internal error|\n\s+at |Fatal error/.test(output);

describe('state files written by a newer prove-hooks', () => {
  it.each(FUTURE_FILES)('$name: the hooks, flags, perf and doctor run as usual, no exit 70, no stack trace', ({ name, plant }) => {
    rmSync(state, { recursive: true, force: true });
    cpSync(saved, state, { recursive: true });
    plant(state);
    const hooked = commit();
    expect(hooked.status, hooked.stderr).toBe(0);
    expect(crashed(hooked.stderr), hooked.stderr).toBe(false);
    const runs = [runIn(repo, ['flags']), runIn(repo, ['perf']), runIn(repo, ['check-msg', 'feat: a subject [T-2026-11-22-003] [MODE:F]'])];
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(0);
      expect(crashed(run.stderr), run.stderr).toBe(false);
    }
    // doctor reads the file as planted (the runs above may have replaced it).
    rmSync(state, { recursive: true, force: true });
    cpSync(saved, state, { recursive: true });
    plant(state);
    const doctor = runIn(repo, ['doctor', '--json']);
    expect(doctor.status).not.toBe(70);
    const findings = (JSON.parse(doctor.stdout) as { findings: { check: string; status: string; message: string }[] }).findings;
    // Another version's file is not damage: doctor does not tell the user to delete it.
    expect(findings.filter((finding) => finding.check === 'state' && finding.status !== 'ok'), name).toEqual([]);
  });

  it('says plainly that a timing log it cannot read is in the way (a folder in its place), exit 4, no stack trace', () => {
    rmSync(state, { recursive: true, force: true });
    cpSync(saved, state, { recursive: true });
    const log = join(state, 'perf.jsonl');
    rmSync(log);
    mkdirSync(log);
    const perf = runIn(repo, ['perf']);
    expect(perf.status).toBe(4);
    expect(perf.stderr).toMatch(/cannot read the timing log/);
    expect(perf.stderr).toMatch(/rm -r/);
    expect(crashed(perf.stderr), perf.stderr).toBe(false);
  });
});

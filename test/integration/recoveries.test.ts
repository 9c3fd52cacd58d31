// Recoveries leave a trace: a damaged cache rebuilt is recorded in the run record with its error
// kind and recovery, and `prove-hooks perf` counts them, so a cache that rebuilds on every
// commit shows.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/cli.js';
import { createFlagRepo, installHooks, ld } from '../helpers/flag-repo.js';
import { createHookedRepo, goodMessage, type HookedRepo } from '../helpers/hooked-repo.js';

let repo: HookedRepo;
beforeAll(() => {
  repo = createHookedRepo();
});
afterAll(() => repo?.cleanup());

describe('recoveries in the run record and in perf', () => {
  it('counts a config cache damaged before each of three commits as three rebuilds, by kind', () => {
    const cache = join(repo.dir, '.git', 'prove-hooks', 'config-cache.json');
    for (let n = 0; n < 3; n++) {
      writeFileSync(cache, '{ not json');
      repo.write(`r${n}.txt`, `${n}\n`);
      repo.gitOk(['add', '-A']);
      const commit = repo.commit(goodMessage(`recovery ${n}`));
      expect(commit.status, commit.stderr).toBe(0);
      expect(commit.stderr).toMatch(/the config cache .* rebuilding it/);
    }
    const json = runBuiltCli(['perf', '--json'], { cwd: repo.dir, env: repo.env });
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as { hooks: { hook: string; recoveries: { kind: string; recovery: string; what: string; count: number; runs: number }[] }[] };
    // pre-commit runs first and rebuilds it; commit-msg then finds it whole.
    const preCommit = report.hooks.find((hook) => hook.hook === 'pre-commit');
    expect(preCommit?.recoveries).toContainEqual({ kind: 'cache', recovery: 'rebuild', what: 'config-cache', count: 3, runs: 3 });
    const text = runBuiltCli(['perf'], { cwd: repo.dir, env: repo.env });
    expect(text.stdout).toMatch(/recovered: cache config-cache, rebuild: 3 times in 3 of \d+ runs/);
  });

  it('records the error kind of a run that fails and counts error runs by kind in perf', () => {
    const config = join(repo.dir, '.proverc.json');
    writeFileSync(config, '{ not json');
    try {
      repo.write('broken.txt', 'x\n');
      repo.gitOk(['add', '-A']);
      const commit = repo.commit(goodMessage('config broken'));
      expect(commit.status, commit.stderr).not.toBe(0);
    } finally {
      rmSync(config, { force: true });
    }
    const log = readFileSync(join(repo.dir, '.git', 'prove-hooks', 'perf.jsonl'), 'utf8').trim().split('\n');
    const last = JSON.parse(log[log.length - 1]!) as { outcome: string; exitCode: number; errorKind?: string };
    expect(last).toMatchObject({ outcome: 'error', exitCode: 3, errorKind: 'config' });
    const json = runBuiltCli(['perf', '--json'], { cwd: repo.dir, env: repo.env });
    expect(json.status, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as { schemaVersion: number; hooks: { hook: string; errorKinds: { kind: string; runs: number }[] }[] };
    expect(report.schemaVersion).toBe(1);
    const failed = report.hooks.find((hook) => hook.hook === JSON.parse(log[log.length - 1]!).hook);
    expect(failed?.errorKinds).toContainEqual({ kind: 'config', runs: 1 });
    const text = runBuiltCli(['perf'], { cwd: repo.dir, env: repo.env });
    expect(text.stdout).toMatch(/errors by kind: 1 config/);
  });

  it('records a registry cache damaged before a push as a rebuild of the pre-push run', () => {
    const flagRepo = createFlagRepo();
    try {
      const remote = join(flagRepo.home, '..', 'remote.git');
      flagRepo.gitOk(['init', '-q', '--bare', remote]);
      flagRepo.gitOk(['remote', 'add', 'origin', remote]);
      flagRepo.gitOk(['push', '-q', 'origin', 'main']);
      installHooks(flagRepo, ['pre-push']);
      for (let n = 0; n < 2; n++) {
        flagRepo.write(`p${n}.ts`, `${ld('new-checkout')}\n`);
        flagRepo.gitOk(['add', '-A']);
        flagRepo.gitOk(['commit', '-qm', `feat: push ${n} [T-2026-11-22-003] [MODE:F]`, '--no-verify']);
        const cache = join(flagRepo.dir, '.git', 'prove-hooks', 'registry-cache.json');
        mkdirSync(dirname(cache), { recursive: true });
        writeFileSync(cache, '{ not json');
        const push = flagRepo.git(['push', '-q', 'origin', 'main']);
        expect(push.status, push.stderr).toBe(0);
      }
      const json = runBuiltCli(['perf', '--json'], { cwd: flagRepo.dir, env: flagRepo.env });
      expect(json.status, json.stderr).toBe(0);
      const report = JSON.parse(json.stdout) as { hooks: { hook: string; recoveries: { kind: string; recovery: string; what: string; count: number; runs: number }[] }[] };
      const prePush = report.hooks.find((hook) => hook.hook === 'pre-push');
      expect(prePush?.recoveries).toContainEqual({ kind: 'cache', recovery: 'rebuild', what: 'registry-cache', count: 2, runs: 2 });
    } finally {
      flagRepo.cleanup();
    }
  });

  it('records a damaged prefilter automaton cache before a commit as a rebuild of the pre-commit run', () => {
    const flagRepo = createFlagRepo();
    try {
      installHooks(flagRepo, ['pre-commit']);
      const stateDir = join(flagRepo.dir, '.git', 'prove-hooks');
      // A first commit writes the automaton of this registry's anchors.
      flagRepo.write('a0.ts', `${ld('new-checkout')}\n`);
      flagRepo.gitOk(['add', '-A']);
      flagRepo.gitOk(['commit', '-qm', 'feat: first [T-2026-11-22-003] [MODE:F]']);
      const automata = readdirSync(stateDir).filter((name) => name.startsWith('anchor-automaton-') && name.endsWith('.bin'));
      expect(automata.length).toBeGreaterThan(0);
      for (let n = 1; n <= 2; n++) {
        for (const name of automata) writeFileSync(join(stateDir, name), 'damaged');
        flagRepo.write(`a${n}.ts`, `${ld('new-checkout')}\n`);
        flagRepo.gitOk(['add', '-A']);
        const commit = flagRepo.git(['commit', '-qm', `feat: next ${n} [T-2026-11-22-003] [MODE:F]`]);
        expect(commit.status, commit.stderr).toBe(0);
      }
      const json = runBuiltCli(['perf', '--json'], { cwd: flagRepo.dir, env: flagRepo.env });
      expect(json.status, json.stderr).toBe(0);
      const report = JSON.parse(json.stdout) as { hooks: { hook: string; recoveries: { kind: string; recovery: string; what: string; count: number; runs: number }[] }[] };
      const preCommit = report.hooks.find((hook) => hook.hook === 'pre-commit');
      expect(preCommit?.recoveries).toContainEqual({ kind: 'cache', recovery: 'rebuild', what: 'automaton-cache', count: 2, runs: 2 });
    } finally {
      flagRepo.cleanup();
    }
  });
});

// A real full disk where prove-hooks keeps its state (and spools the diff git writes): a small
// tmpfs mounted over `<git dir>/prove-hooks` (root only; skipped elsewhere). The spool is a speed
// measure, never the gate: the verdict is given as with free space.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addBareOrigin, createFlagRepo, installHooks, ld, runIn } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { canMountTmpfs, mountNearlyFullDisk } from '../helpers/tiny-filesystem.js';

const Z = '0'.repeat(40);
let repo: TempRepo | undefined;
let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
  repo?.cleanup();
  repo = undefined;
});

const noStackTrace = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+/);

describe.runIf(canMountTmpfs())('a full disk under the state folder (a real tmpfs, 16 KiB free)', () => {
  it('pre-commit, scan --staged, scan --range and pre-push still give the verdict: the diff is read through a pipe', () => {
    const flagRepo = createFlagRepo();
    repo = flagRepo;
    const remote = addBareOrigin(flagRepo);
    installHooks(flagRepo, ['pre-push']);
    const base = flagRepo.gitOk(['rev-parse', 'HEAD']).trim();
    // About 1 MB of diff, far more than the free space: the unknown flag is on its last line.
    flagRepo.write('big.ts', `${'const filler = 1; // padding the diff past the free space\n'.repeat(18_000)}${ld('full-disk-unknown')}\n`);
    flagRepo.gitOk(['add', '-A']);
    // A first run makes the state folder (caches) while there is room.
    expect(runIn(flagRepo, ['scan', '--staged']).status).toBe(1);
    unmount = mountNearlyFullDisk(join(flagRepo.dir, '.git', 'prove-hooks'), 8192, 16);
    for (const args of [['pre-commit'], ['scan', '--staged']]) {
      const result = runIn(flagRepo, args);
      noStackTrace(`${result.stdout}${result.stderr}`);
      expect(`${result.stdout}${result.stderr}`).toMatch(/unknown flag 'full-disk-unknown'/);
      expect(result.status).toBe(1);
    }
    flagRepo.gitOk(['commit', '-qm', 'feat: big [T-2026-11-22-003] [MODE:F]', '--no-verify']);
    const tip = flagRepo.gitOk(['rev-parse', 'HEAD']).trim();
    const range = runIn(flagRepo, ['scan', '--range', `${base}..${tip}`]);
    expect(range.stdout).toMatch(/unknown flag 'full-disk-unknown'/);
    expect(range.status).toBe(1);
    const push = runIn(flagRepo, ['pre-push', 'origin', remote], { input: `refs/heads/main ${tip} refs/heads/main ${base}\n` });
    noStackTrace(push.stderr);
    expect(push.stderr).toMatch(/unknown flag 'full-disk-unknown'/);
    expect(push.status).toBe(1);
    // And a clean change passes: the fallback is no failure.
    flagRepo.write('big.ts', `${'const filler = 1; // padding the diff past the free space\n'.repeat(18_000)}${ld('new-checkout')}\n`);
    flagRepo.gitOk(['add', '-A']);
    expect(runIn(flagRepo, ['scan', '--staged']).status).toBe(0);
  });

  it('records the fallback to a pipe as a recovery of the pre-commit run (diff-spool)', () => {
    const flagRepo = createFlagRepo();
    repo = flagRepo;
    flagRepo.write('big.ts', `${'const filler = 1; // padding the diff past the free space\n'.repeat(18_000)}${ld('new-checkout')}\n`);
    flagRepo.gitOk(['add', '-A']);
    expect(runIn(flagRepo, ['scan', '--staged']).status).toBe(0);
    const stateDir = join(flagRepo.dir, '.git', 'prove-hooks');
    unmount = mountNearlyFullDisk(stateDir, 8192, 16);
    const result = runIn(flagRepo, ['pre-commit']);
    expect(result.status, result.stderr).toBe(0);
    unmount();
    unmount = undefined;
    const records = readFileSync(join(stateDir, 'perf.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { hook: string; recoveries?: unknown[] });
    const preCommit = records.filter((record) => record.hook === 'pre-commit');
    expect(preCommit[preCommit.length - 1]?.recoveries).toContainEqual({ kind: 'cache', recovery: 'skip-and-report', what: 'diff-spool' });
  });
});

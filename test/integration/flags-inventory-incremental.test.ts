// The incremental inventory equals a cold one: after any sequence of edits (staged or not),
// renames, deletions and commits, `prove-hooks flags` with its per-blob cache gives exactly
// what a run without the cache gives. Real git, in process (the orchestration, not the CLI).
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runFlagInventory, DEFAULT_MAX_FILE_BYTES } from '../../src/hooks/flags-inventory.js';
import { formatInventoryJson } from '../../src/report/flag-inventory-data.js';
import { createFlagRepo, ld } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

// Few paths, so that steps often meet the same file (a staged edit, then an unstaged one).
const PATHS = ['src/a.ts', 'src/b.ts', 'lib/c.js'] as const;
const LINES = [ld('new-checkout'), ld('old-banner'), ld('dark-mode'), ld('new-chekout'), 'if (NEW_CHECKOUT) go();', '// nothing here', `${ld('beta-search')} // prove-allow-flag: beta-search kept`];

type Step =
  | { kind: 'write'; path: string; lines: string[]; stage: boolean }
  | { kind: 'rename'; from: string; to: string; staged: boolean }
  | { kind: 'delete'; path: string; staged: boolean }
  | { kind: 'commit' }
  // The snapshot made again by the next run (with the files changed then), and the index's stat
  // data brought up to date (files changed then are no longer listed as changed).
  | { kind: 'drop-snapshot' }
  | { kind: 'refresh' }
  | { kind: 'restore'; path: string };

const path = fc.constantFrom(...PATHS);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('write' as const), path, lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 3 }), stage: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), from: path, to: path, staged: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), path, staged: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'commit' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'drop-snapshot' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'refresh' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), path }) },
);

function apply(repo: TempRepo, action: Step): void {
  const tracked = (file: string): boolean => repo.git(['ls-files', '--error-unmatch', file]).status === 0;
  if (action.kind === 'write') {
    repo.write(action.path, action.lines.map((line) => `${line}\n`).join(''));
    if (action.stage) repo.gitOk(['add', action.path]);
  } else if (action.kind === 'rename') {
    if (action.from === action.to || !existsSync(join(repo.dir, action.from)) || existsSync(join(repo.dir, action.to))) return;
    // git mv, like mv, needs the target's folder to exist.
    mkdirSync(dirname(join(repo.dir, action.to)), { recursive: true });
    if (action.staged && tracked(action.from)) repo.gitOk(['mv', action.from, action.to]);
    else renameSync(join(repo.dir, action.from), join(repo.dir, action.to));
  } else if (action.kind === 'delete') {
    if (action.staged && tracked(action.path)) repo.gitOk(['rm', '-qf', action.path]);
    else rmSync(join(repo.dir, action.path), { force: true });
  } else if (action.kind === 'drop-snapshot') {
    rmSync(join(repo.dir, '.git', 'prove-hooks', 'flag-inventory.snapshot'), { force: true });
  } else if (action.kind === 'restore') {
    // The work tree file as the index has it (an edit undone).
    if (tracked(action.path)) repo.gitOk(['checkout', '-q', '--', action.path]);
  } else if (action.kind === 'refresh') {
    repo.git(['update-index', '-q', '--refresh']);
  } else {
    repo.gitOk(['add', '-A']);
    repo.git(['commit', '-qm', 'chore: step [T-2026-11-22-004] [MODE:NF]', '--no-verify']);
  }
}

const repos: TempRepo[] = [];
afterAll(() => {
  for (const repo of repos) repo.cleanup();
});

async function inventoryIn(repo: TempRepo, useCache: boolean) {
  const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough(), env: repo.env, cwd: repo.dir };
  const result = await runFlagInventory(io, { useCache, maxFileBytes: DEFAULT_MAX_FILE_BYTES });
  // The JSON report as the CLI writes it (the warm run's kept flags are written from the snapshot's text), cache counts aside.
  const json = formatInventoryJson({ inventory: result.inventory, target: result.target, version: '0.0.0', cache: { hits: 0, misses: 0, enabled: true }, locationsJson: result.locationsJson });
  return { inventory: result.inventory, cache: result.cache, json };
}

describe('prove-hooks flags, incremental', () => {
  it('sees an unstaged edit of a file whose staged blob is cached', async () => {
    const repo = createFlagRepo();
    repos.push(repo);
    repo.write('src/a.ts', `${ld('old-banner')}\n`);
    repo.gitOk(['add', 'src/a.ts']);
    expect((await inventoryIn(repo, true)).inventory.sets.archived.map((flag) => flag.key)).toEqual(['old-banner']);
    repo.write('src/a.ts', `${ld('dark-mode')}\n`);
    const warm = await inventoryIn(repo, true);
    expect(warm.inventory.sets.archived).toEqual([]);
    const cold = await inventoryIn(repo, false);
    expect(warm.inventory).toEqual(cold.inventory);
    expect(warm.json).toBe(cold.json);
  });

  it('sees an edit undone after the snapshot was made, once git no longer lists the file as changed', async () => {
    const repo = createFlagRepo();
    repos.push(repo);
    repo.write('src/a.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['add', 'src/a.ts']);
    await inventoryIn(repo, true);
    // The snapshot made while the file is edited (not staged).
    repo.write('src/a.ts', `${ld('old-banner')}\n`);
    rmSync(join(repo.dir, '.git', 'prove-hooks', 'flag-inventory.snapshot'));
    expect((await inventoryIn(repo, true)).inventory.sets.archived.map((flag) => flag.key)).toEqual(['old-banner']);
    // Undone, and the index's stat data refreshed: the index is the snapshot's, the file no longer listed as changed.
    repo.gitOk(['checkout', '-q', '--', 'src/a.ts']);
    repo.gitOk(['update-index', '-q', '--refresh']);
    const warm = await inventoryIn(repo, true);
    expect(warm.inventory.sets.archived).toEqual([]);
    const cold = await inventoryIn(repo, false);
    expect(warm.inventory).toEqual(cold.inventory);
    expect(warm.json).toBe(cold.json);
  });

  it('gives after any sequence of edits, renames, deletions, index refreshes and snapshot rebuilds exactly what a cold run gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const repo = createFlagRepo();
        repos.push(repo);
        try {
          await inventoryIn(repo, true);
          for (const action of steps) {
            apply(repo, action);
            const warm = await inventoryIn(repo, true);
            const cold = await inventoryIn(repo, false);
            expect(warm.inventory).toEqual(cold.inventory);
            expect(warm.json).toBe(cold.json);
          }
        } finally {
          repo.cleanup();
        }
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});

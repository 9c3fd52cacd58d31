// `prove-hooks flags` with real git: the work tree against --ref, a bare repository, worktrees
// sharing the per-blob cache, a damaged cache, a renamed file, a registry per folder, and every
// skipped file counted with its reason.
import { readFileSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFlagRepo, ld, runIn } from '../helpers/flag-repo.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runBuiltCli, type CliResult } from '../helpers/cli.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

function flagRepo(config: Record<string, unknown> = {}): TempRepo {
  const repo = createFlagRepo(config);
  repos.push(repo);
  return repo;
}

interface InventoryJson {
  schemaVersion: number;
  target: { kind: string; commit?: string };
  summary: Record<string, number>;
  flags: { key: string; references: number; locations: { file: string; line: number }[] }[];
  sets: { unknown: { key: string; suggestion: string | null }[]; unreferenced: { key: string }[]; archived: { key: string }[]; deprecated: { key: string }[] };
  coverage: { listed: number; scanned: number; skipped: Record<string, number>; skippedFiles: { path: string; reason: string }[] };
  cache: { hits: number; misses: number };
}

function inventoryOf(result: CliResult): InventoryJson {
  try {
    return JSON.parse(result.stdout) as InventoryJson;
  } catch {
    throw new Error(`not JSON (exit ${result.status}):\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
  }
}

const referencesOf = (inventory: InventoryJson): Record<string, string[]> =>
  Object.fromEntries(inventory.flags.filter((flag) => flag.references > 0).map((flag) => [flag.key, flag.locations.map((l) => `${l.file}:${l.line}`)]));

const commit = (repo: TempRepo, message = 'chore: more [T-2026-11-22-004] [MODE:NF]'): void => {
  repo.gitOk(['add', '-A']);
  repo.gitOk(['commit', '-qm', message, '--no-verify']);
};

describe('prove-hooks flags', () => {
  it('reads the work tree as on disk (staged files too) by default, and a commit with --ref', () => {
    const repo = flagRepo();
    repo.write('src/a.ts', `${ld('new-checkout')}\n`);
    commit(repo);
    repo.write('src/a.ts', `${ld('dark-mode')}\n`);
    repo.write('src/b.ts', `${ld('old-banner')}\n`);
    repo.gitOk(['add', 'src/b.ts']);
    repo.write('src/untracked.ts', `${ld('beta-search')}\n`);
    const workTree = inventoryOf(runIn(repo, ['flags', '--format', 'json']));
    expect(workTree.schemaVersion).toBe(1);
    expect(referencesOf(workTree)).toEqual({ 'dark-mode': ['src/a.ts:1'], 'old-banner': ['src/b.ts:1'] });
    const atHead = inventoryOf(runIn(repo, ['flags', '--ref', 'HEAD', '--format', 'json']));
    expect(atHead.target).toMatchObject({ kind: 'ref', commit: repo.gitOk(['rev-parse', 'HEAD']).trim() });
    expect(referencesOf(atHead)).toEqual({ 'new-checkout': ['src/a.ts:1'] });
    expect(atHead.sets.unreferenced.map((f) => f.key).sort()).toEqual(['beta-search', 'dark-mode']);
  });

  it('works in a bare repository with --ref, reading the config and registry from the commit', () => {
    const repo = flagRepo({ exclude: ['legacy/**'] });
    repo.write('src/a.ts', `${ld('new-checkout')}\n${ld('new-chekout')}\n`);
    repo.write('legacy/old.ts', `${ld('old-banner')}\n`);
    commit(repo);
    const bare = createTempRepo({ bare: true });
    repos.push(bare);
    repo.gitOk(['push', '-q', bare.dir, 'main']);
    const result = runBuiltCli(['flags', '--ref', 'main', '--format', 'json'], { cwd: bare.dir, env: bare.env });
    const inventory = inventoryOf(result);
    expect(referencesOf(inventory)).toEqual({ 'new-checkout': ['src/a.ts:1'] });
    expect(inventory.sets.unknown).toEqual([expect.objectContaining({ key: 'new-chekout', suggestion: 'new-checkout' })]);
    expect(inventory.coverage.skippedFiles).toEqual([
      { path: 'flags.json', reason: 'registry' },
      { path: 'legacy/old.ts', reason: 'excluded' },
    ]);
    const noRef = runBuiltCli(['flags'], { cwd: bare.dir, env: bare.env });
    expect(noRef.status).toBe(2);
    expect(noRef.stderr).toContain('--ref');
  });

  it('keeps per-blob results in the common dir: a second worktree reads none of the unchanged files again', () => {
    const repo = flagRepo();
    for (let i = 0; i < 5; i++) repo.write(`src/f${i}.ts`, `${ld('new-checkout')}\n// file ${i}\n`);
    commit(repo);
    const first = inventoryOf(runIn(repo, ['flags', '--format', 'json']));
    expect(first.cache.misses).toBeGreaterThan(0);
    const other = join(repo.dir, '..', 'other-worktree');
    repo.gitOk(['worktree', 'add', '-q', other, '-b', 'other']);
    const second = inventoryOf(runIn(repo, ['flags', '--format', 'json'], { cwd: other }));
    expect(second.cache).toMatchObject({ misses: 0 });
    expect(second.cache.hits).toBe(first.cache.misses);
    expect(referencesOf(second)).toEqual(referencesOf(first));
    // One file changed (unstaged): only it is read again.
    writeFileSync(join(other, 'src/f2.ts'), `${ld('dark-mode')}\n`);
    const third = inventoryOf(runIn(repo, ['flags', '--format', 'json'], { cwd: other }));
    expect(third.cache.misses).toBe(1);
    expect(referencesOf(third)['dark-mode']).toEqual(['src/f2.ts:1']);
  });

  it('rebuilds the per-blob cache when damaged, with a notice, and gives the same inventory as a run without it', () => {
    checkDamagedStateFile('flag-inventory.cache');
  });

  it('rebuilds the inventory snapshot when damaged, with a notice, and gives the same inventory as a run without it', () => {
    checkDamagedStateFile('flag-inventory.snapshot');
  });

  /** One byte of `name`'s body changed: rebuilt with a notice, the same inventory, quiet next time. */
  function checkDamagedStateFile(name: string): void {
    const repo = flagRepo();
    repo.write('src/a.ts', `${ld('new-checkout')}\n`);
    commit(repo);
    runIn(repo, ['flags', '--format', 'json']);
    const file = join(repo.dir, '.git', 'prove-hooks', name);
    // One byte of the body changed: the checksum no longer holds.
    const written = readFileSync(file, 'utf8');
    const at = written.slice(written.indexOf('\n')).search(/\d/) + written.indexOf('\n');
    writeFileSync(file, `${written.slice(0, at)}${(Number(written[at]) + 1) % 10}${written.slice(at + 1)}`);
    // The per-blob cache is read when the snapshot cannot give the results.
    if (name === 'flag-inventory.cache') rmSync(join(repo.dir, '.git', 'prove-hooks', 'flag-inventory.snapshot'));
    const damaged = runIn(repo, ['flags', '--format', 'json']);
    expect(damaged.status).toBe(0);
    expect(damaged.stderr).toContain('rebuilding it');
    const cold = runIn(repo, ['flags', '--format', 'json', '--no-cache']);
    expect(referencesOf(inventoryOf(damaged))).toEqual(referencesOf(inventoryOf(cold)));
    const again = runIn(repo, ['flags', '--format', 'json']);
    expect(again.stderr).toBe('');
    expect(inventoryOf(again).cache.misses).toBe(0);
    // Byte for byte the cold run's report, the cache counts aside.
    const withoutCache = (text: string): string => text.replace(/"cache":\{[^}]*\}/, '');
    expect(withoutCache(again.stdout)).toBe(withoutCache(cold.stdout));
  }

  it('follows a renamed file without reading it again', () => {
    const repo = flagRepo();
    repo.write('src/a.ts', `x\n${ld('new-checkout')}\n`);
    commit(repo);
    runIn(repo, ['flags', '--format', 'json']);
    repo.gitOk(['mv', 'src/a.ts', 'src/renamed.ts']);
    const after = inventoryOf(runIn(repo, ['flags', '--format', 'json']));
    expect(referencesOf(after)).toEqual({ 'new-checkout': ['src/renamed.ts:2'] });
    expect(after.cache.misses).toBe(0);
  });

  it('judges each folder by its own registry and counts files outside every scope', () => {
    const repo = flagRepo({ registries: [{ path: 'apps/web/flags.json', scope: 'apps/web' }] });
    repo.write('apps/web/flags.json', JSON.stringify({ flags: [{ key: 'web-only', status: 'active' }] }));
    repo.write('apps/web/a.ts', `${ld('web-only')}\n${ld('new-checkout')}\n`);
    repo.write('tools/b.ts', `${ld('new-checkout')}\n`);
    commit(repo);
    const inventory = inventoryOf(runIn(repo, ['flags', '--format', 'json']));
    expect(referencesOf(inventory)).toEqual({ 'web-only': ['apps/web/a.ts:2'.replace(':2', ':1')] });
    expect(inventory.sets.unknown.map((u) => u.key)).toEqual(['new-checkout']);
    expect(inventory.coverage.skippedFiles).toEqual(
      expect.arrayContaining([
        { path: 'tools/b.ts', reason: 'outside-scopes' },
        { path: 'flags.json', reason: 'outside-scopes' },
        { path: 'apps/web/flags.json', reason: 'registry' },
      ]),
    );
  });

  it('detects as the hooks do: a call wrapped over lines counts, a mention in a comment is listed and not counted, a call in a string is none', () => {
    const repo = flagRepo();
    repo.write('src/a.ts', "ld.variation(\n  'new-checkout',\n  false,\n);\n// was: ld.variation('beta-search', false)\nconst s = \"ld.variation('dark-mode', false)\";\n");
    commit(repo);
    const inventory = JSON.parse(runIn(repo, ['flags', '--format', 'json']).stdout) as {
      flags: { key: string; references: number; comments: number; locations: { line: number; kind: string }[] }[];
      sets: { unreferenced: { key: string }[]; deprecated: { key: string }[] };
    };
    const flag = (key: string) => inventory.flags.find((entry) => entry.key === key)!;
    expect(flag('new-checkout')).toMatchObject({ references: 1, comments: 0, locations: [{ line: 2, kind: 'call' }] });
    expect(flag('beta-search')).toMatchObject({ references: 0, comments: 1, locations: [{ line: 5, kind: 'comment' }] });
    expect(flag('dark-mode')).toMatchObject({ references: 0, comments: 0, locations: [] });
    // Only named in a comment: still an archive candidate.
    expect(inventory.sets.unreferenced.map((entry) => entry.key)).toEqual(['beta-search', 'dark-mode']);
  });

  it('--history dates the commit that removed the last reference of each unreferenced flag, within a stated bound', () => {
    const repo = flagRepo();
    const at = (date: string) => ({ env: { ...repo.env, GIT_COMMITTER_DATE: `${date}T12:00:00Z`, GIT_AUTHOR_DATE: `${date}T12:00:00Z` } });
    const commitAt = (date: string) => {
      repo.gitOk(['add', '-A']);
      repo.gitOk(['commit', '-qm', 'chore: more [T-2026-11-22-004] [MODE:NF]', '--no-verify'], at(date));
      return repo.gitOk(['rev-parse', 'HEAD']).trim();
    };
    const recent = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    repo.write('src/a.ts', `${ld('beta-search')}\n${ld('beta-search')}\n${ld('dark-mode')}\n`);
    repo.write('src/b.ts', `${ld('beta-search')}\n`);
    commitAt(recent(40));
    // One of three references removed: not the last one.
    repo.write('src/b.ts', 'nothing\n');
    commitAt(recent(30));
    repo.write('src/a.ts', `${ld('dark-mode')}\n`);
    const removal = commitAt(recent(20));
    repo.write('src/a.ts', 'nothing\n');
    commitAt(recent(10));
    const result = runIn(repo, ['flags', '--history', '--format', 'json']);
    expect(result.status).toBe(0);
    const inventory = JSON.parse(result.stdout) as { sets: { unreferenced: { key: string; lastRemoved: { commit: string; date: string } | null }[] }; history: { days: number; maxCommits: number; bounded: boolean } };
    const removed = Object.fromEntries(inventory.sets.unreferenced.map((flag) => [flag.key, flag.lastRemoved]));
    expect(removed['beta-search']).toEqual({ commit: removal, date: recent(20) });
    expect(removed['dark-mode']).toEqual({ commit: expect.any(String), date: recent(10) });
    // Never referenced: no removal within the bound, and the bound is reported.
    expect(removed['new-checkout']).toBeNull();
    expect(inventory.history).toMatchObject({ days: 365, maxCommits: 500, bounded: true });
    const text = runIn(repo, ['flags', '--history']).stdout;
    expect(text).toContain(`beta-search (active), last reference removed ${recent(20)} in ${removal.slice(0, 12)}`);
    expect(text).toContain('new-checkout (active), no removal in the last 365 days');
  });

  it('--history does not look further back than its bound', () => {
    const repo = flagRepo();
    const old = { env: { ...repo.env, GIT_COMMITTER_DATE: '2001-01-01T12:00:00Z', GIT_AUTHOR_DATE: '2001-01-01T12:00:00Z' } };
    repo.write('src/a.ts', `${ld('beta-search')}\n`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: more [T-2026-11-22-004] [MODE:NF]', '--no-verify'], old);
    repo.write('src/a.ts', 'nothing\n');
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: more [T-2026-11-22-004] [MODE:NF]', '--no-verify'], old);
    const inventory = JSON.parse(runIn(repo, ['flags', '--history', '--format', 'json']).stdout) as { sets: { unreferenced: { key: string; lastRemoved: unknown }[] } };
    expect(inventory.sets.unreferenced.find((flag) => flag.key === 'beta-search')?.lastRemoved).toBeNull();
  });

  it('counts every skipped file with its reason', () => {
    const repo = flagRepo();
    repo.write('src/app.ts', `${ld('new-checkout')}\n`);
    repo.write('src/logo.png', Buffer.from([0x89, 0x50, 0x00, 0x01]));
    repo.write('src/big.ts', `${ld('dark-mode')}\n${'// filler\n'.repeat(200)}`);
    repo.write('dist/bundle.js', `${ld('old-banner')}\n`);
    repo.write('src/gone.ts', `${ld('beta-search')}\n`);
    symlinkSync('app.ts', join(repo.dir, 'src/link.ts'));
    commit(repo);
    rmSync(join(repo.dir, 'src/gone.ts'));
    const inventory = inventoryOf(runIn(repo, ['flags', '--format', 'json', '--max-file-bytes', '1000']));
    expect(inventory.coverage.skippedFiles).toEqual([
      { path: 'dist/bundle.js', reason: 'excluded' },
      { path: 'flags.json', reason: 'registry' },
      { path: 'src/big.ts', reason: 'too-large' },
      { path: 'src/gone.ts', reason: 'deleted' },
      { path: 'src/link.ts', reason: 'not-a-file' },
      { path: 'src/logo.png', reason: 'binary' },
    ]);
    expect(inventory.coverage.listed).toBe(inventory.coverage.scanned + inventory.coverage.skippedFiles.length);
  });

  it('exits 1 when a set named by --fail-on is not empty, 0 when they are all empty, 2 for an unknown set', () => {
    const repo = flagRepo();
    repo.write('src/a.ts', `${ld('old-banner')}\n${ld('new-checkout')}\n${ld('dark-mode')}\n${ld('beta-search')}\n`);
    commit(repo);
    const failing = runIn(repo, ['flags', '--fail-on', 'unknown,archived']);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain('archived');
    expect(runIn(repo, ['flags', '--fail-on', 'unknown,unreferenced']).status).toBe(0);
    expect(runIn(repo, ['flags', '--fail-on', 'stale']).status).toBe(2);
  });

  it('prints text, CSV and Markdown', () => {
    const repo = flagRepo();
    repo.write('src/a.ts', `${ld('old-banner')}\n${ld('new-chekout')}\n`);
    commit(repo);
    const text = runIn(repo, ['flags']);
    expect(text.stdout).toContain("new-chekout: 1 reference (did you mean 'new-checkout'?)");
    expect(text.stdout).toContain('archived flags still referenced (1)');
    const csv = runIn(repo, ['flags', '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]).toBe('kind,key,registry,status,owner,expires,file,line,column,written,suppressed,suggestion');
    expect(csv).toContain('reference,old-banner,flags.json,archived,,,src/a.ts,1,25,,,');
    expect(csv).toContain('unknown,new-chekout,flags.json,,,,src/a.ts,2,25,,,new-checkout');
    const markdown = runIn(repo, ['flags', '--format', 'markdown']).stdout;
    expect(markdown).toContain('### Unknown flags (1)');
    expect(markdown).toContain('| `new-chekout` | `new-checkout` | 1 | `src/a.ts:2:25` |');
  });

  it('reads a registry outside a sparse checkout\'s cone from the index, and a missing one still fails closed', () => {
    const repo = flagRepo({ registries: [{ path: 'config/flags.json' }] });
    repo.write('config/flags.json', readFileSync(join(repo.dir, 'flags.json'), 'utf8'));
    rmSync(join(repo.dir, 'flags.json'));
    repo.write('src/a.ts', `${ld('new-checkout')}\n${ld('new-chekout')}\n`);
    repo.write('away/b.ts', `${ld('dark-mode')}\n`);
    commit(repo);
    const full = inventoryOf(runIn(repo, ['flags', '--format', 'json']));
    // Cone mode: the top level's files and src/ are on disk; config/ and away/ are in the index only.
    repo.gitOk(['sparse-checkout', 'set', 'src']);
    expect(() => readFileSync(join(repo.dir, 'config', 'flags.json'))).toThrow();
    const sparse = runIn(repo, ['flags', '--format', 'json']);
    expect(sparse.status, sparse.stderr).toBe(0);
    expect(referencesOf(inventoryOf(sparse))).toEqual(referencesOf(full));
    expect(referencesOf(full)).toEqual({ 'new-checkout': ['src/a.ts:1'], 'dark-mode': ['away/b.ts:1'] });
    expect(inventoryOf(sparse).sets.unknown.map((flag) => flag.key)).toEqual(['new-chekout']);
    // The work tree's registry wins while it is there, even unstaged.
    repo.gitOk(['sparse-checkout', 'disable']);
    repo.write('config/flags.json', `${JSON.stringify({ flags: [{ key: 'new-chekout', status: 'active' }] })}\n`);
    expect(inventoryOf(runIn(repo, ['flags', '--format', 'json'])).sets.unknown.map((flag) => flag.key)).toEqual(['new-checkout', 'dark-mode'].sort());
    // Neither on disk nor in the index: exit 3, naming the registry.
    repo.gitOk(['rm', '-qf', 'config/flags.json']);
    const missing = runIn(repo, ['flags', '--format', 'json']);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('config/flags.json');
  });

});

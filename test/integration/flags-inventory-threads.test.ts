// `prove-hooks flags` with its files scanned by worker threads (PROVE_FLAGS_THREADS) gives
// byte for byte what the main thread alone gives: the same references, dynamic keys, long lines
// and skipped files, whichever thread read each file, under two registries, and the per-blob
// cache the threaded run wrote (its lines encoded by the threads that scanned the files) is the
// main thread's to the byte and serves a later run the same inventory. With --ref each thread
// reads its blobs through its own `git cat-file`, in a clone and in a bare repository.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFlagRepo, ld, runIn } from '../helpers/flag-repo.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runBuiltCli } from '../helpers/cli.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** Enough files for several batches of 64 per thread, of every kind a file can be. */
function writeManyFiles(repo: TempRepo): void {
  const keys = ['new-checkout', 'old-banner', 'dark-mode', 'beta-search', 'unknown-flag', 'web-only'];
  for (let f = 0; f < 400; f++) {
    const folder = f % 4 === 0 ? 'apps/web' : `src/part${f % 7}`;
    const key = keys[f % keys.length]!;
    const lines = [`// file ${f}`, ld(key), f % 3 === 0 ? 'if (process.env.FF_DARK_MODE === "on") boot();' : 'const total = 1;', f % 5 === 0 ? 'ldClient.variation(flagName, false);' : ''];
    if (f % 50 === 7) lines.push(`const long = '${'x'.repeat(1200)}'; ${ld(key)}`);
    repo.write(`${folder}/file${f}.${f % 2 === 0 ? 'ts' : 'py'}`, `${lines.join('\n')}\n`);
  }
  repo.write('src/logo.png', Buffer.from([0x89, 0x50, 0x00, 0x01]));
  repo.write('src/big.ts', `${ld('dark-mode')}\n${'// filler\n'.repeat(3000)}`);
  repo.write('src/gone.ts', `${ld('beta-search')}\n`);
  repo.write('apps/web/flags.json', JSON.stringify({ flags: [{ key: 'web-only', status: 'active' }] }));
}

describe('prove-hooks flags with worker threads', () => {
  it('gives byte for byte the inventory of the main thread alone, and its cache serves a later run the same', () => {
    const repo = createFlagRepo({ presets: ['launchdarkly', 'env'], maxLineLength: 1000, registries: [{ path: 'flags.json', scope: '' }, { path: 'apps/web/flags.json', scope: 'apps/web' }] });
    repos.push(repo);
    writeManyFiles(repo);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: many files [T-2026-11-22-004] [MODE:NF]', '--no-verify']);
    // Deleted from the work tree but unchanged in the index: read from the object store.
    repo.gitOk(['update-index', '--skip-worktree', 'src/gone.ts']);
    rmSync(join(repo.dir, 'src/gone.ts'));
    const args = ['flags', '--format', 'json', '--max-file-bytes', '20000'];
    const alone = runIn(repo, [...args, '--no-cache'], { env: { PROVE_FLAGS_THREADS: '1' } });
    expect(alone.status, alone.stderr).toBe(0);
    const inventory = JSON.parse(alone.stdout) as { coverage: { scanned: number; skippedFiles: { path: string; reason: string }[] }; dynamic: unknown[] };
    // The repository exercises what the comparison is about.
    expect(inventory.coverage.scanned).toBeGreaterThan(400);
    expect(inventory.coverage.skippedFiles).toEqual(expect.arrayContaining([{ path: 'src/big.ts', reason: 'too-large' }, { path: 'src/logo.png', reason: 'binary' }]));
    expect(alone.stdout).toContain('"src/gone.ts"');
    for (const threads of ['2', '3']) {
      const threaded = runIn(repo, [...args, '--no-cache'], { env: { PROVE_FLAGS_THREADS: threads } });
      expect(threaded.stderr).toBe('');
      expect(threaded.stdout).toBe(alone.stdout);
    }
    // With the cache: written by a threaded cold run, then read by a run of the main thread alone.
    const cold = runIn(repo, args, { env: { PROVE_FLAGS_THREADS: '3' } });
    const cacheFile = join(repo.dir, '.git', 'prove-hooks', 'flag-inventory.cache');
    const threadedCache = readFileSync(cacheFile);
    rmSync(join(repo.dir, '.git', 'prove-hooks', 'flag-inventory.snapshot'));
    const warm = runIn(repo, args, { env: { PROVE_FLAGS_THREADS: '1' } });
    // The cache lines the workers encoded are the ones the main thread alone writes, byte for byte.
    rmSync(cacheFile);
    rmSync(join(repo.dir, '.git', 'prove-hooks', 'flag-inventory.snapshot'));
    expect(runIn(repo, args, { env: { PROVE_FLAGS_THREADS: '1' } }).status).toBe(0);
    expect(readFileSync(cacheFile).equals(threadedCache)).toBe(true);
    const withoutCache = (stdout: string): unknown => ({ ...(JSON.parse(stdout) as Record<string, unknown>), cache: null });
    expect(withoutCache(cold.stdout)).toEqual(withoutCache(alone.stdout));
    expect(withoutCache(warm.stdout)).toEqual(withoutCache(alone.stdout));
  });

  it('reads a commit (--ref) with worker threads, each through its own git cat-file, to the byte the main thread alone gives', () => {
    const repo = createFlagRepo({ presets: ['launchdarkly', 'env'], maxLineLength: 1000, registries: [{ path: 'flags.json', scope: '' }, { path: 'apps/web/flags.json', scope: 'apps/web' }] });
    repos.push(repo);
    writeManyFiles(repo);
    // More blobs than one batch of 512 holds, so a worker takes a batch of its own.
    for (let f = 0; f < 300; f++) repo.write(`src/more/m${f}.${f % 2 === 0 ? 'js' : 'go'}`, `${ld(f % 2 === 0 ? 'dark-mode' : 'unknown-flag')}\n`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: many files [T-2026-12-07-4601] [MODE:NF]', '--no-verify']);
    const bare = createTempRepo({ bare: true });
    repos.push(bare);
    repo.gitOk(['push', '-q', bare.dir, 'main']);
    const args = ['flags', '--ref', 'main', '--format', 'json', '--max-file-bytes', '20000', '--no-cache'];
    /** The report and how many `git cat-file --batch` processes the run started (GIT_TRACE). */
    const run = (where: TempRepo, threads: string): { stdout: string; catFiles: number } => {
      const trace = join(where.dir, `trace-${threads}.txt`);
      const result = runBuiltCli(args, { cwd: where.dir, env: { ...where.env, PROVE_FLAGS_THREADS: threads, GIT_TRACE: trace } });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const catFiles = readFileSync(trace, 'utf8').split('\n').filter((line) => / cat-file --batch$/.test(line)).length;
      rmSync(trace);
      return { stdout: result.stdout, catFiles };
    };
    for (const where of [repo, bare]) {
      const alone = run(where, '1');
      expect((JSON.parse(alone.stdout) as { coverage: { scanned: number } }).coverage.scanned).toBeGreaterThan(600);
      expect(alone.catFiles).toBe(1);
      const threaded = run(where, '2');
      expect(threaded.stdout).toBe(alone.stdout);
      // The main thread's batches and the worker's: one git per batch.
      expect(threaded.catFiles).toBeGreaterThan(1);
    }
  });
});

describe('prove-hooks flags --ref with worker threads when git fails', () => {
  it('ends as a git error (exit 4) when git fails in a worker, as with the main thread alone, not as an internal one', () => {
    const repo = createFlagRepo({ presets: ['launchdarkly'] });
    repos.push(repo);
    const numbered = Array.from({ length: 3000 }, (_, line) => `// line ${line}`).join('\n');
    for (let f = 0; f < 1100; f++) repo.write(`src/f${f}.ts`, `${ld('dark-mode')}\n// file ${f}\n${f === 0 ? numbered : ''}`);
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: files [T-2026-12-07-4604] [MODE:NF]', '--no-verify']);
    // Cut a loose blob short: git reads its header, then dies streaming it (`fatal: unable to
    // stream`). It is in the first batch of 512, which a worker takes (the main thread takes the third).
    for (const path of ['src/f0.ts']) {
      const id = repo.gitOk(['rev-parse', `HEAD:${path}`]).trim();
      const file = join(repo.dir, '.git', 'objects', id.slice(0, 2), id.slice(2));
      chmodSync(file, 0o644);
      const bytes = readFileSync(file);
      writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    }
    for (const threads of ['1', '2']) {
      const result = runIn(repo, ['flags', '--ref', 'HEAD', '--format', 'json', '--no-cache'], { env: { PROVE_FLAGS_THREADS: threads } });
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('cat-file');
      expect(result.status).toBe(4);
    }
  });
});

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CODE_CACHE_FILES_PER_TAG, loadWithCodeCache } from '../../../src/cli/code-cache.js';

let dir: string;
let file: string;
let cacheDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prove-code-cache-'));
  file = join(dir, 'module.cjs');
  cacheDir = join(dir, '.cache');
  writeFileSync(file, "const path = require('node:path'); exports.answer = (n) => n * 2; exports.base = path.basename(__filename);\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const options = { dir: '', tag: 'check', keep: () => true };
const load = (keep = () => true) => loadWithCodeCache(file, { ...options, dir: cacheDir, keep }, (exports: { answer: (n: number) => number; base: string }) => [exports.answer(21), exports.base]);

/** Runs the loader as the bin does, once per fresh process (in one process V8's in-memory compilation cache would answer first). */
async function freshLoader(): Promise<(module?: string) => { status: number | null; stdout: string }> {
  const loader = join(dir, 'loader.cjs');
  await build({ entryPoints: ['src/cli/code-cache.ts'], bundle: true, format: 'cjs', platform: 'node', outfile: loader, logLevel: 'silent' });
  return (module = file) => {
    const driver = `const { loadWithCodeCache } = require(${JSON.stringify(loader)}); process.stdout.write(String(loadWithCodeCache(${JSON.stringify(module)}, { dir: ${JSON.stringify(cacheDir)}, tag: 'check', keep: () => true }, (e) => e.answer(21))));`;
    const result = spawnSync(process.execPath, ['-e', driver], { encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout };
  };
}

describe('loadWithCodeCache', () => {
  it('runs the module as CommonJS (require, exports, __filename) and writes its bytecode once', () => {
    expect(load()).toEqual([42, 'module.cjs']);
    const written = readdirSync(cacheDir);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(new RegExp(`^module\\.cjs-check-${process.version}-${process.arch}-text-[0-9a-f]+-\\d+-\\d+\\.bin$`));
    expect(load()).toEqual([42, 'module.cjs']);
    expect(readdirSync(cacheDir)).toEqual(written);
  });

  it('uses a new cache when the file changes, and keeps the old build\'s beside it', () => {
    load();
    const [first] = readdirSync(cacheDir);
    writeFileSync(file, 'exports.answer = (n) => n * 3; exports.base = "changed";\n');
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    expect(load()).toEqual([63, 'changed']);
    const now = readdirSync(cacheDir);
    expect(now).toHaveLength(2);
    expect(now).toContain(first);
  });

  it("keeps at most 4 builds' caches per file and tag, the newest", () => {
    expect(CODE_CACHE_FILES_PER_TAG).toBe(4);
    const names: string[] = [];
    for (let build = 0; build < CODE_CACHE_FILES_PER_TAG + 2; build++) {
      writeFileSync(file, `exports.answer = (n) => n * ${build}; exports.base = "b${build}";\n`);
      const at = new Date(Date.now() + build * 5_000);
      utimesSync(file, at, at);
      load();
      names.push(readdirSync(cacheDir).find((name) => !names.includes(name))!);
    }
    expect(readdirSync(cacheDir).sort()).toEqual(names.slice(-CODE_CACHE_FILES_PER_TAG).sort());
  });

  it('survives a damaged cache file: V8 rejects it and a fresh process rewrites it', async () => {
    // In one process V8's in-memory compilation cache would answer before the file is consulted,
    // so this runs the loader as the bin does: once per fresh process.
    const loader = join(dir, 'loader.cjs');
    await build({ entryPoints: ['src/cli/code-cache.ts'], bundle: true, format: 'cjs', platform: 'node', outfile: loader, logLevel: 'silent' });
    const driver = `const { loadWithCodeCache } = require(${JSON.stringify(loader)}); process.stdout.write(String(loadWithCodeCache(${JSON.stringify(file)}, { dir: ${JSON.stringify(cacheDir)}, tag: 'check', keep: () => true }, (e) => e.answer(21))));`;
    const runFresh = () => spawnSync(process.execPath, ['-e', driver], { encoding: 'utf8' });
    expect(runFresh().stdout).toBe('42');
    const [name] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, name!), 'not bytecode at all');
    expect(runFresh().stdout).toBe('42');
    expect(readFileSync(join(cacheDir, name!), 'utf8')).not.toBe('not bytecode at all');
    expect(runFresh().stdout).toBe('42');
  });

  it('ignores bytecode damaged after its header (V8 would crash on it) and rewrites it', async () => {
    const runFresh = await freshLoader();
    expect(runFresh()).toMatchObject({ status: 0, stdout: '42' });
    const [name] = readdirSync(cacheDir);
    const path = join(cacheDir, name!);
    const bytes = readFileSync(path);
    // V8 checks its header (about 40 bytes: version, flags, source length), not the bytecode after it.
    for (let at = 200; at < bytes.length - 4; at += 97) bytes[at]! ^= 0xff;
    writeFileSync(path, bytes);
    expect(runFresh()).toMatchObject({ status: 0, stdout: '42' });
    expect(readFileSync(path).equals(bytes)).toBe(false);
    expect(runFresh()).toMatchObject({ status: 0, stdout: '42' });
  });

  it('lets two builds that share the git dir each keep their cache: neither evicts the other', async () => {
    const runFresh = await freshLoader();
    const otherDir = join(dir, 'other-build');
    mkdirSync(otherDir);
    const other = join(otherDir, 'module.cjs');
    writeFileSync(other, 'exports.answer = (n) => n * 4; exports.base = "other";\n');
    expect(runFresh().stdout).toBe('42');
    expect(runFresh(other).stdout).toBe('84');
    const state = () => readdirSync(cacheDir).map((name) => `${name} ${statSync(join(cacheDir, name)).mtimeMs}`).sort();
    const warm = state();
    expect(warm).toHaveLength(2);
    for (let round = 0; round < 2; round++) {
      expect(runFresh().stdout).toBe('42');
      expect(runFresh(other).stdout).toBe('84');
    }
    // Each run found its bytecode: nothing was rewritten or removed.
    expect(state()).toEqual(warm);
  });

  it('writes no cache after a run that `keep` turns down (e.g. a hand-over), and one after the next usual run', () => {
    expect(load(() => false)).toEqual([42, 'module.cjs']);
    expect(existsSync(cacheDir)).toBe(false);
    load();
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('keeps one cache per tag', () => {
    load();
    loadWithCodeCache(file, { dir: cacheDir, tag: 'other', keep: () => true }, () => 0);
    expect(readdirSync(cacheDir).map((name) => name.split('-')[1])).toEqual(['check', 'other']);
  });

  it('never writes through a symbolic link planted as the cache folder', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'prove-code-cache-elsewhere-'));
    try {
      symlinkSync(elsewhere, cacheDir);
      expect(load()).toEqual([42, 'module.cjs']);
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('still runs when the cache cannot be written (a file where its folder should be)', () => {
    writeFileSync(cacheDir, 'in the way');
    expect(load()).toEqual([42, 'module.cjs']);
  });
});

describe('the code-cache key of a built bundle', () => {
  it('changes with a new build that keeps the size and mtime (touch -r): the new code runs', async () => {
    // The real bundles, copied: dist/cli.cjs loads message-fast-path.cjs through the cache.
    const { stampBundleText, BUILD_STAMP_PREFIX } = await import('../../../scripts/build-stamp.mjs');
    const dist = join(dir, 'dist');
    const repo = join(dir, 'repo');
    mkdirSync(dist);
    for (const name of ['cli.cjs', 'message-fast-path.cjs', 'cli-full.cjs', 'bench-command.cjs']) copyFileSync(join('dist', name), join(dist, name));
    mkdirSync(repo);
    spawnSync('git', ['init', '-q', repo]);
    // A config file written within git's racy window is never cached (git-settings-cache.ts), so
    // the fast path would not decide yet: date the fresh repository's config back.
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(repo, '.git', 'config'), past, past);
    const check = () => spawnSync(process.execPath, [join(dist, 'cli.cjs'), 'check-msg', 'fix: a subject [T-2026-11-22-001] [MODE:F]'], { cwd: repo, encoding: 'utf8' }).stdout;
    // The first runs go to the full CLI (it writes the caches the fast path needs); then the fast path's bytecode is kept.
    for (let run = 0; run < 4; run++) expect(check()).toContain('commit message OK');
    expect(readdirSync(join(repo, '.git', 'prove-hooks', 'code-cache')).filter((name) => name.startsWith('message-fast-path.cjs-'))).toHaveLength(1);

    // A "new build": the same size, other text, stamped as the build stamps it; then the old mtime.
    const fastPath = join(dist, 'message-fast-path.cjs');
    const built = readFileSync(fastPath, 'utf8');
    const code = built.slice(0, built.lastIndexOf(BUILD_STAMP_PREFIX));
    expect(code).toContain('commit message OK');
    const rebuilt = stampBundleText(code.replace('commit message OK', 'commit message ok'), '0.1.0');
    expect(rebuilt.length).toBe(built.length);
    const before = statSync(fastPath);
    const reference = join(dir, 'mtime-reference');
    writeFileSync(reference, '');
    spawnSync('touch', ['-r', fastPath, reference]);
    writeFileSync(fastPath, rebuilt);
    spawnSync('touch', ['-r', reference, fastPath]);
    expect(statSync(fastPath).size).toBe(before.size);
    expect(statSync(fastPath).mtimeMs).toBe(before.mtimeMs);

    expect(check()).toContain('commit message ok');
  });
});

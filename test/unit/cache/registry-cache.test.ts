import { statSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { RegistryCache, REGISTRY_CACHE_FILE, encodeRegistryCache, gitBlobIdOf, registryCacheProblem } from '../../../src/cache/registry-cache.js';
import { FLAG_STATUSES } from '../../../src/core/flags/registry.js';
import { readFlagRegistries } from '../../../src/hooks/registry-file.js';
import { FULL_SOURCES } from '../../../src/hooks/full-sources.js';

let root: string;
let cacheDir: string;
let clock: number;
const HOUR = 3_600_000;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'prove-registry-cache-'));
  cacheDir = join(root, '.git', 'prove-hooks');
  clock = Date.parse('2026-01-01T12:00:00Z');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const newCache = (overrides: Partial<ConstructorParameters<typeof RegistryCache>[0]> = {}) =>
  new RegistryCache({ dir: cacheDir, ttlMs: 24 * HOUR, maxEntries: 8, toolVersion: '1.0.0', flagStatuses: FLAG_STATUSES, now: () => clock, ...overrides });

/** Writes the registry with an old mtime, so the stat check is outside the racy window. */
function writeRegistry(name: string, flags: unknown[], mtime = new Date('2025-06-01T00:00:00Z')): void {
  writeFileSync(join(root, name), JSON.stringify({ flags }));
  utimesSync(join(root, name), mtime, mtime);
}

/** One hook run: a fresh cache object reads the registry and persists. */
async function run(cache = newCache(), entries = [{ path: 'flags.json', scope: '' }]) {
  const registries = await readFlagRegistries(entries, { repoRoot: root, parseRegistry: FULL_SOURCES.parseRegistry, cache });
  await cache.flush();
  return { cache, keys: registries.registries.map((r) => r.index.keys) };
}

describe('registry cache: the work tree file\'s blob id', () => {
  const statOf = (name: string) => {
    const stats = statSync(join(root, name));
    return { size: stats.size, mtimeMs: stats.mtimeMs };
  };
  const gitHashObject = (name: string): string => spawnSync('git', ['hash-object', '--no-filters', join(root, name)], { encoding: 'utf8' }).stdout.trim();

  it('computes the id git computes', () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    expect(gitBlobIdOf(readFileSync(join(root, 'flags.json')))).toBe(gitHashObject('flags.json'));
  });

  it('is known by stat after a run read the file, and forgotten when the file changes', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    await run();
    expect(await newCache().blobIdByStat('flags.json', statOf('flags.json'))).toBe(gitHashObject('flags.json'));
    writeRegistry('flags.json', [{ key: 'b' }], new Date('2025-07-01T00:00:00Z'));
    expect(await newCache().blobIdByStat('flags.json', statOf('flags.json'))).toBeUndefined();
  });

  it('is not trusted for a file modified within the racy window of the check', async () => {
    const recent = new Date(clock - 500);
    writeRegistry('flags.json', [{ key: 'a' }], recent);
    await run();
    expect(await newCache().blobIdByStat('flags.json', statOf('flags.json'))).toBeUndefined();
  });

  it('is not recorded for content that did not come from the work tree file (a staged registry)', async () => {
    const cache = newCache();
    await cache.resolve('flags.json', Buffer.from('{"flags":[]}'), undefined, async () => ({ source: 'flags.json', flags: [] }));
    await cache.flush();
    expect(await newCache().blobIdByStat('flags.json', { size: 12, mtimeMs: -1 })).toBeUndefined();
  });

  it('rejects a cache file whose blob id is not a SHA-1 id (the whole file is rebuilt)', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    await run();
    const file = join(cacheDir, REGISTRY_CACHE_FILE);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.entries[0].blobId = '../../etc/passwd';
    // Sealed again with a matching checksum: the entry's shape alone must be refused.
    writeFileSync(file, encodeRegistryCache('1.0.0', JSON.stringify(data.entries)));
    const cache = newCache();
    expect(await cache.blobIdByStat('flags.json', statOf('flags.json'))).toBeUndefined();
    expect(cache.stats.rebuilds).toBe(1);
  });
});

describe('registry cache', () => {
  it('misses on the first run and hits by size and mtime on the next', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    const first = await run();
    expect(first.cache.stats).toMatchObject({ hits: 0, misses: 1, rebuilds: 0 });
    const second = await run();
    expect(second.cache.stats).toMatchObject({ hits: 1, misses: 0 });
    expect(second.keys).toEqual([['a']]);
  });

  it('lives in the git dir given, never next to the registry', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    await run();
    expect(readdirSync(cacheDir)).toEqual([REGISTRY_CACHE_FILE]);
    expect(readdirSync(root).sort()).toEqual(['.git', 'flags.json']);
  });

  it('re-parses when the registry changes', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    await run();
    writeRegistry('flags.json', [{ key: 'a' }, { key: 'b' }], new Date('2025-07-01T00:00:00Z'));
    const after = await run();
    expect(after.cache.stats).toMatchObject({ hits: 0, misses: 1 });
    expect(after.keys).toEqual([['a', 'b']]);
  });

  it('catches a same-size change with the same mtime through the content hash when the mtime is recent', async () => {
    const recent = new Date(clock - 500);
    writeRegistry('flags.json', [{ key: 'a' }], recent);
    await run();
    writeRegistry('flags.json', [{ key: 'b' }], recent);
    const after = await run();
    expect(after.keys).toEqual([['b']]);
    expect(after.cache.stats.misses).toBe(1);
  });

  it('hits by content hash when only the mtime changed (a checkout touched the file)', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    await run();
    writeRegistry('flags.json', [{ key: 'a' }], new Date('2025-08-01T00:00:00Z'));
    const after = await run();
    expect(after.cache.stats).toMatchObject({ hits: 1, misses: 0 });
  });

  it('re-parses after the TTL', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    await run();
    clock += 25 * HOUR;
    const after = await run();
    expect(after.cache.stats).toMatchObject({ hits: 0, misses: 1 });
  });

  it('is off with a TTL of 0: no file written, every run parses', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    await run(newCache({ ttlMs: 0 }));
    const after = await run(newCache({ ttlMs: 0 }));
    expect(after.cache.stats).toMatchObject({ hits: 0, misses: 1 });
    expect(() => readdirSync(cacheDir)).toThrow();
  });

  it.each([
    ['not JSON', '{"format":'],
    ['another tool', JSON.stringify({ format: 'something-else', version: 1, entries: [] })],
    ['another prove-hooks version', JSON.stringify({ format: 'prove-hooks/registry-cache', version: 1, tool: '0.9.0', entries: [], check: '' })],
    ['binary garbage', '\u0000\u0001\u00ff'],
  ])('rebuilds a %s cache file without trusting or crashing', async (_title, content) => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, REGISTRY_CACHE_FILE), content);
    const after = await run();
    expect(after.cache.stats).toMatchObject({ rebuilds: 1, misses: 1, hits: 0 });
    expect(after.keys).toEqual([['a']]);
    expect(JSON.parse(readFileSync(join(cacheDir, REGISTRY_CACHE_FILE), 'utf8')).format).toBe('prove-hooks/registry-cache');
  });

  it('never trusts a tampered entry (the checksum no longer matches)', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    await run();
    const file = join(cacheDir, REGISTRY_CACHE_FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"key":"a"', '"key":"evil"'));
    const after = await run();
    expect(after.keys).toEqual([['a']]);
    expect(after.cache.stats.rebuilds).toBe(1);
  });

  it('never trusts a file with one byte of an entry changed, nor one with a flag cut out, and doctor names it', async () => {
    writeRegistry('flags.json', [{ key: 'alpha' }, { key: 'beta' }]);
    await run();
    const file = join(cacheDir, REGISTRY_CACHE_FILE);
    const good = readFileSync(file, 'utf8');
    expect(registryCacheProblem(good, FLAG_STATUSES)).toBeUndefined();
    // Each still valid JSON of the right shape: only the checksum over the entries' bytes tells.
    const flipped = good.replace('"key":"alpha"', '"key":"alphb"');
    const cut = good.replace(/,\{"key":"beta"[^{}]*\}/, '');
    const zeroed = good.replace(/"check":"[0-9a-f]{8}"/, '"check":"00000000"');
    for (const damaged of [flipped, cut, zeroed]) {
      expect(damaged).not.toBe(good);
      expect(() => JSON.parse(damaged)).not.toThrow();
      expect(registryCacheProblem(damaged, FLAG_STATUSES)).toMatch(/checksum/);
      writeFileSync(file, damaged);
      const after = await run();
      expect(after.keys).toEqual([['alpha', 'beta']]);
      expect(after.cache.stats).toMatchObject({ rebuilds: 1, hits: 0 });
      expect(registryCacheProblem(readFileSync(file, 'utf8'), FLAG_STATUSES)).toBeUndefined();
    }
  });

  it('writes the checksum of exactly the bytes of the entries (JSON that another writer re-serialised is rebuilt)', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    await run();
    const file = join(cacheDir, REGISTRY_CACHE_FILE);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    // The same values in another key order: the entries' bytes differ, so they are not trusted.
    writeFileSync(file, JSON.stringify({ entries: data.entries, check: data.check, tool: data.tool, version: data.version, format: data.format }));
    const after = await run();
    expect(after.cache.stats).toMatchObject({ rebuilds: 1, hits: 0 });
  });

  it('keeps at most maxEntries registries, dropping the least recently used', async () => {
    for (const name of ['a', 'b', 'c']) writeRegistry(`${name}.json`, [{ key: name }]);
    const entries = (names: string[]) => names.map((name) => ({ path: `${name}.json`, scope: name }));
    await run(newCache({ maxEntries: 2 }), entries(['a']));
    await run(newCache({ maxEntries: 2 }), entries(['b']));
    await run(newCache({ maxEntries: 2 }), entries(['c']));
    const stored = JSON.parse(readFileSync(join(cacheDir, REGISTRY_CACHE_FILE), 'utf8')).entries.map((e: { key: string }) => e.key);
    expect(stored).toEqual(['b.json', 'c.json']);
    const again = await run(newCache({ maxEntries: 2 }), entries(['a']));
    expect(again.cache.stats).toMatchObject({ hits: 0, misses: 1 });
  });

  it('survives concurrent writers: the file is always one complete cache', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    await Promise.all(Array.from({ length: 8 }, () => run()));
    expect(JSON.parse(readFileSync(join(cacheDir, REGISTRY_CACHE_FILE), 'utf8')).entries).toHaveLength(1);
    expect(readdirSync(cacheDir)).toEqual([REGISTRY_CACHE_FILE]);
  });

  it('counts a failed write and carries on (the cache only saves time)', async () => {
    writeRegistry('flags.json', [{ key: 'a' }]);
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(cacheDir, 'a file where the cache folder should be');
    const after = await run();
    expect(after.keys).toEqual([['a']]);
    expect(after.cache.stats.writeErrors).toBe(1);
  });

  it('does not cache a registry that fails to parse', async () => {
    writeFileSync(join(root, 'flags.json'), '{"flags": [{"status": "x"}]}');
    await expect(run()).rejects.toThrow(/invalid/);
    expect(() => readdirSync(cacheDir)).toThrow();
  });
});

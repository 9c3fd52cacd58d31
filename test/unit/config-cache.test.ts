import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFIG_CACHE_FORMAT, CONFIG_CACHE_MAX_ENTRIES, readConfigCache, snapshotCandidates, writeConfigCache } from '../../src/cache/config-cache.js';
import { resolveConfig } from '../../src/hooks/resolve-config.js';
import { describeConfigSearch } from '../../src/config/search-places.js';

let root: string;
let project: string;
let cacheFile: string;
const VERSION = '1.2.3';

beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'prove-cache-')));
  project = join(root, 'project');
  mkdirSync(project);
  cacheFile = join(root, 'common', 'prove-hooks', 'config-cache.json');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const scope = () => ({ projectDir: project, stopDir: project });
const search = () => describeConfigSearch(scope());
const resolve = (version = VERSION) => resolveConfig({ scope: scope(), cacheFile, version });

function writeConfig(maxHeaderLength: number, name = '.proverc.json'): string {
  const file = join(project, name);
  writeFileSync(file, JSON.stringify({ commitMsg: { maxHeaderLength } }));
  return file;
}

describe('config cache through resolveConfig', () => {
  it('misses, then hits with the same config and source', async () => {
    const file = writeConfig(72);
    const first = await resolve();
    expect(first.cache).toBe('miss');
    const second = await resolve();
    expect(second.cache).toBe('hit');
    expect(second.config).toEqual(first.config);
    expect(second.filePath).toBe(file);
    expect(second.config.commitMsg.maxHeaderLength).toBe(72);
  });

  it('caches the defaults when there is no config file', async () => {
    expect((await resolve()).cache).toBe('miss');
    const hit = await resolve();
    expect(hit.cache).toBe('hit');
    expect(hit.filePath).toBeNull();
    expect(hit.config.commitMsg.maxHeaderLength).toBe(100);
  });

  it('misses when the config file changes, even with the same size and modification time', async () => {
    const file = writeConfig(72);
    await resolve();
    const { atime, mtime } = statSync(file);
    writeConfig(73);
    utimesSync(file, atime, mtime);
    const after = await resolve();
    expect(after.cache).toBe('miss');
    expect(after.config.commitMsg.maxHeaderLength).toBe(73);
  });

  it('misses when a config file appears where none was', async () => {
    await resolve();
    writeConfig(64, '.proverc.yaml');
    const after = await resolve();
    expect(after.cache).toBe('miss');
    expect(after.config.commitMsg.maxHeaderLength).toBe(64);
  });

  it('misses when a config file that takes precedence appears', async () => {
    writeConfig(72, '.proverc.json');
    await resolve();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ prove: { commitMsg: { maxHeaderLength: 50 } } }));
    const after = await resolve();
    expect(after.cache).toBe('miss');
    expect(after.config.commitMsg.maxHeaderLength).toBe(50);
  });

  it('misses when the config file is deleted', async () => {
    const file = writeConfig(72);
    await resolve();
    rmSync(file);
    const after = await resolve();
    expect(after.cache).toBe('miss');
    expect(after.filePath).toBeNull();
  });

  it('misses when a package.json without the key changes (it could have gained one)', async () => {
    writeFileSync(join(project, 'package.json'), '{"name":"a"}');
    await resolve();
    writeFileSync(join(project, 'package.json'), '{"name":"ab"}');
    expect((await resolve()).cache).toBe('miss');
  });

  it('misses for another prove-hooks version', async () => {
    writeConfig(72);
    await resolve('1.2.3');
    expect((await resolve('1.2.4')).cache).toBe('miss');
  });

  it('replaces a file in another format of ours quietly (two prove-hooks versions on one clone)', async () => {
    writeConfig(72);
    await resolve();
    const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
    writeFileSync(cacheFile, JSON.stringify({ ...data, format: 'prove-hooks/config-cache@99' }));
    const replaced = await resolve();
    expect(replaced.cache).toBe('miss');
    expect(replaced.notices).toEqual([]);
    expect((await resolve()).cache).toBe('hit');
    // A format that is not ours stays a damaged file, with a notice.
    writeFileSync(cacheFile, JSON.stringify({ ...data, format: 'prove-hooks/config-cache@x' }));
    expect((await resolve()).notices.map((notice) => notice.message).join('\n')).toContain('rebuilding it');
  });

  it('never caches an invalid config: each run reports it', async () => {
    writeFileSync(join(project, '.proverc.json'), '{"commitMsg":{"maxHeaderLength":"x"}}');
    await expect(resolve()).rejects.toThrow('commitMsg.maxHeaderLength');
    await expect(resolve()).rejects.toThrow('commitMsg.maxHeaderLength');
  });

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, text.length / 2)],
    ['not JSON at all', () => '\u0000\u0001garbage'],
    ['a foreign JSON file', () => JSON.stringify({ hello: 'world' })],
    ['an entry whose config was edited', (text: string) => text.replace('"maxHeaderLength":72', '"maxHeaderLength":10')],
    ['an entry of the wrong shape', (text: string) => {
      const data = JSON.parse(text);
      for (const key of Object.keys(data.entries)) data.entries[key] = { config: 1 };
      return JSON.stringify(data);
    }],
  ])('rebuilds the cache from %s, with a notice', async (_what, damage) => {
    writeConfig(72);
    await resolve();
    writeFileSync(cacheFile, damage(readFileSync(cacheFile, 'utf8')));
    const rebuilt = await resolve();
    expect(rebuilt.cache).toBe('miss');
    expect(rebuilt.config.commitMsg.maxHeaderLength).toBe(72);
    expect(rebuilt.notices.map((notice) => notice.message).join('\n')).toContain('rebuilding it');
    expect((await resolve()).cache).toBe('hit');
  });

  it('continues with a notice when the cache cannot be written', async () => {
    mkdirSync(join(root, 'common'), { recursive: true });
    writeFileSync(join(root, 'common', 'prove-hooks'), 'a file where the cache folder should be');
    const result = await resolve();
    expect(result.cache).toBe('miss');
    expect(result.notices.map((notice) => notice.message).join('\n')).toContain('continuing without the cache');
  });

  it('reads the config fresh when asked to, and refreshes the cache', async () => {
    writeConfig(72);
    await resolve();
    const fresh = await resolveConfig({ scope: scope(), cacheFile, version: VERSION, readCache: false });
    expect(fresh.cache).toBe('miss');
    expect((await resolve()).cache).toBe('hit');
  });

  it('does not cache without a cache file (outside git)', async () => {
    const result = await resolveConfig({ scope: scope(), cacheFile: null, version: VERSION });
    expect(result.cache).toBe('off');
  });
});

describe('config cache file', () => {
  it('keeps one entry per project folder, so worktrees do not evict each other', async () => {
    const other = join(root, 'other');
    mkdirSync(other);
    writeConfig(72);
    await resolve();
    await resolveConfig({ scope: { projectDir: other, stopDir: other }, cacheFile, version: VERSION });
    expect((await resolve()).cache).toBe('hit');
    const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(data.format).toBe(CONFIG_CACHE_FORMAT);
    expect(Object.keys(data.entries).sort()).toEqual([other, project].sort());
  });

  it(`keeps at most ${CONFIG_CACHE_MAX_ENTRIES} entries, dropping the oldest`, () => {
    for (let i = 0; i < CONFIG_CACHE_MAX_ENTRIES + 3; i++) {
      const dir = join(root, `p${i}`);
      mkdirSync(dir);
      const s = describeConfigSearch({ projectDir: dir, stopDir: dir });
      writeConfigCache(cacheFile, s, VERSION, snapshotCandidates(s), { config: { commitMsg: {} }, filePath: null });
    }
    const entries = Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).entries);
    expect(entries).toHaveLength(CONFIG_CACHE_MAX_ENTRIES);
    expect(entries).not.toContain(join(root, 'p0'));
    expect(entries).toContain(join(root, `p${CONFIG_CACHE_MAX_ENTRIES + 2}`));
  });

  it('writes nothing when a search place changed during the load', () => {
    const snapshot = snapshotCandidates(search());
    writeConfig(72);
    const written = writeConfigCache(cacheFile, search(), VERSION, snapshot, { config: { commitMsg: {} }, filePath: null });
    expect(written).toBe(false);
    expect(readConfigCache(cacheFile, search(), VERSION)).toEqual({ status: 'miss', reason: 'absent' });
  });

  it('leaves no temporary files behind, and a complete file after many writers', () => {
    for (let i = 0; i < 20; i++) {
      writeConfigCache(cacheFile, search(), VERSION, snapshotCandidates(search()), { config: { commitMsg: { n: i } }, filePath: null });
    }
    expect(readdirSync(join(root, 'common', 'prove-hooks'))).toEqual(['config-cache.json']);
    expect(readConfigCache(cacheFile, search(), VERSION).status).toBe('hit');
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBaselineFile, writeBaselineFile } from '../../../src/hooks/baseline-file.js';
import { createPatternCache, listPresetRegExps, loadFlagKnowledge } from '../../../src/hooks/flag-knowledge.js';
import { formatLocalDate } from '../../../src/core/local-date.js';
import { readFlagRegistries } from '../../../src/hooks/registry-file.js';
import { configSchema } from '../../../src/config/schema.js';
import { createBaseline, serializeBaseline } from '../../../src/core/flags/baseline.js';
import { evaluateFlagLines } from '../../../src/core/flags/rules.js';
import { selectScope, normalizeScope } from '../../../src/core/flags/scopes.js';
import { ConfigError, ExitCode, RegistryError } from '../../../src/errors.js';
import { FULL_SOURCES } from '../../../src/hooks/full-sources.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'prove-flag-knowledge-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, content: string): void => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
};

describe('reading registries (fail closed)', () => {
  it.each([
    ['a missing registry', () => undefined, RegistryError, /flag registry flags\.json not found \(flags\.registries\[0\]\)/],
    ['a registry that is a folder', () => mkdirSync(join(root, 'flags.json')), RegistryError, /is a folder/],
    ['a malformed registry', () => write('flags.json', '{"flags":[{"key":"a","status":"gone"}]}'), RegistryError, /flags\.json: flags\[0\] \(key "a"\): status/],
    ['an empty file', () => write('flags.json', ''), RegistryError, /not valid JSON/],
  ])('%s is a RegistryError with exit code 3', async (_title, setUp, type, message) => {
    setUp();
    const error = await readFlagRegistries([{ path: 'flags.json', scope: '' }], { repoRoot: root, parseRegistry: FULL_SOURCES.parseRegistry }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as RegistryError).exitCode).toBe(ExitCode.CONFIG);
    expect((error as Error).message).toMatch(message);
    expect((error as RegistryError).hint).toBeTruthy();
  });

  it('rejects a registry outside the repository', async () => {
    await expect(readFlagRegistries([{ path: '../flags.json', scope: '' }], { repoRoot: root, parseRegistry: FULL_SOURCES.parseRegistry })).rejects.toThrow(ConfigError);
  });

  it('rejects two registries with the same scope', async () => {
    write('a.json', '[]');
    write('b.json', '[]');
    await expect(readFlagRegistries([{ path: 'a.json', scope: 'pkg/' }, { path: 'b.json', scope: './pkg' }], { repoRoot: root, parseRegistry: FULL_SOURCES.parseRegistry })).rejects.toThrow(
      /same scope "pkg"/,
    );
  });

  it('reads YAML registries', async () => {
    write('config/flags.yml', 'flags:\n  - key: yaml-flag\n');
    const registries = await readFlagRegistries([{ path: 'config/flags.yml', scope: '' }], { repoRoot: root, parseRegistry: FULL_SOURCES.parseRegistry });
    expect(registries.registries[0]?.index.keys).toEqual(['yaml-flag']);
  });

  it('gives each path the registry with the most specific scope', async () => {
    write('flags.json', '[{"key":"root"}]');
    write('packages/web/flags.json', '[{"key":"web"}]');
    const registries = await readFlagRegistries(
      [
        { path: 'flags.json', scope: '' },
        { path: 'packages/web/flags.json', scope: 'packages/web' },
      ],
      { repoRoot: root, parseRegistry: FULL_SOURCES.parseRegistry },
    );
    expect(registries.registryFor('packages/web/src/a.ts')?.index.keys).toEqual(['web']);
    expect(registries.registryFor('packages/webapp/a.ts')?.index.keys).toEqual(['root']);
    expect(registries.registryFor('src/a.ts')?.index.keys).toEqual(['root']);
  });
});

describe('scopes', () => {
  it.each([
    ['', ''],
    ['.', ''],
    ['./packages/a/', 'packages/a'],
    ['/packages/a', 'packages/a'],
    ['packages\\a', 'packages/a'],
  ])('normalizes %j to %j', (scope, normalized) => {
    expect(normalizeScope(scope)).toBe(normalized);
  });

  it.each([
    ['packages/a/x.ts', 1],
    ['packages/a', 1],
    ['packages/ab/x.ts', 0],
    ['x.ts', 0],
  ])('selects the scope of %s', (path, expected) => {
    expect(selectScope(['', 'packages/a'], path)).toBe(expected);
  });

  it('selects nothing when no scope contains the path', () => {
    expect(selectScope(['packages/a'], 'src/x.ts')).toBe(-1);
  });
});

describe('loadFlagKnowledge', () => {
  const config = (flags: unknown) => configSchema.parse({ flags }).flags;

  it('loads registries, compiles one matcher per registry and exposes the union of anchors', async () => {
    write('flags.json', '[{"key":"new-checkout","aliases":["NEW_CHECKOUT"]}]');
    write('apps/admin/flags.yaml', '- key: admin-beta\n');
    const knowledge = await loadFlagKnowledge(
      config({ presets: ['launchdarkly'], registries: [{ path: 'flags.json' }, { path: 'apps/admin/flags.yaml', scope: 'apps/admin' }] }),
      { repoRoot: root, gitCommonDir: join(root, '.git'), toolVersion: 'test', parseRegistry: FULL_SOURCES.parseRegistry },
    );
    expect(knowledge.anchors).toContain('variation');
    expect(knowledge.anchors).toContain('NEW_CHECKOUT');
    expect(knowledge.matcherFor('src/a.ts')?.matchLine('if (NEW_CHECKOUT) {}').map((r) => r.flag)).toEqual(['new-checkout']);
    expect(knowledge.matcherFor('apps/admin/a.ts')?.matchLine('if (NEW_CHECKOUT) {}')).toEqual([]);
    expect(knowledge.cacheStats.misses).toBe(2);
    expect(readFileSync(join(root, '.git', 'prove-hooks', 'registry-cache.json'), 'utf8')).toContain('admin-beta');

    const again = await loadFlagKnowledge(config({ registries: [{ path: 'flags.json' }] }), { repoRoot: root, gitCommonDir: join(root, '.git'), toolVersion: 'test', parseRegistry: FULL_SOURCES.parseRegistry });
    expect(again.cacheStats.misses + again.cacheStats.hits).toBe(1);
  });

  it('evaluates a matched line end to end', async () => {
    write('flags.json', '[{"key":"new-checkout"},{"key":"old","status":"archived"}]');
    const knowledge = await loadFlagKnowledge(config({ presets: ['launchdarkly'] }), { repoRoot: root, gitCommonDir: join(root, '.git'), toolVersion: 'test', parseRegistry: FULL_SOURCES.parseRegistry });
    const text = "a = client.variation('old', ctx, false) || client.variation('new-chekout', ctx, false)";
    const references = knowledge.matcherFor('src/a.ts')!.matchLine(text);
    const { findings } = evaluateFlagLines([{ file: 'src/a.ts', line: 7, side: 'added', text, references }], knowledge.ruleContext('2026-01-01'));
    expect(findings.map((f) => [f.rule, f.flag, f.column])).toEqual([
      ['flag-archived', 'old', 23],
      ['flag-unknown', 'new-chekout', 62],
    ]);
  });

  it('reports no matcher for a path outside every scope', async () => {
    write('pkg/flags.json', '[]');
    const knowledge = await loadFlagKnowledge(config({ registries: [{ path: 'pkg/flags.json', scope: 'pkg' }] }), { repoRoot: root, gitCommonDir: join(root, '.git'), toolVersion: 'test', parseRegistry: FULL_SOURCES.parseRegistry });
    expect(knowledge.matcherFor('other/a.ts')).toBeUndefined();
  });

  it('formats the local date', () => {
    expect(formatLocalDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('FlagPatternCache', () => {
  it('compiles each regex once and warms up the enabled presets', () => {
    const cache = createPatternCache();
    const compiled = cache.warmUp(listPresetRegExps({ presets: ['launchdarkly', 'unleash'], envPrefix: 'FF_' }));
    expect(compiled).toBeGreaterThan(0);
    expect(cache.stats).toMatchObject({ misses: compiled, hits: 0 });
    cache.warmUp(listPresetRegExps({ presets: ['launchdarkly', 'unleash'], envPrefix: 'FF_' }));
    expect(cache.stats.hits).toBe(compiled);
  });

  it('builds a matcher once per registry and settings', () => {
    const cache = createPatternCache();
    const index = { registry: { source: 'f', flags: [] }, keys: [], get: () => undefined, keyOfAlias: () => undefined, keyOfNormalized: () => undefined };
    const settings = { presets: ['unleash' as const], envPrefix: 'FF_', patterns: [], aliasCaseVariants: [] };
    expect(cache.matcherFor(settings, index)).toBe(cache.matcherFor(settings, index));
    expect(cache.stats.matcherHits).toBe(1);
    expect(cache.matcherFor({ ...settings, presets: ['split'] }, index)).not.toBe(cache.matcherFor(settings, index));
    cache.clear();
    expect(cache.matcherFor(settings, index).anchors).toContain('isEnabled');
  });

  it('expires compiled regexes after the TTL and keeps at most maxEntries', () => {
    const cache = createPatternCache({ maxEntries: 2 });
    cache.compileRegExp('a', 'g');
    cache.compileRegExp('b', 'g');
    cache.compileRegExp('c', 'g');
    cache.compileRegExp('a', 'g');
    expect(cache.stats).toMatchObject({ misses: 4, hits: 0 });
  });
});

describe('baseline file', () => {
  it('round-trips, treats a missing file as empty, and rejects a malformed one', async () => {
    expect((await readBaselineFile('.flags-baseline.json', root)).entries).toEqual([]);
    const baseline = createBaseline([{ rule: 'flag-unknown', severity: 'error', message: 'm', file: 'a.ts', line: 1, flag: 'x', content: 'c', fingerprint: 'f' }]);
    await writeBaselineFile('.flags-baseline.json', root, baseline);
    expect(readFileSync(join(root, '.flags-baseline.json'), 'utf8')).toBe(serializeBaseline(baseline));
    expect(await readBaselineFile('.flags-baseline.json', root)).toEqual(baseline);
    write('bad.json', '{"version": 7}');
    await expect(readBaselineFile('bad.json', root)).rejects.toThrow(/flag baseline bad\.json is invalid: unsupported version 7/);
  });
});

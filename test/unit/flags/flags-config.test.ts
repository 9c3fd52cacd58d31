import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/schema.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';

describe('the flags section of the config schema', () => {
  it('has sensible defaults', () => {
    const { flags } = configSchema.parse({});
    expect(flags).toMatchObject({
      enabled: true,
      registries: [{ path: 'flags.json', scope: '' }],
      presets: [...PRESET_NAMES],
      envPrefix: 'FF_',
      patterns: [],
      aliasCaseVariants: [],
      include: ['**'],
      severity: {},
      cache: { ttlSeconds: 86_400, maxEntries: 32 },
      maxLineLength: 4000,
      baseline: null,
    });
    expect(flags.exclude).toContain('**/node_modules/**');
  });

  it('fills inner defaults of a partial section', () => {
    const { flags } = configSchema.parse({ flags: { cache: { ttlSeconds: 5 }, registries: [{ path: 'packages/a/flags.yaml' }] } });
    expect(flags.cache).toEqual({ ttlSeconds: 5, maxEntries: 32 });
    expect(flags.registries).toEqual([{ path: 'packages/a/flags.yaml', scope: '' }]);
  });

  it.each([
    [{ presets: ['launchdarkly', 'optimizely'] }, ['flags', 'presets', 1]],
    [{ severity: { 'flag-unknown': 'fatal' } }, ['flags', 'severity', 'flag-unknown']],
    [{ severity: { 'flag-nope': 'error' } }, ['flags', 'severity']],
    [{ envPrefix: 'FF-' }, ['flags', 'envPrefix']],
    [{ registries: [] }, ['flags', 'registries']],
    [{ patterns: [{ pattern: String.raw`on\('(\w+)'` }] }, ['flags', 'patterns', 0, 'pattern']],
    [{ patterns: [{ pattern: String.raw`on\('(?<flag>\w+)(?=')` }] }, ['flags', 'patterns', 0, 'pattern']],
    [{ patterns: [{ pattern: '(' }] }, ['flags', 'patterns', 0, 'pattern']],
    [{ maxLineLength: 10 }, ['flags', 'maxLineLength']],
    [{ unknownOption: true }, ['flags']],
  ])('rejects %j at %j', (flags, path) => {
    const result = configSchema.safeParse({ flags });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });

  it('explains a pattern the linear-time engine cannot run in the message', () => {
    const result = configSchema.safeParse({ flags: { patterns: [{ pattern: String.raw`on\('(?<flag>\w+)'\1` }] } });
    expect(result.error?.issues[0]?.message).toMatch(/cannot run in linear time: it uses a backreference/);
  });

  it('accepts nested repetition: the linear-time engine bounds it', () => {
    expect(configSchema.safeParse({ flags: { patterns: [{ pattern: String.raw`on\('(?<flag>(a+)+)'` }] } }).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { configSchema, CUSTOM_PATTERN_GROUP } from '../../../src/config/schema.js';
import { FLAG_GROUP, FLAG_PREFIX_GROUP } from '../../../src/core/flags/custom-pattern.js';
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

  // The texts a user reads in the config error, word for word (the check is the base's
  // text/user-regex.ts since 2026-12-07; before, the core's pattern-safety.ts said the same).
  const LINEAR = String.raw`the pattern cannot run in linear time: it uses a backreference (\1, \k<name>), a lookahead or lookbehind ((?=, (?!, (?<=, (?<!) or a large {n,m} count; rewrite it without them, e.g. (?:^|[^\w$]) instead of (?<![\w$])`;
  it.each([
    [String.raw`on\('(\w+)'`, 'the pattern has no named group `flag`: write the key part as (?<flag>...)'],
    [String.raw`(?<flag>[\w-]+)`, 'the pattern has no literal of 3 or more characters that every match contains: add an `anchor` (e.g. the function name)'],
    [`isOn\\((?<flag>\\w+)${'x'.repeat(1000)}`, 'the pattern is longer than 1000 characters: split it into several patterns'],
    [String.raw`on\('(?<flag>\w+)'\1`, LINEAR],
    ['on(', 'the pattern does not compile: Invalid regular expression: /on(/dg: Unterminated group'],
  ])('refuses the pattern %s with the message %s', (pattern, message) => {
    const result = configSchema.safeParse({ flags: { patterns: [{ pattern }] } });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['flags', 'patterns', 0, 'pattern'], message]]);
  });

  it('refuses a branch pattern that can backtrack catastrophically with its message', () => {
    const result = configSchema.safeParse({ prepareCommitMsg: { branchPattern: String.raw`^(?<taskId>(a+)+)$` } });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['prepareCommitMsg', 'branchPattern'], 'the branch pattern can backtrack catastrophically (nested or overlapping repetition such as (a+)+): simplify it'],
    ]);
  });

  it('checks custom patterns for the group the flag matcher reads the key from', () => {
    expect(CUSTOM_PATTERN_GROUP).toBe(FLAG_GROUP);
    // The group the matcher wraps around what comes before the key (its name is part of the compiled source).
    expect(FLAG_PREFIX_GROUP).toBe('proveHooksBeforeFlag');
  });
});

import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { detectRegistryFormat, formatRegistryIssues, parseRegistry, type RegistryFormat } from '../../../src/core/flags/registry-parse.js';
import { indexRegistry } from '../../../src/core/flags/registry.js';
import { registryArb } from '../../arbitraries/registry.js';

const json = (value: unknown): string => JSON.stringify(value);
const parseJson = (text: string) => parseRegistry(text, { source: 'flags.json', format: 'json' });

describe('parseRegistry: valid registries', () => {
  it.each([
    ['a bare list', json([{ key: 'a' }])],
    ['an object with flags', json({ flags: [{ key: 'a' }] })],
    ['an object with $schema', json({ $schema: './s.json', flags: [{ key: 'a' }] })],
    ['a byte-order mark', `\uFEFF${json([{ key: 'a' }])}`],
  ])('accepts %s', (_title, text) => {
    const result = parseJson(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.registry.flags).toEqual([{ key: 'a', status: 'active', aliases: [] }]);
  });

  it('keeps every documented field', () => {
    const entry = { key: 'new-checkout', status: 'deprecated', expires: '2025-02-28', owner: 'team-pay', description: 'd', aliases: ['NEW_CHECKOUT'] };
    const result = parseJson(json({ flags: [entry] }));
    expect(result).toEqual({ ok: true, registry: { source: 'flags.json', flags: [entry] } });
  });

  it('reads YAML, keeping unquoted dates as dates of the calendar', () => {
    const text = 'flags:\n  - key: new-checkout\n    status: archived\n    expires: 2024-12-31\n    aliases: [NEW_CHECKOUT]\n';
    const result = parseRegistry(text, { source: 'flags.yaml', format: 'yaml' });
    expect(result).toEqual({
      ok: true,
      registry: { source: 'flags.yaml', flags: [{ key: 'new-checkout', status: 'archived', expires: '2024-12-31', aliases: ['NEW_CHECKOUT'] }] },
    });
  });

  it.each([
    ['flags.json', 'json'],
    ['flags.yaml', 'yaml'],
    ['config/FLAGS.YML', 'yaml'],
    ['flags', 'json'],
  ])('detects the format of %s as %s', (path, format) => {
    expect(detectRegistryFormat(path)).toBe(format);
  });
});

describe('parseRegistry: problems name the file, the entry and the field', () => {
  it.each([
    ['invalid JSON', '{ "flags": [', /^flags\.json: not valid JSON/],
    ['a top-level string', json('flags'), /expected a list of flags or an object/],
    ['an unknown top-level field', json({ flags: [], extra: 1 }), /expected a list of flags or an object/],
    ['a missing key', json([{ status: 'active' }]), /^flags\.json: flags\[0\]: key: required: every flag needs a "key"$/],
    ['a bad status', json([{ key: 'a' }, { key: 'b', status: 'retired' }]), /^flags\.json: flags\[1\] \(key "b"\): status: expected one of active, deprecated, archived$/],
    ['an impossible date', json([{ key: 'a', expires: '2025-02-30' }]), /flags\[0\] \(key "a"\): expires: expected a date YYYY-MM-DD that exists/],
    ['a date with a time', json([{ key: 'a', expires: '2025-02-01T00:00:00Z' }]), /expires: expected a date/],
    ['a key with a space', json([{ key: 'a b' }]), /flags\[0\] \(key "a b"\): key: a key has no spaces/],
    ['an alias that is not an identifier', json([{ key: 'a', aliases: ['1abc'] }]), /flags\[0\] \(key "a"\): aliases\[0\]: an alias is an identifier/],
    ['an unknown field', json([{ key: 'a', owners: 'x' }]), /flags\[0\] \(key "a"\): unknown field "owners"/],
    ['an entry that is not an object', json(['a']), /flags\[0\]: expected an object/],
    ['a duplicate key', json([{ key: 'a' }, { key: 'b' }, { key: 'a' }]), /flags\[2\] \(key "a"\): key: duplicate key: already defined by flags\[0\]/],
    ['a duplicate alias', json([{ key: 'a', aliases: ['X'] }, { key: 'b', aliases: ['X'] }]), /flags\[1\] \(key "b"\): aliases\[0\]: duplicate alias: "X" is already an alias of flag "a"/],
    ['an alias that is another key', json([{ key: 'a', aliases: ['b'] }, { key: 'b' }]), /flags\[0\] \(key "a"\): aliases\[0\]: alias "b" is also a flag key/],
    ['an alias listed twice', json([{ key: 'a', aliases: ['X', 'X'] }]), /aliases\[1\]: alias "X" is listed twice/],
    ['invalid YAML', null, /^flags\.yaml: not valid YAML/],
  ])('reports %s', (_title, text, expected) => {
    const format: RegistryFormat = text === null ? 'yaml' : 'json';
    const source = text === null ? 'flags.yaml' : 'flags.json';
    const result = parseRegistry(text ?? 'flags: [\n  - key: a\n  bad', { source, format });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatRegistryIssues(source, result.issues)).toMatch(expected);
  });

  it('lists at most the limit of problems and says how many more there are', () => {
    const result = parseJson(json(Array.from({ length: 15 }, () => ({ status: 'x' }))));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const text = formatRegistryIssues('flags.json', result.issues, 3);
      expect(text.split('\n')).toHaveLength(4);
      expect(text).toMatch(/\.\.\. and \d+ more problems$/);
    }
  });
});

describe('indexRegistry', () => {
  const index = indexRegistry({
    source: 'flags.json',
    flags: [
      { key: 'new-checkout', status: 'active', aliases: ['NEW_CHECKOUT'] },
      { key: 'dark_mode', status: 'active', aliases: [] },
      { key: 'dark-mode', status: 'active', aliases: [] },
    ],
  });
  it.each([
    ['newCheckout', 'new-checkout'],
    ['NEW_CHECKOUT', 'new-checkout'],
    ['new_checkout', 'new-checkout'],
    ['darkMode', undefined],
    ['unknown', undefined],
  ])('resolves the normalized form %s to %s (ambiguous forms resolve to nothing)', (name, key) => {
    expect(index.keyOfNormalized(name)).toBe(key);
  });
  it('finds keys and aliases in O(1) maps', () => {
    expect(index.get('dark_mode')?.key).toBe('dark_mode');
    expect(index.keyOfAlias('NEW_CHECKOUT')).toBe('new-checkout');
    expect(index.keys).toEqual(['new-checkout', 'dark_mode', 'dark-mode']);
  });
});

describe('parseRegistry properties', () => {
  it('never throws on arbitrary JSON values or arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((v) => JSON.stringify({ flags: [v] }))), (text) => {
        const result = parseJson(text);
        expect(typeof result.ok).toBe('boolean');
        const yaml = parseRegistry(text, { source: 'f.yaml', format: 'yaml' });
        expect(typeof yaml.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it.each(['json', 'yaml'] as const)('round-trips every valid generated registry through %s', (format) => {
    fc.assert(
      fc.property(registryArb, (flags) => {
        const text = format === 'json' ? JSON.stringify({ flags }, null, 2) : toYaml({ flags });
        const result = parseRegistry(text, { source: 'r', format });
        expect(result).toEqual({ ok: true, registry: { source: 'r', flags } });
      }),
      { numRuns: format === "json" ? 200 : 60 },
    );
  });
});

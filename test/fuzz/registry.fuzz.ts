// The flag registry: any text gives a result (never an exception), and every valid registry
// reads back exactly as written.
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../src/core/flags/registry-parse.js';
import { flagEntryArb, registryArb } from '../arbitraries/registry.js';
import { fuzz } from './fuzz-runs.js';

describe('flag registry (fuzz)', () => {
  it('parseRegistry gives a result for any text, JSON or YAML', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.json(),
      fc.array(fc.oneof(flagEntryArb, fc.jsonValue()), { maxLength: 4 }).map((flags) => JSON.stringify({ flags })),
      fc.array(flagEntryArb, { maxLength: 4 }).map((flags) => toYaml({ flags })),
    );
    fuzz(
      'parseRegistry',
      fc.property(text, fc.constantFrom('json', 'yaml') as fc.Arbitrary<'json' | 'yaml'>, (source, format) => {
        const result = parseRegistry(source, { source: 'flags', format });
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('reads every valid registry back as written (JSON)', () => {
    fuzz(
      'parseRegistry round trip',
      fc.property(registryArb, (flags) => {
        expect(parseRegistry(JSON.stringify({ flags }), { source: 'r', format: 'json' })).toEqual({ ok: true, registry: { source: 'r', flags } });
      }),
      0.25,
    );
  });
});

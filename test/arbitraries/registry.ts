// Test-only generators for flag registries: shared by the registry property tests and the fuzz run.
import fc from 'fast-check';
import type { FlagDefinition } from '../../src/core/flags/registry.js';

export const flagKeyArb = fc.stringMatching(/^[a-z][a-z0-9._:-]{0,20}$/);
export const flagAliasArb = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,12}$/);
export const isoDateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** One registry entry as a user writes it (optional fields may be absent). */
export const flagEntryArb = fc.record(
  {
    key: flagKeyArb,
    status: fc.constantFrom('active', 'deprecated', 'archived'),
    expires: isoDateArb,
    owner: fc.string({ maxLength: 10 }),
    description: fc.string({ maxLength: 20 }),
    aliases: fc.uniqueArray(flagAliasArb, { maxLength: 3 }),
  },
  { requiredKeys: ['key', 'status', 'aliases'] },
);

/** A valid registry's flag list: unique keys, each alias on one flag only. */
export const registryArb = fc
  .uniqueArray(flagEntryArb, { selector: (entry) => entry.key, maxLength: 12 })
  .map((entries) => {
    // Aliases must be unique across the registry: keep each alias on its first flag only.
    const used = new Set<string>();
    return entries.map((entry) => ({ ...entry, aliases: entry.aliases.filter((a) => !used.has(a) && (used.add(a), true)) }));
  }) as fc.Arbitrary<FlagDefinition[]>;

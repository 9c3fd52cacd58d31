import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closest, distance } from 'fastest-levenshtein';
import { normalizeKeys, suggestKey } from '../../../src/core/flags/key-suggestion.js';
import { indexRegistry, normalizeFlagName, type RegistryIndex } from '../../../src/core/flags/registry.js';

/** The plain definition: the first closest normalized key, if within the typo limit. */
function suggestSimply(name: string, index: RegistryIndex): string | undefined {
  if (index.keys.length === 0) return undefined;
  const exact = index.keyOfNormalized(name);
  if (exact !== undefined) return exact;
  const { byNormalized, forms } = normalizeKeys(index);
  const normalized = normalizeFlagName(name);
  const best = closest(normalized, [...forms]);
  return distance(normalized, best) <= Math.max(2, Math.floor(normalized.length / 3)) ? byNormalized.get(best) : undefined;
}

const registryOf = (keys: readonly string[]): RegistryIndex =>
  indexRegistry({ source: 'flags.json', flags: [...new Set(keys)].map((key) => ({ key, status: 'active' as const, aliases: [] })) });

describe('suggestKey', () => {
  it.each([
    [['new-checkout', 'dark-mode'], 'new_chekout', 'new-checkout'],
    [['feature-1-rollout', 'feature-12-rollout'], 'feature-2-rollout', 'feature-1-rollout'],
    [['abc', 'abd'], 'abx', 'abc'],
    [['feature-1-rollout'], 'ghost-1-experiment', undefined],
    [[], 'anything', undefined],
  ])('among %j suggests for %s: %s', (keys, name, expected) => {
    expect(suggestKey(name, registryOf(keys))).toBe(expected);
  });

  it('agrees with the first closest key within the limit, for any keys and names', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', '1', '2', '-', '_', 'E'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.array(word, { minLength: 1, maxLength: 5 }), (keys, names) => {
        const index = registryOf(keys);
        const normalized = normalizeKeys(index);
        for (const name of names) expect(suggestKey(name, index, normalized)).toBe(suggestSimply(name, index));
      }),
      { numRuns: 500 },
    );
  });
});

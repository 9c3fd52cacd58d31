import { describe, expect, it } from 'vitest';
import { composeRegistry, composeSourceFile, createRandom, fixtureKeys } from './fixture.js';

describe('the flag benchmark fixture', () => {
  const keys = fixtureKeys({ registryFlags: 300, unknownFlags: 20 });

  it('has the registry flags and the unknown flags section 9 asks for', () => {
    expect(keys.known).toHaveLength(300);
    expect(keys.unknown).toHaveLength(20);
    expect(keys.known.filter((key) => keys.unknown.includes(key))).toEqual([]);
    expect(JSON.parse(composeRegistry(keys.known)).flags).toHaveLength(300);
  });

  it('writes files of the asked size with flag calls, the same for the same seed', () => {
    const first = composeSourceFile(25_000, createRandom(7), keys);
    expect(first.length).toBeGreaterThanOrEqual(25_000);
    expect(first.length).toBeLessThan(25_200);
    expect(first).toBe(composeSourceFile(25_000, createRandom(7), keys));
    expect(first).toMatch(/variation\('feature-\d+-rollout'/);
  });

  it('uses only registry flags when the spec has no unknown ones', () => {
    const text = composeSourceFile(200_000, createRandom(2), fixtureKeys({ registryFlags: 300, unknownFlags: 0 }));
    expect(text).not.toMatch(/ghost-|undefined/);
    expect(text).toMatch(/variation\('feature-\d+-rollout'/);
  });

  it('uses unknown flags somewhere in a large file', () => {
    const text = composeSourceFile(2_000_000, createRandom(1), keys);
    expect(text).toMatch(/ghost-\d+-experiment/);
  });
});

// The per-blob cache of the flag inventory, written in chunks: a cache of megabytes (many chunks)
// reads back entry for entry, and the file is whole for doctor.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InventoryCache, inventoryCacheProblem, type CachedBlob } from '../../../src/cache/inventory-cache.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prove-inventory-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const scanOf = (n: number): CachedBlob => ({
  kind: 'scan',
  scan: {
    references: [{ flag: `flag-${n}-é`, line: n + 1, column: 3, source: 'launchdarkly', kind: 'call', ...(n % 3 === 0 ? { written: `FLAG_${n}\t\\x` } : {}) }],
    dynamic: n % 5 === 0 ? [{ line: 2, column: 1, source: 'launchdarkly', text: `key${n}` }] : [],
    longLines: [],
    longLineCount: 0,
  },
});

describe('InventoryCache', () => {
  it('reads back every entry of a cache written in many chunks, for two fingerprints', () => {
    const file = join(dir, 'prove-hooks', 'flag-inventory.cache');
    const cache = InventoryCache.read(file);
    for (let n = 0; n < 30_000; n++) cache.set(n % 2 === 0 ? 'fp-a' : 'fp-b', `${n.toString(16).padStart(40, '0')}.ts`, n % 7 === 0 ? { kind: 'skip', reason: 'binary' } : scanOf(n));
    cache.write();
    expect(cache.notices).toEqual([]);
    const text = readFileSync(file, 'utf8');
    // More than a chunk of text: the chunks join into one body the checksum covers.
    expect(text.length).toBeGreaterThan(2 << 20);
    expect(inventoryCacheProblem(text)).toBeUndefined();
    const again = InventoryCache.read(file);
    expect(again.notices).toEqual([]);
    for (let n = 0; n < 30_000; n += 997) {
      expect(again.get(n % 2 === 0 ? 'fp-a' : 'fp-b', `${n.toString(16).padStart(40, '0')}.ts`)).toEqual(n % 7 === 0 ? { kind: 'skip', reason: 'binary' } : scanOf(n));
    }
    expect(again.stats.misses).toBe(0);
  });
});

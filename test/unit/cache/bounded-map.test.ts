import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BoundedMap } from '../../../src/cache/bounded-map.js';

describe('BoundedMap', () => {
  it('drops the least recently used entry beyond its bound; get makes an entry recent', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1);
    map.set('c', 3);
    expect([...map.entries()]).toEqual([
      ['a', 1],
      ['c', 3],
    ]);
    expect(map.get('b')).toBeUndefined();
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a bound of %s', (max) => {
    expect(() => new BoundedMap(max)).toThrow(RangeError);
  });

  it('keeps exactly the most recently used keys, oldest first (against a reference list)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 6 }) }),
      fc.record({ kind: fc.constant('get' as const), key: fc.integer({ min: 0, max: 6 }) }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 40 }), (max, ops) => {
        const map = new BoundedMap<number, number>(max);
        let order: number[] = [];
        for (const { kind, key } of ops) {
          if (kind === 'set') {
            map.set(key, key);
            order = [...order.filter((k) => k !== key), key].slice(-max);
          } else if (kind === 'get') {
            expect(map.get(key)).toBe(order.includes(key) ? key : undefined);
            if (order.includes(key)) order = [...order.filter((k) => k !== key), key];
          } else {
            expect(map.delete(key)).toBe(order.includes(key));
            order = order.filter((k) => k !== key);
          }
        }
        expect([...map.entries()].map(([k]) => k)).toEqual(order);
        expect(map.size).toBe(order.length);
      }),
    );
  });
});

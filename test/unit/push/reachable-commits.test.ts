import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectReachableCommits, type CommitNode } from '../../../src/core/push/reachable-commits.js';

/** Every id reachable from `starts` (themselves included) in the whole graph. */
function reachableFrom(graph: ReadonlyMap<string, readonly string[]>, starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.get(id) ?? []));
  }
  return seen;
}

/** A random history: commit i's parents are earlier commits (a DAG, merges included). */
const history = fc.integer({ min: 1, max: 40 }).chain((size) =>
  fc.tuple(
    fc.tuple(...Array.from({ length: size }, (_, i) => (i === 0 ? fc.constant<number[]>([]) : fc.uniqueArray(fc.integer({ min: 0, max: i - 1 }), { maxLength: 3 })))),
    fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { minLength: 1, maxLength: 5 }),
    fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: 4 }),
  ),
);

describe('selectReachableCommits', () => {
  it('equals `git log <tip> --not <X>` for every tip, from the one list of all tips --not X', () => {
    fc.assert(
      fc.property(history, ([parentsOf, tipIndexes, excludedIndexes]) => {
        const id = (i: number): string => `c${i}`;
        const graph = new Map(parentsOf.map((parents, i) => [id(i), parents.map(id)]));
        const excluded = reachableFrom(graph, excludedIndexes.map(id));
        const tips = tipIndexes.map(id);
        // What one `git log tips --not X` lists (newest first: any order of `all` is kept).
        const all: CommitNode[] = [...reachableFrom(graph, tips)].filter((c) => !excluded.has(c)).map((c) => ({ id: c, parents: graph.get(c)! }));
        for (const tip of tips) {
          const expected = [...reachableFrom(graph, [tip])].filter((c) => !excluded.has(c));
          const selected = selectReachableCommits(all, tip);
          expect(new Set(selected.map((c) => c.id))).toEqual(new Set(expected));
          // In the order of the list.
          expect(selected).toEqual(all.filter((c) => expected.includes(c.id)));
        }
      }),
    );
  });

  it('is empty for a tip outside the list (everything it reaches is excluded)', () => {
    expect(selectReachableCommits([{ id: 'a', parents: [] }], 'b')).toEqual([]);
  });
});

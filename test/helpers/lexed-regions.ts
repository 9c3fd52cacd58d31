// What every lexer's regions must be, for any text: sorted, disjoint, non-empty and inside the text.
import { expect } from 'vitest';

export function expectSortedDisjointRegions(text: string, regions: { readonly starts: readonly number[]; readonly ends: readonly number[] }): void {
  let last = 0;
  for (let k = 0; k < regions.starts.length; k++) {
    expect(regions.starts[k]!).toBeGreaterThanOrEqual(last);
    expect(regions.ends[k]!).toBeGreaterThan(regions.starts[k]!);
    expect(regions.ends[k]!).toBeLessThanOrEqual(text.length);
    last = regions.ends[k]!;
  }
}

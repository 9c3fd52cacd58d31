import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectAllLines } from '../../../src/core/diff/line-selection.js';
import { damagedDiffArb, parseWith, selectLinesWithX } from '../../helpers/line-selection-model.js';

describe('a parser whose selector counts the plain lines instead of listing them', () => {
  it('reads exactly the marked lines of the all-lines parser, with the same numbers, lines above, skips and counts', () => {
    fc.assert(
      fc.property(damagedDiffArb, fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom(0, 3, 8, 4096), fc.constantFrom(1, 30, 1 << 17), (bytes, cuts, maxLineBytes, batchBytes) => {
        const all = parseWith(selectAllLines(), bytes, cuts, maxLineBytes, batchBytes);
        const selected = parseWith(selectLinesWithX(), bytes, cuts, maxLineBytes, batchBytes);
        expect(selected.lines).toEqual(all.lines.filter((line) => line.text.includes('x')));
        expect(selected.skipped).toEqual(all.skipped);
        expect(selected.contentLines).toBe(all.contentLines);
        expect(selected.files).toEqual(all.files);
      }),
      { numRuns: 500 },
    );
  });
});

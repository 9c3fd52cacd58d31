import { describe, it } from 'vitest';
import fc from 'fast-check';
import { countingPathAgrees } from '../../helpers/line-selection-model.js';

describe('a parser whose selector counts the plain lines instead of listing them', () => {
  it('reads exactly the marked lines of the all-lines parser, with the same numbers, lines above, skips and counts', () => {
    fc.assert(countingPathAgrees(), { numRuns: 500 });
  });
});

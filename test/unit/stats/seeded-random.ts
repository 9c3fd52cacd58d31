// Deterministic pseudo-random numbers for statistics tests (mulberry32 and Box-Muller).

import { createSeededRandom as createUniform } from '../../../src/bench/suites/inputs.js';

/** A uniform [0, 1) generator from a 32-bit seed (the same mulberry32 the bench suites use). */
export { createUniform };

/** A normal(mean, sd) generator from a 32-bit seed. */
export function createNormal(seed: number, mean = 0, sd = 1): () => number {
  const uniform = createUniform(seed);
  return () => {
    const u = 1 - uniform();
    const v = uniform();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

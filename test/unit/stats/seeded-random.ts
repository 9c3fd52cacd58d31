// Deterministic pseudo-random numbers for statistics tests (mulberry32 and Box-Muller).

/** A uniform [0, 1) generator from a 32-bit seed. */
export function createUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A normal(mean, sd) generator from a 32-bit seed. */
export function createNormal(seed: number, mean = 0, sd = 1): () => number {
  const uniform = createUniform(seed);
  return () => {
    const u = 1 - uniform();
    const v = uniform();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

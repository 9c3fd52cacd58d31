// Inputs shared by suites: default configuration sections, and deterministic text generators.

/** The default commitMsg section, from the schema (so benchmarks use what users get). */
export async function loadDefaultCommitMsgConfig() {
  const { commitMsgSchema } = await import('../../config/schema.js');
  return commitMsgSchema.parse({});
}

/** A small deterministic generator (mulberry32), so every process benchmarks the same inputs. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

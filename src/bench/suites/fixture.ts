// Suite: a self-test with a known cost. `adjusted` does PROVE_BENCH_FIXTURE_FACTOR times the work
// of `steady`, so the detection checks can slow it by a known amount (1.05, 1.10) on one side.
import type { BenchCase, BenchSuite } from '../suite.js';

/** Iterations of the work loop at factor 1 (a few tens of microseconds). */
const BASE_ITERATIONS = 20_000;

/** Reads the factor: a positive number, 1 when unset; anything else is a caller bug. */
export function readFixtureFactor(env: NodeJS.ProcessEnv): number {
  const text = env.PROVE_BENCH_FIXTURE_FACTOR;
  if (text === undefined || text === '') return 1;
  const factor = Number(text);
  if (!Number.isFinite(factor) || factor <= 0 || factor > 100) throw new RangeError(`PROVE_BENCH_FIXTURE_FACTOR must be a number from 0 to 100, got '${text}'`);
  return factor;
}

function work(iterations: number): number {
  let x = 1;
  for (let i = 0; i < iterations; i++) x = (Math.imul(x, 31) + i) | 0;
  return x;
}

export const suite: BenchSuite = {
  name: 'fixture',
  summary: 'self-test: a known cost, slowed by PROVE_BENCH_FIXTURE_FACTOR',
  async createCases(): Promise<readonly BenchCase[]> {
    const adjusted = Math.round(BASE_ITERATIONS * readFixtureFactor(process.env));
    return [
      { name: 'adjusted', run: () => work(adjusted) },
      { name: 'steady', run: () => work(BASE_ITERATIONS) },
    ];
  },
};

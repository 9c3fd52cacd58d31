// The suite table: every `prove-hooks bench` suite, loaded only when it runs. Add a row per suite.
import type { BenchSuite } from '../suite.js';

export interface BenchSuiteSpec {
  readonly name: string;
  readonly summary: string;
  load(): Promise<BenchSuite>;
}

export const BENCH_SUITES: readonly BenchSuiteSpec[] = [
  {
    name: 'message',
    summary: 'commit-message validation (accepted, rejected, long body, exempt)',
    load: async () => (await import('./message.js')).suite,
  },
  {
    name: 'flag-matcher',
    summary: 'flag matcher compile and matchLine, registry parse (10 vs 1,000 flags)',
    load: async () => (await import('./flag-matcher.js')).suite,
  },
];

/** Finds a suite by name; undefined when there is none. */
export function findSuite(name: string): BenchSuiteSpec | undefined {
  return BENCH_SUITES.find((suite) => suite.name === name);
}

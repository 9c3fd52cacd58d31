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
    name: 'diff',
    summary: 'streaming diff parsing at 100, 1k, 10k and 100k changed lines',
    load: async () => (await import('./diff.js')).suite,
  },
  {
    name: 'scan',
    summary: 'flag scanning of diffs: 1k to 100k lines, registries of 10 to 1000 flags',
    load: async () => (await import('./scan.js')).suite,
  },
  {
    name: 'registry',
    summary: 'registry load: cold parse + index, warm cache hit (100 and 1000 flags)',
    load: async () => (await import('./registry.js')).suite,
  },
  {
    name: 'compile',
    summary: 'flag matcher compile: cold (new pattern cache) and warm (cached regexes), 10 and 1000 flags',
    load: async () => (await import('./compile.js')).suite,
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

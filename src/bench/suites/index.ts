// The suite table: every `prove-hooks bench` suite, loaded only when it runs. Add a row per suite.
import type { BenchSuite } from '../suite.js';

export interface BenchSuiteSpec {
  readonly name: string;
  readonly summary: string;
  /** A self-test suite: runs only when named with --suite, never by default. */
  readonly selfTest?: true;
  /**
   * Timed in workers of its own, never in one process with the other suites (the session's
   * `ownProcess` says why): its operations fill the heap, and what its neighbours left there
   * made its processes differ.
   */
  readonly ownProcess?: true;
  load(): Promise<BenchSuite>;
}

export const BENCH_SUITES: readonly BenchSuiteSpec[] = [
  {
    name: 'message',
    summary: 'commit-message validation (accepted, rejected, long body)',
    load: async () => (await import('./message.js')).suite,
  },
  {
    name: 'diff',
    summary: 'streaming diff parsing at 1k and 10k changed lines',
    load: async () => (await import('./diff.js')).suite,
  },
  {
    name: 'scan',
    summary: 'flag scanning of diffs: 200 and 2,000 lines, registries of 10 to 1000 flags',
    load: async () => (await import('./scan.js')).suite,
  },
  {
    name: 'registry',
    summary: 'registry load: cold parse + index (100 and 1000 flags), warm cache hit (1000 flags)',
    ownProcess: true,
    load: async () => (await import('./registry.js')).suite,
  },
  {
    name: 'compile',
    summary: 'flag matcher compile: cold (new pattern cache) and warm (cached regexes), 1000 flags',
    load: async () => (await import('./compile.js')).suite,
  },
  {
    name: 'flag-matcher',
    summary: 'flag matcher matchLine on candidate lines (10 and 1,000 flags) and plain lines',
    load: async () => (await import('./flag-matcher.js')).suite,
  },
  {
    name: 'fixture',
    summary: 'self-test: a known cost, slowed by PROVE_BENCH_FIXTURE_FACTOR (for the detection checks; not run by default)',
    selfTest: true,
    load: async () => (await import('./fixture.js')).suite,
  },
];

/** The suites a plain `bench` runs: all but the self-tests. */
export const DEFAULT_SUITES: readonly string[] = BENCH_SUITES.filter((suite) => suite.selfTest !== true).map((suite) => suite.name);

/** The suites timed in workers of their own. */
export const OWN_PROCESS_SUITES: readonly string[] = BENCH_SUITES.filter((suite) => suite.ownProcess === true).map((suite) => suite.name);

/** Finds a suite by name; undefined when there is none. */
export function findSuite(name: string): BenchSuiteSpec | undefined {
  return BENCH_SUITES.find((suite) => suite.name === name);
}

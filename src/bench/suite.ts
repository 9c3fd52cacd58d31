// What a benchmark suite is: named cases built from real core functions and fixed inputs.

/** One benchmark: an operation run many times. Inputs are built before, never inside, `run`. */
export interface BenchCase {
  /** Unique within its suite, e.g. `valid-header` or `scan/10k-lines/50-flags`. */
  readonly name: string;
  /** Runs the operation once; the result is kept so the engine cannot skip the work. */
  run(): unknown;
  /** True when `run` returns a promise that must be awaited (e.g. reading a cache). */
  readonly async?: boolean;
}

/** A group of cases about one core operation; built lazily so a process loads only its suite. */
export interface BenchSuite {
  readonly name: string;
  readonly summary: string;
  /** Builds the inputs and returns the cases (may import the code under test). */
  createCases(resources: SuiteResources): Promise<readonly BenchCase[]>;
}

/** What the worker lends a suite and takes back when the suite is measured. */
export interface SuiteResources {
  /** A new empty folder under the system's temporary folder, removed by the worker afterwards. */
  makeTempDir(): string;
}

/** The full name of a case in reports and baselines: `suite/case`. */
export function benchmarkId(suite: string, caseName: string): string {
  return `${suite}/${caseName}`;
}

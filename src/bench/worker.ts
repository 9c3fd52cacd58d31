// The worker side of `bench`: one fresh process measures one suite and prints one JSON report.
import { measureCases, type CaseMeasurement, type MeasureOptions } from './measure.js';
import type { BenchSuite } from './suite.js';

export const WORKER_PROTOCOL = 1;

/** What a worker process prints on stdout (one line of JSON). */
export interface WorkerReport {
  readonly protocol: typeof WORKER_PROTOCOL;
  readonly suite: string;
  readonly node: string;
  readonly cases: readonly CaseMeasurement[];
}

/** Builds the suite's cases and measures them in this process. */
export async function runSuiteInProcess(suite: BenchSuite, options: MeasureOptions): Promise<WorkerReport> {
  const cases = await suite.createCases();
  const names = new Set<string>();
  for (const benchCase of cases) {
    if (names.has(benchCase.name)) throw new Error(`suite ${suite.name} has two cases named ${benchCase.name}`);
    names.add(benchCase.name);
  }
  return { protocol: WORKER_PROTOCOL, suite: suite.name, node: process.version, cases: await measureCases(cases, options) };
}

/** Validates a worker's stdout; throws an Error naming what is wrong. */
export function parseWorkerReport(stdout: string): WorkerReport {
  const line = stdout.trim().split('\n').pop() ?? '';
  let value: Partial<WorkerReport>;
  try {
    value = JSON.parse(line) as Partial<WorkerReport>;
  } catch {
    throw new Error(`the worker printed no JSON report: ${JSON.stringify(stdout.slice(0, 200))}`);
  }
  const casesOk =
    Array.isArray(value.cases) &&
    value.cases.every((c) => typeof c?.name === 'string' && Number.isFinite(c.minMs) && c.minMs >= 0 && Number.isFinite(c.medianMs));
  if (value.protocol !== WORKER_PROTOCOL || typeof value.suite !== 'string' || !casesOk) {
    throw new Error(`the worker's report is not protocol ${WORKER_PROTOCOL}: ${line.slice(0, 200)}`);
  }
  return value as WorkerReport;
}

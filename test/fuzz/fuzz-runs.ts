// The fuzz run's harness: every property runs FUZZ_RUNS times (default 20,000) and the runs
// actually executed are recorded, so `npm run fuzz` can print the total at the end.
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

/** Runs per property: env FUZZ_RUNS, default 20,000. */
export const FUZZ_RUNS = readRuns(process.env.FUZZ_RUNS);

function readRuns(text: string | undefined): number {
  if (text === undefined || text === '') return 20_000;
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, got ${JSON.stringify(text)}`);
  return runs;
}

/**
 * Checks `property` FUZZ_RUNS times (scaled by `weight` for slow properties), records the runs
 * executed, and throws fast-check's report (seed, path, counterexample) when it fails.
 */
export function fuzz<Ts>(name: string, property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, weight = 1): void | Promise<void> {
  const numRuns = Math.max(1, Math.round(FUZZ_RUNS * weight));
  const finish = (details: fc.RunDetails<Ts>): void => {
    record(name, details.numRuns, details.failed);
    if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `${name} failed`);
  };
  if (property.isAsync()) return fc.check(property as fc.IAsyncProperty<Ts>, { numRuns }).then(finish);
  finish(fc.check(property as fc.IProperty<Ts>, { numRuns }) as fc.RunDetails<Ts>);
}

function record(name: string, runs: number, failed: boolean): void {
  const file = process.env.PROVE_FUZZ_LEDGER;
  if (file === undefined) return;
  appendFileSync(file, `${JSON.stringify({ name, runs, failed })}\n`);
}

// Builders of run records for perf tests.
import type { PhaseName, RunRecord } from '../../../src/perf/run-record.js';

let sequence = 0;

/** A valid record with the given total time split as given; unique id unless one is passed. */
export function makeRecord(overrides: Partial<RunRecord> & { phaseMs?: Partial<Record<PhaseName, number>> } = {}): RunRecord {
  const { phaseMs, ...rest } = overrides;
  const phases: Partial<Record<PhaseName, { ms: number; memBytes: number; spans: number }>> = {};
  for (const [name, ms] of Object.entries(phaseMs ?? {})) phases[name as PhaseName] = { ms, memBytes: 0, spans: 1 };
  sequence += 1;
  return {
    v: 1,
    id: `test-${sequence}`,
    hook: 'pre-commit',
    at: 1_700_000_000_000 + sequence,
    outcome: 'pass',
    exitCode: 0,
    startupMs: 0,
    durationMs: 100,
    phases,
    counts: {},
    caches: {},
    node: 'v20.20.0',
    ...rest,
  };
}

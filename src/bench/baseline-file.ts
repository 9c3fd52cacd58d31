// Saved benchmark baselines: a versioned JSON file, validated on read; every problem becomes a
// BaselineError with the fix, never a crash.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { BaselineError, ExitCode } from '../errors.js';
import type { BenchEnvironment } from './environment.js';
import type { SampleSet } from './compare.js';
import { BENCH_CLOCK } from '../core/bench/bench-result.js';

export const BASELINE_FORMAT = 'prove-hooks-bench-baseline';
/**
 * 3: each sample is the smaller of its wall and process CPU time (`settings.clock`); version 2
 * held process CPU time (which counts V8's background threads), version 1 wall time: neither is
 * comparable.
 */
export const BASELINE_VERSION = 3;


const environmentSchema = z.object({
  node: z.string(),
  platform: z.string(),
  arch: z.string(),
  cpuModel: z.string(),
  cpuCount: z.number().int().nonnegative(),
  machineId: z.string().min(1),
  // Optional: baselines saved before it was recorded stay readable.
  nodeFlags: z.string().optional(),
});

const baselineSchema = z.object({
  format: z.literal(BASELINE_FORMAT),
  version: z.literal(BASELINE_VERSION),
  createdAt: z.string(),
  proveHooksVersion: z.string(),
  environment: environmentSchema,
  settings: z.object({
    processes: z.number().int().positive(),
    timeMs: z.number().positive(),
    statistic: z.literal('per-process-min'),
    clock: z.literal(BENCH_CLOCK),
  }),
  benchmarks: z.record(z.string(), z.object({ unit: z.literal('ms/op'), samples: z.array(z.number().nonnegative()).min(1) })),
});

export type BenchBaseline = z.infer<typeof baselineSchema>;

/** Builds the baseline document for samples measured now. */
export function createBaseline(input: {
  samples: SampleSet;
  environment: BenchEnvironment;
  processes: number;
  timeMs: number;
  proveHooksVersion: string;
  createdAt: Date;
}): BenchBaseline {
  const benchmarks: BenchBaseline['benchmarks'] = {};
  for (const [id, samples] of Object.entries(input.samples)) benchmarks[id] = { unit: 'ms/op', samples: [...samples] };
  return {
    format: BASELINE_FORMAT,
    version: BASELINE_VERSION,
    createdAt: input.createdAt.toISOString(),
    proveHooksVersion: input.proveHooksVersion,
    environment: { ...input.environment },
    settings: { processes: input.processes, timeMs: input.timeMs, statistic: 'per-process-min', clock: BENCH_CLOCK },
    benchmarks,
  };
}

/** Writes the baseline atomically (temp file + rename), so a crash never leaves half a file. */
export async function writeBaselineFile(path: string, baseline: BenchBaseline): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(baseline, null, 2)}\n`);
  await rename(temp, path);
}

/** Reads and validates a baseline; throws a BaselineError (exit 5) that says what is wrong and how to fix it. */
export async function readBaselineFile(path: string): Promise<BenchBaseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new BaselineError(`cannot read the baseline ${path}: ${(error as Error).message}`, {
      cause: error,
      exitCode: ExitCode.INCONCLUSIVE,
      hint: `Record one first with \`prove-hooks bench --save ${path}\`.`,
    });
  }
  const fix = `Record a new one with \`prove-hooks bench --save ${path}\`.`;
  if (text.trim() === '') throw new BaselineError(`the baseline ${path} is empty`, { hint: fix, exitCode: ExitCode.INCONCLUSIVE });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`the baseline ${path} is not valid JSON (truncated or edited?)`, { cause: error, hint: fix, exitCode: ExitCode.INCONCLUSIVE });
  }
  const format = (value as { format?: unknown } | null)?.format;
  const version = (value as { version?: unknown } | null)?.version;
  if (format === BASELINE_FORMAT && version !== BASELINE_VERSION) {
    throw new BaselineError(`the baseline ${path} has format version ${String(version)}; this prove-hooks reads version ${BASELINE_VERSION}`, {
      hint: fix,
      exitCode: ExitCode.INCONCLUSIVE,
    });
  }
  const parsed = baselineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
    throw new BaselineError(`the baseline ${path} is not a prove-hooks benchmark baseline${where}: ${issue?.message ?? 'invalid'}`, {
      hint: fix,
      exitCode: ExitCode.INCONCLUSIVE,
    });
  }
  return parsed.data;
}

/** The samples of a baseline, by benchmark id. */
export function baselineSamples(baseline: BenchBaseline): SampleSet {
  return Object.fromEntries(Object.entries(baseline.benchmarks).map(([id, entry]) => [id, entry.samples]));
}

// The versioned record of one hook run (one JSON line in the per-clone log) and its validation.
// Hand-validated on purpose: this runs on every hook, and zod stays off the hook path.

/** Version of the record format. Bump on any incompatible change; readers skip other versions. */
export const RUN_RECORD_VERSION = 1;

/** The phases of a hook run, in the order they usually happen. */
export const PHASES = ['config', 'git', 'registry', 'scan', 'report'] as const;
export type PhaseName = (typeof PHASES)[number];

/**
 * Which code ran the hook: `fast` (a fast path: cached state, a fraction of the CLI loaded) or
 * `full` (the whole CLI, e.g. after a merge, a branch switch or a rejection). Their usual times
 * differ several-fold, so each path is compared only with its own runs.
 */
export const RUN_PATHS = ['fast', 'full'] as const;
export type RunPath = (typeof RUN_PATHS)[number];

/** How a hook run ended. `blocked`: a policy violation stopped the commit or push. */
export const RUN_OUTCOMES = ['pass', 'blocked', 'error'] as const;
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

/** Time and memory spent in one phase (summed over every span of that phase in the run). */
export interface PhaseStats {
  /** Wall time in milliseconds. */
  readonly ms: number;
  /** Change of V8 used heap in bytes over the phase's spans (may be negative after a GC); 0 when not sampled (only `--timing` runs sample it). */
  readonly memBytes: number;
  /** How many spans were recorded for this phase. */
  readonly spans: number;
}

/** Counters of a cache at the end of the run (cumulative for the process). */
export interface CacheStats {
  readonly hits: number;
  readonly misses: number;
  /** Entries held at the end of the run, when known. */
  readonly entries?: number;
  /** Approximate bytes held at the end of the run, when known. */
  readonly bytes?: number;
}

/** A recovery made during the run (errors.ts RecoveryNotice, without its message). */
export interface RecoveryEntry {
  /** An error kind of errors.ts, e.g. `cache`. */
  readonly kind: string;
  /** Its recovery, e.g. `rebuild`. */
  readonly recovery: string;
  /** What was recovered, e.g. `config-cache`. */
  readonly what: string;
}

/** One hook run. Field names are short because one line is written per commit and push. */
export interface RunRecord {
  readonly v: typeof RUN_RECORD_VERSION;
  /** Unique per run; duplicates (possible after a concurrent compaction) are dropped on read. */
  readonly id: string;
  /** Hook or command name, e.g. `pre-commit`. */
  readonly hook: string;
  /** The code path that ran (absent in records written before paths were told apart: compared with neither). */
  readonly path?: RunPath;
  /** Wall-clock start, epoch milliseconds. */
  readonly at: number;
  readonly outcome: RunOutcome;
  readonly exitCode: number;
  /** Time from process start until the recorder was created (Node boot and module loading). */
  readonly startupMs: number;
  /** Time from the recorder's creation to `finish()`. */
  readonly durationMs: number;
  readonly phases: Readonly<Partial<Record<PhaseName, PhaseStats>>>;
  /** Operation counters, e.g. `lines`, `files`, `messages`. */
  readonly counts: Readonly<Record<string, number>>;
  readonly caches: Readonly<Record<string, CacheStats>>;
  /** `process.version` of the run, e.g. `v20.20.0`. */
  readonly node: string;
  /** Recoveries made during the run, in order; absent when there were none (older records too). */
  readonly recoveries?: readonly RecoveryEntry[];
  /** The error kind (errors.ts, e.g. `config`) of a run that ended in an error; absent otherwise (older records too). */
  readonly errorKind?: string;
}

/** The time the user waited for this run, as far as the process can see it. */
export function totalMs(record: RunRecord): number {
  return record.startupMs + record.durationMs;
}

/** Why a line of the log was not accepted. */
export type RecordProblem = 'corrupt' | 'unknown-version';

export type ParsedRecord = { readonly ok: true; readonly record: RunRecord } | { readonly ok: false; readonly problem: RecordProblem };

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses and validates one log line. Never throws: bad lines are values. */
export function parseRunRecord(line: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // A torn or hand-edited line: reported to the caller as a value, never as a crash.
    return { ok: false, problem: 'corrupt' };
  }
  if (!isObject(value)) return { ok: false, problem: 'corrupt' };
  if (value.v !== RUN_RECORD_VERSION) return { ok: false, problem: isFiniteNumber(value.v) ? 'unknown-version' : 'corrupt' };
  return isRunRecord(value) ? { ok: true, record: value } : { ok: false, problem: 'corrupt' };
}

function isRunRecord(value: Record<string, unknown>): value is Record<string, unknown> & RunRecord {
  return (
    typeof value.id === 'string' &&
    value.id.length > 0 &&
    typeof value.hook === 'string' &&
    value.hook.length > 0 &&
    (value.path === undefined || RUN_PATHS.includes(value.path as RunPath)) &&
    isFiniteNumber(value.at) &&
    RUN_OUTCOMES.includes(value.outcome as RunOutcome) &&
    isFiniteNumber(value.exitCode) &&
    isFiniteNumber(value.startupMs) &&
    isFiniteNumber(value.durationMs) &&
    value.durationMs >= 0 &&
    typeof value.node === 'string' &&
    isPhases(value.phases) &&
    isNumberMap(value.counts) &&
    isCaches(value.caches) &&
    (value.recoveries === undefined || isRecoveries(value.recoveries)) &&
    (value.errorKind === undefined || (typeof value.errorKind === 'string' && value.errorKind.length > 0))
  );
}

function isRecoveries(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every((entry) => isObject(entry) && typeof entry.kind === 'string' && typeof entry.recovery === 'string' && typeof entry.what === 'string')
  );
}

function isPhases(value: unknown): boolean {
  if (!isObject(value)) return false;
  return Object.entries(value).every(
    ([name, stats]) =>
      PHASES.includes(name as PhaseName) &&
      isObject(stats) &&
      isFiniteNumber(stats.ms) &&
      isFiniteNumber(stats.memBytes) &&
      isFiniteNumber(stats.spans),
  );
}

function isNumberMap(value: unknown): boolean {
  return isObject(value) && Object.values(value).every(isFiniteNumber);
}

function isCaches(value: unknown): boolean {
  if (!isObject(value)) return false;
  return Object.values(value).every(
    (stats) =>
      isObject(stats) &&
      isFiniteNumber(stats.hits) &&
      isFiniteNumber(stats.misses) &&
      (stats.entries === undefined || isFiniteNumber(stats.entries)) &&
      (stats.bytes === undefined || isFiniteNumber(stats.bytes)),
  );
}

/** Serialises a record as one log line, newline included. */
export function formatRunRecordLine(record: RunRecord): string {
  return `${JSON.stringify(record)}\n`;
}

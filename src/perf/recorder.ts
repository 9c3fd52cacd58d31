// The run recorder: phases, counters and cache statistics of one hook run, with an injected
// clock so it is deterministic in tests and costs a few microseconds per call in a hook.
import {
  PHASES,
  RUN_RECORD_VERSION,
  type CacheStats,
  type PhaseName,
  type PhaseStats,
  type RecoveryEntry,
  type RunOutcome,
  type RunPath,
  type RunRecord,
} from './run-record.js';

export interface RunRecorderOptions {
  /** Hook or command name, e.g. `pre-commit`. */
  readonly hook: string;
  /** Monotonic clock in milliseconds (`performance.now` in production). */
  readonly now: () => number;
  /** Current V8 used heap in bytes; omit to record no memory (deltas are then 0). */
  readonly memory?: () => number;
  /** Unique id of this run (see `createRunId`). */
  readonly id: string;
  /** Wall-clock start in epoch milliseconds. */
  readonly startedAtEpochMs: number;
  /** Milliseconds from process start until now (Node boot and module loading); 0 if unknown. */
  readonly startupMs?: number;
  /** Node version of the run (`process.version`). */
  readonly node?: string;
  /** The code path that ran (fast or full), so each is compared with its own usual time. */
  readonly path?: RunPath;
}

/** Stops one span of a phase. Calling it twice has no further effect. */
export type StopPhase = () => void;

export interface RunResult {
  readonly outcome: RunOutcome;
  readonly exitCode: number;
  /** The error kind (errors.ts) when the run ended in an error the tool raised. */
  readonly errorKind?: string;
}

/** Collects the measurements of one run; `finish()` turns them into a versioned record. */
export interface RunRecorder {
  readonly hook: string;
  /** Starts a span of `name`; spans of the same phase add up. */
  phase(name: PhaseName): StopPhase;
  /** Runs `fn` inside a span of `name` (awaits it when it returns a promise) and returns its result. */
  time<T>(name: PhaseName, fn: () => T): T;
  /** Adds `n` (default 1) to an operation counter, e.g. `lines`, `files`, `messages`. */
  count(name: string, n?: number): void;
  /** Sets a cache's counters (they are cumulative, so the last call wins). */
  cache(name: string, stats: CacheStats): void;
  /** Notes a recovery made on purpose (a cache rebuilt): kept in the record, counted by `perf`. */
  recover(entry: RecoveryEntry): void;
  /** Ends the run: stops open spans and returns the record. Later calls return the same record. */
  finish(result: RunResult): RunRecord;
}

interface MutablePhase {
  ms: number;
  memBytes: number;
  spans: number;
}

const ZERO_MEMORY = (): number => 0;

/** Creates a recorder. Reads the clock once now and twice per span; allocates almost nothing. */
export function createRunRecorder(options: RunRecorderOptions): RunRecorder {
  const { now } = options;
  const memory = options.memory ?? ZERO_MEMORY;
  const startMs = now();
  const phases = new Map<PhaseName, MutablePhase>();
  const open = new Set<StopPhase>();
  const counts: Record<string, number> = {};
  const caches: Record<string, CacheStats> = {};
  const recoveries: RecoveryEntry[] = [];
  let finished: RunRecord | undefined;

  const phase = (name: PhaseName): StopPhase => {
    const spanStartMs = now();
    const spanStartMem = memory();
    let stopped = false;
    const stop: StopPhase = () => {
      if (stopped || finished !== undefined) return;
      stopped = true;
      open.delete(stop);
      const stats = phases.get(name) ?? { ms: 0, memBytes: 0, spans: 0 };
      stats.ms += now() - spanStartMs;
      stats.memBytes += memory() - spanStartMem;
      stats.spans += 1;
      phases.set(name, stats);
    };
    open.add(stop);
    return stop;
  };

  return {
    hook: options.hook,
    phase,
    time<T>(name: PhaseName, fn: () => T): T {
      const stop = phase(name);
      let result: T;
      try {
        result = fn();
      } catch (error) {
        stop();
        throw error;
      }
      if (isPromiseLike(result)) return Promise.resolve(result).finally(stop) as T;
      stop();
      return result;
    },
    count(name: string, n = 1): void {
      counts[name] = (counts[name] ?? 0) + n;
    },
    cache(name: string, stats: CacheStats): void {
      caches[name] = { ...stats };
    },
    recover(entry: RecoveryEntry): void {
      recoveries.push({ kind: entry.kind, recovery: entry.recovery, what: entry.what });
    },
    finish(result: RunResult): RunRecord {
      if (finished !== undefined) return finished;
      for (const stop of [...open]) stop();
      const durationMs = now() - startMs;
      const recordedPhases: Partial<Record<PhaseName, PhaseStats>> = {};
      for (const name of PHASES) {
        const stats = phases.get(name);
        if (stats !== undefined) recordedPhases[name] = { ms: roundMs(stats.ms), memBytes: Math.round(stats.memBytes), spans: stats.spans };
      }
      finished = {
        v: RUN_RECORD_VERSION,
        id: options.id,
        hook: options.hook,
        ...(options.path === undefined ? {} : { path: options.path }),
        at: Math.round(options.startedAtEpochMs),
        outcome: result.outcome,
        exitCode: result.exitCode,
        startupMs: roundMs(options.startupMs ?? 0),
        durationMs: roundMs(durationMs),
        phases: recordedPhases,
        counts: { ...counts },
        caches: { ...caches },
        node: options.node ?? '',
        ...(recoveries.length > 0 ? { recoveries: [...recoveries] } : {}),
        ...(result.errorKind === undefined ? {} : { errorKind: result.errorKind }),
      };
      return finished;
    },
  };
}

/** Rounds to microseconds: finer digits are clock noise and only make the log longer. */
function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

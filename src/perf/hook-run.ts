// The monitor's edge for hook commands: start a recorder with the real clocks, and at the end
// append the record, print the delta or the `--timing` breakdown. Best effort: never throws.
import { prepareStateFile } from '../state-dir.js';
import type { TimingBreakdown } from '../core/perf/run-timing.js';
import { ExitCode } from '../errors.js';
import {
  compareRunToBaseline,
  computeHookBaseline,
  describeTiming,
  isBaselineRun,
  judgeByUsualTime,
  summarizeUsualTime,
  type DeltaPolicy,
  type DeltaVerdict,
  type HookBaseline,
} from './baseline.js';
import { readCachedBaseline, writeCachedBaseline, type CachedBaseline } from './baseline-cache.js';
import { isProcessAlive } from './lock-file.js';
import { runLogPaths } from './log-location.js';
import { monotonicMs } from './clock.js';
import { createRunRecorder, type RunRecorder, type RunResult } from './recorder.js';
import { appendOptionsFor, appendRunRecord, compactRunLog, readRunLog, STALE_LOCK_MS, type CompactResult } from './run-log.js';
import type { RecoveryEntry, RunPath, RunRecord } from './run-record.js';

/** Bytes of the log's tail read first to find a hook's recent runs (about 80 records)... */
const TAIL_BYTES = 32 * 1024;
/** ...and at most, when other hooks' runs crowd this hook's out of the first read. */
const MAX_TAIL_BYTES = 256 * 1024;
/** Compaction starts when the log exceeds this many bytes per kept record. */
const BYTES_PER_RECORD_BUDGET = 1024;
/** A compaction lock older than this is stale whatever its owner (compaction takes milliseconds). */

/** What a run measures besides time. */
export interface StartHookRunOptions {
  /**
   * Sample the heap at each phase's start and end (the `heap` column of the `--timing`
   * breakdown). Off by default: only the breakdown shows it, and two `process.memoryUsage()`
   * calls per phase (each reads /proc for the RSS too) are most of what the monitor costs a
   * commit-msg run that is not asked for it. Unsampled phases record `memBytes: 0`.
   */
  readonly memory?: boolean;
}

/**
 * Starts measuring a hook run. Call first thing in the hook command: the clock runs from here.
 * `path` says which code runs it (a fast path or the full CLI): each is compared with its own runs.
 */
export function startHookRun(hook: string, path: RunPath = 'full', options: StartHookRunOptions = {}): RunRecorder {
  // process.uptime() and process.hrtime need no import; the global `performance` loads
  // node:perf_hooks on first use, about 1.5 ms of a commit-msg run.
  const startupMs = process.uptime() * 1000;
  return createRunRecorder({
    hook,
    now: monotonicMs,
    // process.memoryUsage() needs no import; node:v8 would cost milliseconds to load on every hook.
    ...(options.memory === true ? { memory: () => process.memoryUsage().heapUsed } : {}),
    id: createRunId(),
    startedAtEpochMs: Date.now() - startupMs,
    startupMs,
    node: process.version,
    path,
  });
}

/** Where a run's usual time is kept: per hook and code path (`commit-msg fast`, `commit-msg full`). */
function baselineKeyOf(record: RunRecord): string {
  return `${record.hook} ${record.path ?? 'unknown'}`;
}

/**
 * The run's result for the timing record: pass (0), blocked (a violation) or error (any other
 * code). `errorKind` (errors.ts) is kept only for an error outcome.
 */
export function describeHookResult(exitCode: ExitCode, errorKind?: string): RunResult {
  const outcome = exitCode === ExitCode.OK ? 'pass' : exitCode === ExitCode.VIOLATION ? 'blocked' : 'error';
  return outcome === 'error' && errorKind !== undefined ? { outcome, exitCode, errorKind } : { outcome, exitCode };
}

/**
 * What the monitor reads of the `perf` options: the caller passes the config's `perf` section
 * (config/schema.ts, whose type the compiler checks against this where it is passed).
 */
export interface MonitorSettings {
  /** Append a record per run to the log. */
  readonly log: boolean;
  /** When the one-line delta is shown. */
  readonly report: 'always' | 'regressions' | 'never';
  readonly thresholdPercent: number;
  readonly noiseK: number;
  /** Runs in the baseline. */
  readonly window: number;
  /** Newest runs compared with it. */
  readonly recent: number;
  /** The log's bound, in records. */
  readonly maxRecords: number;
}

/**
 * The text a run ends with, passed in by the caller (report/timing.ts's formatters, in
 * hooks/run-hook.ts): the monitor decides, the report layer writes.
 */
export interface TimingText {
  /** The one-line delta for `verdict`, or undefined when `report` says nothing is shown. */
  readonly formatDeltaLine: (hook: string, verdict: DeltaVerdict, report: MonitorSettings['report']) => string | undefined;
  /** The `--timing` breakdown ({@link describeTiming} of the record and its baseline). */
  readonly formatTimingBreakdown: (breakdown: TimingBreakdown) => string;
}

export interface FinishHookRunOptions {
  readonly result: RunResult;
  /** The formatters of the delta line and the breakdown. */
  readonly text: TimingText;
  readonly env: NodeJS.ProcessEnv;
  /** The git common dir the log is kept in (src/git/repository.ts finds it); undefined outside a repository. */
  readonly gitCommonDir: string | undefined;
  /** The `perf` section of the configuration (its defaults, src/config/perf-defaults.ts, when it could not be loaded). */
  readonly perf: MonitorSettings;
  /** `--timing`: print the full breakdown (PROVE_TIMING=1 in `env` does too). */
  readonly timing?: boolean;
  /** Where the delta line and the breakdown go (hooks print to stderr; stdout may be JSON). */
  readonly stderr: NodeJS.WritableStream;
  /**
   * Where the one-line delta goes instead, when given: the stream the run's text report went to,
   * so the line can only come after the report, never inside it.
   */
  readonly deltaStream?: NodeJS.WritableStream;
}

/** What happened at the end of a run, for tests and for `--json` callers. */
export interface FinishedHookRun {
  readonly record: RunRecord;
  readonly verdict: DeltaVerdict | undefined;
  /** Why the record was not written, when it was not. */
  readonly logProblem: string | undefined;
}

/**
 * Ends the run: appends the record to the per-clone log (compacting it when it has grown past
 * its bound), then prints at most one delta line, or the breakdown with `--timing`. Any failure
 * of the monitor is reported in one line and never changes the hook's verdict or exit code.
 */
export function finishHookRun(recorder: RunRecorder, options: FinishHookRunOptions): FinishedHookRun {
  let record = recorder.finish(options.result);
  const perf = options.perf;
  const timing = options.timing === true || isTimingRequested(options.env);
  let verdict: DeltaVerdict | undefined;
  let logProblem: string | undefined;
  let baseline: HookBaseline | undefined;
  try {
    const commonDir = options.gitCommonDir;
    if (commonDir === undefined) {
      logProblem = 'not inside a git repository';
    } else {
      const paths = runLogPaths(commonDir);
      let logBytes: number | undefined;
      if (perf.log) {
        // Never through a symbolic link planted as the state folder: writes stay inside the git dir.
        prepareStateFile(paths.log);
        logBytes = appendRunRecord(paths.log, record, appendOptionsFor(paths.log, paths.lock)).sizeBytes;
      }
      if (timing || perf.report !== 'never') {
        const judged = judgeRun(record, paths, perf, logBytes, timing);
        verdict = judged.verdict;
        baseline = judged.baseline;
      }
      if (logBytes !== undefined && logBytes > perf.maxRecords * BYTES_PER_RECORD_BUDGET) {
        // The compaction is noted in this run's own record, which the compaction rewrites anyway.
        const amended: RunRecord = { ...record, recoveries: [...(record.recoveries ?? []), LOG_COMPACTED] };
        if (compactLog(paths, perf.maxRecords, amended).compacted) record = amended;
      }
    }
  } catch (error) {
    // Recovered on purpose: the monitor must never change a hook's verdict. Said in one line.
    logProblem = describeError(error);
    if (perf.report !== 'never' || timing) {
      options.stderr.write(`prove-hooks: timing not recorded (${logProblem}); the check result is unaffected\n`);
    }
  }
  if (timing) {
    options.stderr.write(options.text.formatTimingBreakdown(describeTiming(record, baseline)));
  } else if (verdict !== undefined) {
    const line = options.text.formatDeltaLine(record.hook, verdict, perf.report);
    if (line !== undefined) (options.deltaStream ?? options.stderr).write(line);
  }
  return { record, verdict, logProblem };
}

/**
 * The verdict on `record` (already appended when `logBytes` is known). The usual case costs one
 * small file: the cached usual time says the run is within the limit. A slow run, `--timing`, a
 * stale or missing cache, or a log that is not written read the hook's recent records and
 * compare exactly (refreshing the cache when it was stale).
 */
function judgeRun(
  record: RunRecord,
  paths: ReturnType<typeof runLogPaths>,
  perf: MonitorSettings,
  logBytes: number | undefined,
  timing: boolean,
): { verdict: DeltaVerdict; baseline: HookBaseline | undefined } {
  const policy = toPolicy(perf);
  const shape = { window: perf.window, recent: perf.recent };
  const key = baselineKeyOf(record);
  const cached = timing || logBytes === undefined ? undefined : readCachedBaseline(paths.baselines, key, { ...shape, logBytes });
  const quick = cached === undefined ? undefined : judgeByUsualTime(cached.totalMs, record, policy);
  if (quick !== undefined) return { verdict: quick, baseline: undefined };
  // Like with like: a full run is compared with full runs only, a fast one with fast ones.
  const history = readHookHistory(paths.log, record, perf.window + perf.recent);
  const verdict = compareRunToBaseline(history, record, policy);
  if (cached === undefined && logBytes !== undefined) {
    const usual = summarizeUsualTime(history, policy);
    if (usual !== undefined) refreshCachedBaseline(paths.baselines, key, { ...shape, atLogBytes: logBytes, totalMs: usual });
  }
  const usable = history.filter(isBaselineRun).slice(-perf.window);
  return { verdict, baseline: timing && usable.length > 0 ? computeHookBaseline(record.hook, usable) : undefined };
}

/** Best effort: an unwritable cache only means the next run reads the log again. */
function refreshCachedBaseline(path: string, hook: string, baseline: CachedBaseline): void {
  try {
    writeCachedBaseline(path, hook, baseline);
  } catch {
    // Recovered on purpose: the log, not this cache, is the record; the next run recomputes.
  }
}

/** The newest `wanted` runs of the record's hook and code path (fewer if the log has fewer), oldest first; reads only the log's tail. */
function readHookHistory(logPath: string, current: RunRecord, wanted: number): RunRecord[] {
  // One more than wanted: the current run may be among them (it is appended first), and is left out.
  const read = (maxBytes: number) => readRunLog(logPath, { maxBytes, hook: current.hook, newest: wanted + 1, ...(current.path === undefined ? {} : { path: current.path }) });
  let result = read(TAIL_BYTES);
  if (result.records.length < wanted + 1 && result.sizeBytes > TAIL_BYTES) result = read(MAX_TAIL_BYTES);
  return result.records.filter((run) => run.id !== current.id).slice(-wanted);
}

/** The recovery a run notes when it compacted the log: older records and corrupt lines dropped. */
const LOG_COMPACTED: RecoveryEntry = { kind: 'baseline', recovery: 'rebuild', what: 'perf-log' };

function compactLog(paths: ReturnType<typeof runLogPaths>, maxRecords: number, amend: RunRecord): CompactResult {
  return compactRunLog(paths.log, {
    keepRecords: maxRecords,
    amend,
    lockPath: paths.lock,
    lock: {
      pid: process.pid,
      token: createRunId(),
      nowEpochMs: () => Date.now(),
      staleAfterMs: STALE_LOCK_MS,
      isAlive: isProcessAlive,
    },
  });
}

function toPolicy(perf: MonitorSettings): DeltaPolicy {
  return {
    thresholdPercent: perf.thresholdPercent,
    noiseK: perf.noiseK,
    window: perf.window,
    recent: perf.recent,
    minBaselineRuns: Math.min(5, perf.window),
  };
}

/** PROVE_TIMING=1: the `--timing` breakdown for hooks that git runs (where no flag can be passed). */
export function isTimingRequested(env: NodeJS.ProcessEnv): boolean {
  const value = env.PROVE_TIMING?.trim().toLowerCase();
  return value === '1' || value === 'true';
}

/** A run id unique across processes and worktrees: pid, time and randomness, base 36. */
export function createRunId(): string {
  return `${process.pid.toString(36)}-${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code === undefined ? message : `${code}: ${message.replace(/^\w+: /, '')}`;
}

// The one frame every hook runs in (commit-msg, pre-commit, pre-push, pre-receive, and fast paths):
// the skip notice, the timing recorder, the hook's work, errors to exit codes, and the record
// and delta line of src/perf written however the work ends. Each hook file supplies only its work.
import { PERF_DEFAULTS } from '../config/perf-defaults.js';
import { isNeedsFullCli, type NeedsFullCli } from '../config/needs-full-cli.js';
import type { PerfConfig } from '../config/schema.js';
import { ExitCode, toProveError } from '../errors.js';
import { locateCommonDirForLog } from '../git/repository.js';
import { describeHookResult, finishHookRun, isTimingRequested, startHookRun, type TimingText } from '../perf/hook-run.js';
import type { RunRecorder } from '../perf/recorder.js';
import type { RunPath } from '../perf/run-record.js';
import type { RecordedHookName } from './hook-table.js';
import { formatSkipNotice, skipRequestedBy } from '../report/skip-notice.js';
import { formatDeltaLine, formatTimingBreakdown } from '../report/timing.js';

/** The process's edges a hook or command uses, injected so it can run in-process in tests. */
export interface HookIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** The hooks whose runs the frame records, as the perf log names them (the hook table, hook-table.ts, says which). */
export type HookName = RecordedHookName;

/** What a hook's work hands the frame while it runs. */
export interface HookRun {
  /** Times the phases and counts the work (src/perf). */
  readonly recorder: RunRecorder;
  /**
   * Tells the frame what the work has learned that the record needs: the git common dir (the log
   * goes there) and the clone's perf settings. Call as soon as known: the run is recorded with
   * them even when the work fails afterwards.
   */
  settle(found: SettledFacts): void;
}

/** What the work tells the frame (see HookRun.settle). */
export interface SettledFacts {
  readonly gitCommonDir?: string;
  readonly perf?: PerfConfig;
  /**
   * The work printed a text report on stdout: the delta line then goes to stdout after it, so it
   * can only follow the report, never land inside it (git shows a hook's stdout and stderr together).
   */
  readonly reportOnStdout?: boolean;
}

/**
 * How a hook's run ended: a verdict (the exit code), or a hand-over to the full CLI from a fast
 * path whose cache-only sources met something only the full CLI holds (the work returns that
 * value before printing anything; nothing is recorded then).
 */
export type HookOutcome = { readonly kind: 'verdict'; readonly exitCode: ExitCode } | NeedsFullCli;

export interface RunHookOptions {
  /** `--timing`: the full breakdown instead of the delta line (PROVE_TIMING=1 does this too). */
  readonly timing: boolean;
  /** False for a run with nothing to do (a pre-push that sends nothing): its time would skew the baseline. */
  readonly measure?: boolean;
  /** Which code runs the hook (a fast path or the full CLI): each is compared with its own runs. Default full. */
  readonly path?: RunPath;
}

/**
 * Runs `work` in the hook frame: exit 0 with one notice when PROVE_SKIP or HUSKY=0 ask to skip;
 * otherwise the work's outcome, recorded and judged by the monitor (which never changes it). A
 * ProveError thrown by the work is rethrown for the entrypoint to print (its exit code recorded);
 * a fast path's hand-over (`needs-full-cli`, returned by the work) is returned and not recorded
 * (the full CLI records the run).
 */
export async function runHook(hook: HookName, io: HookIo, options: RunHookOptions, work: (run: HookRun) => Promise<ExitCode | NeedsFullCli>): Promise<HookOutcome> {
  const skipBy = skipRequestedBy(io.env);
  if (skipBy !== undefined) {
    io.stderr.write(formatSkipNotice(hook, skipBy));
    return { kind: 'verdict', exitCode: ExitCode.OK };
  }
  if (options.measure === false) return verdictOf(await work({ recorder: startHookRun(hook, options.path), settle: () => undefined }));
  // The heap per phase only for the breakdown that shows it (`--timing`, PROVE_TIMING=1).
  const recorder = startHookRun(hook, options.path, { memory: options.timing || isTimingRequested(io.env) });
  const found: { -readonly [K in keyof SettledFacts]: SettledFacts[K] } = {};
  let exitCode: ExitCode = ExitCode.INTERNAL;
  let errorKind: string | undefined;
  let handedOver = false;
  try {
    const done = await work({ recorder, settle: (learned) => Object.assign(found, learned) });
    if (isNeedsFullCli(done)) {
      handedOver = true;
      return done;
    }
    exitCode = done;
    return { kind: 'verdict', exitCode };
  } catch (error) {
    const proveError = toProveError(error);
    exitCode = proveError.exitCode;
    errorKind = proveError.kind;
    throw error;
  } finally {
    if (!handedOver) {
      finishHookRun(recorder, {
        result: describeHookResult(exitCode, errorKind),
        text: TIMING_TEXT,
        env: io.env,
        gitCommonDir: found.gitCommonDir ?? locateCommonDirForLog(io.cwd, io.env),
        perf: found.perf ?? PERF_DEFAULTS,
        timing: options.timing,
        // Only written to when there is a line to print: reading io.stderr may create the stream.
        stderr: { write: (chunk: string) => io.stderr.write(chunk) } as NodeJS.WritableStream,
        ...(found.reportOnStdout === true ? { deltaStream: { write: (chunk: string) => io.stdout.write(chunk) } as NodeJS.WritableStream } : {}),
      });
    }
  }
}

/** The delta line and the breakdown, as the report layer writes them. */
const TIMING_TEXT: TimingText = { formatDeltaLine, formatTimingBreakdown };

function verdictOf(done: ExitCode | NeedsFullCli): HookOutcome {
  return isNeedsFullCli(done) ? done : { kind: 'verdict', exitCode: done };
}

/** The exit code of a full-CLI run (where a hand-over cannot happen: there is nothing to hand over to). */
export function exitCodeOf(outcome: HookOutcome): ExitCode {
  return outcome.kind === 'verdict' ? outcome.exitCode : ExitCode.INTERNAL;
}

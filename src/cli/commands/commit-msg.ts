// `prove-hooks commit-msg <file>`: the commit-msg hook (git passes the message file); the same
// frame runs `applypatch-msg`, git am's hook for each patch's message.
import { ExitCode, toProveError } from '../../errors.js';
import { messageCheckIoFor, runCommitMsgHook } from '../../hooks/commit-msg.js';
import { describeHookResult, finishHookRun, startHookRun } from '../../perf/hook-run.js';
import { shouldUseColor } from '../../report/colors.js';
import { formatSkipNotice, skipRequestedBy } from '../../report/skip-notice.js';
import type { MessageHookName } from '../../hooks/commit-msg.js';
import type { CommandContext } from '../context.js';

/** Exit 0 (accepted, exempt or skipped), 1 (rejected); errors propagate to the CLI. */
export function run(ctx: CommandContext): Promise<ExitCode> {
  return runMessageHook(ctx, 'commit-msg');
}

/** A message hook run: skip, measure, check the file git passes, report. */
export async function runMessageHook(ctx: CommandContext, hook: MessageHookName): Promise<ExitCode> {
  const skipBy = skipRequestedBy(ctx.env);
  if (skipBy !== undefined) {
    ctx.stderr.write(formatSkipNotice(hook, skipBy));
    return ExitCode.OK;
  }
  // Measured (src/perf): the record is written and the delta printed however the check ends.
  const recorder = startHookRun(hook);
  let outcome: Awaited<ReturnType<typeof runCommitMsgHook>> | undefined;
  let exitCode: ExitCode = ExitCode.INTERNAL;
  try {
    outcome = await runCommitMsgHook(
      ctx.args[0]!,
      messageCheckIoFor(ctx, recorder),
      { json: ctx.options.json === true, color: () => shouldUseColor(ctx.stdout as { isTTY?: boolean }, ctx.env) },
      hook,
    );
    exitCode = outcome.exitCode;
  } catch (error) {
    exitCode = toProveError(error).exitCode;
    throw error;
  } finally {
    finishHookRun(recorder, {
      result: describeHookResult(exitCode),
      cwd: ctx.cwd,
      env: ctx.env,
      ...(outcome === undefined ? {} : { perf: outcome.config.config.perf }),
      timing: ctx.options.timing === true,
      // Only written to when there is a line to print; reading ctx.stderr would create the stream.
      stderr: { write: (chunk: string) => ctx.stderr.write(chunk) } as NodeJS.WritableStream,
      // After a text report the delta line goes to the report's own stream, so it can only follow
      // the report, never land inside it (git shows a hook's stdout and stderr together).
      ...(printedTextReport(outcome, ctx) ? { deltaStream: { write: (chunk: string) => ctx.stdout.write(chunk) } as NodeJS.WritableStream } : {}),
    });
  }
  return exitCode;
}

/** Whether the check printed its text report on stdout (a rejection or warnings, without --json). */
function printedTextReport(outcome: { readonly result: { readonly status: string; readonly violations: readonly unknown[] } } | undefined, ctx: CommandContext): boolean {
  return outcome !== undefined && ctx.options.json !== true && (outcome.result.status === 'rejected' || outcome.result.violations.length > 0);
}

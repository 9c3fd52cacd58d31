// `prove-hooks commit-msg <file>`: the commit-msg hook (git passes the message file).
import { ExitCode, toProveError } from '../../errors.js';
import { messageCheckIoFor, runCommitMsgHook } from '../../hooks/commit-msg.js';
import { locateCommonDirForLog } from '../../git/repository.js';
import { describeHookResult, finishHookRun, startHookRun } from '../../perf/hook-run.js';
import { shouldUseColor } from '../../report/colors.js';
import { formatSkipNotice, skipRequestedBy } from '../../report/skip-notice.js';
import type { CommandContext } from '../context.js';

/** Exit 0 (accepted, exempt or skipped), 1 (rejected); errors propagate to the CLI. */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  const skipBy = skipRequestedBy(ctx.env);
  if (skipBy !== undefined) {
    ctx.stderr.write(formatSkipNotice('commit-msg', skipBy));
    return ExitCode.OK;
  }
  // Measured (src/perf): the record is written and the delta printed however the check ends.
  const recorder = startHookRun('commit-msg');
  let outcome: Awaited<ReturnType<typeof runCommitMsgHook>> | undefined;
  let exitCode: ExitCode = ExitCode.INTERNAL;
  try {
    outcome = await runCommitMsgHook(
      ctx.args[0]!,
      messageCheckIoFor(ctx, recorder),
      { json: ctx.options.json === true, color: () => shouldUseColor(ctx.stdout as { isTTY?: boolean }, ctx.env) },
    );
    exitCode = outcome.exitCode;
  } catch (error) {
    exitCode = toProveError(error).exitCode;
    throw error;
  } finally {
    finishHookRun(recorder, {
      result: describeHookResult(exitCode),
      env: ctx.env,
      gitCommonDir: outcome?.git?.commonDir ?? locateCommonDirForLog(ctx.cwd, ctx.env),
      ...(outcome === undefined ? {} : { perf: outcome.config.config.perf }),
      timing: ctx.options.timing === true,
      // Only written to when there is a line to print; reading ctx.stderr would create the stream.
      stderr: { write: (chunk: string) => ctx.stderr.write(chunk) } as NodeJS.WritableStream,
    });
  }
  return exitCode;
}

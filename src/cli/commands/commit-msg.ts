// `prove-hooks commit-msg <file>`: the commit-msg hook (git passes the message file); the same
// frame runs `applypatch-msg`, git am's hook for each patch's message.
import type { ExitCode } from '../../errors.js';
import { messageCheckIoFor, runCommitMsgHook, type MessageHookName } from '../../hooks/commit-msg.js';
import { exitCodeOf, runHook } from '../../hooks/run-hook.js';
import { shouldUseColor } from '../../report/colors.js';
import type { CommandContext } from '../context.js';

/** Exit 0 (accepted, exempt or skipped), 1 (rejected); errors propagate to the CLI. */
export function run(ctx: CommandContext): Promise<ExitCode> {
  return runMessageHook(ctx, 'commit-msg');
}

/** A message hook run in the one hook frame: check the file git passes, report. */
export async function runMessageHook(ctx: CommandContext, hook: MessageHookName): Promise<ExitCode> {
  const outcome = await runHook(hook, ctx, { timing: ctx.options.timing === true }, async (hookRun) => {
    const checked = await runCommitMsgHook(
      ctx.args[0]!,
      messageCheckIoFor(ctx, hookRun.recorder),
      { json: ctx.options.json === true, color: () => shouldUseColor(ctx.stdout as { isTTY?: boolean }, ctx.env) },
      hook,
    );
    hookRun.settle({
      ...(checked.git === null ? {} : { gitCommonDir: checked.git.commonDir }),
      perf: checked.config.config.perf,
      reportOnStdout: ctx.options.json !== true && (checked.result.status === 'rejected' || checked.result.violations.length > 0),
    });
    return checked.exitCode;
  });
  return exitCodeOf(outcome);
}

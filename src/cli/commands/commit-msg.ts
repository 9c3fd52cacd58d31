// `prove-hooks commit-msg <file>`: the commit-msg hook (git passes the message file).
import type { ExitCode } from '../../errors.js';
import { messageCheckIoFor, runCommitMsgHook } from '../../hooks/commit-msg.js';
import { exitCodeOf, runHook } from '../../hooks/run-hook.js';
import { shouldUseColor } from '../../report/colors.js';
import type { CommandContext } from '../context.js';

/** Exit 0 (accepted, exempt or skipped), 1 (rejected); errors propagate to the CLI. */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  const outcome = await runHook('commit-msg', ctx, { timing: ctx.options.timing === true }, async (hookRun) => {
    const checked = await runCommitMsgHook(ctx.args[0]!, messageCheckIoFor(ctx, hookRun.recorder), {
      json: ctx.options.json === true,
      color: () => shouldUseColor(ctx.stdout as { isTTY?: boolean }, ctx.env),
    });
    hookRun.settle({ ...(checked.git === null ? {} : { gitCommonDir: checked.git.commonDir }), perf: checked.config.config.perf });
    return checked.exitCode;
  });
  return exitCodeOf(outcome);
}

// `prove-hooks commit-msg <file>`: the commit-msg hook (git passes the message file).
import { ExitCode } from '../../errors.js';
import { messageCheckIoFor, runCommitMsgHook } from '../../hooks/commit-msg.js';
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
  const outcome = await runCommitMsgHook(
    ctx.args[0]!,
    messageCheckIoFor(ctx),
    { json: ctx.options.json === true, color: () => shouldUseColor(ctx.stdout as { isTTY?: boolean }, ctx.env) },
  );
  return outcome.exitCode;
}

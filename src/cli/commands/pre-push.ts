// `prove-hooks pre-push`: wired end to end; the checks of pushed commits arrive with issue 3
// (TODO(issue 3): check every pushed commit). Until then it reads git's stdin and passes.
import { ExitCode } from '../../errors.js';
import { formatSkipNotice, skipRequestedBy } from '../../report/skip-notice.js';
import type { CommandContext } from '../context.js';

/** Reads git's ref lines on stdin to the end (git writes them all), then passes (exit 0). */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  const skipBy = skipRequestedBy(ctx.env);
  if (skipBy !== undefined) ctx.stderr.write(formatSkipNotice('pre-push', skipBy));
  // A terminal is a person running the command by hand, not git: do not wait for input.
  if (ctx.stdin.isTTY !== true) {
    for await (const _chunk of ctx.stdin) {
      // The ref lines are not checked yet; reading them lets git finish writing.
    }
  }
  return ExitCode.OK;
}

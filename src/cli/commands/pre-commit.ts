// `prove-hooks pre-commit`: wired end to end; the staged-diff checks arrive with issue 3
// (TODO(issue 3): flag checks on the staged diff). Until then it checks nothing and passes.
import { ExitCode } from '../../errors.js';
import { formatSkipNotice, skipRequestedBy } from '../../report/skip-notice.js';
import type { CommandContext } from '../context.js';

/** Passes (exit 0); with PROVE_SKIP=1 prints the skip notice first. */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  const skipBy = skipRequestedBy(ctx.env);
  if (skipBy !== undefined) ctx.stderr.write(formatSkipNotice('pre-commit', skipBy));
  return ExitCode.OK;
}

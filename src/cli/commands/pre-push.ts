// `prove-hooks pre-push`: the pre-push hook (see src/hooks/pre-push.ts).
import type { ExitCode } from '../../errors.js';
import { readFormat } from '../../hooks/flag-run.js';
import { runPrePush } from '../../hooks/pre-push.js';
import { exitCodeOf } from '../../hooks/run-hook.js';
import type { CommandContext } from '../context.js';

export async function run(ctx: CommandContext): Promise<ExitCode> {
  return exitCodeOf(await runPrePush(ctx, { remoteName: ctx.args[0] ?? 'origin', format: readFormat(ctx.options), timing: ctx.options.timing === true }));
}

// `prove-hooks check`: commit messages and flag references of a range, for CI (see src/hooks/check.ts).
import type { ExitCode } from '../../errors.js';
import { runCheck } from '../../hooks/check.js';
import { readFormat } from '../../hooks/flag-run.js';
import type { CommandContext } from '../context.js';

export async function run(ctx: CommandContext): Promise<ExitCode> {
  const range = ctx.options.range;
  return runCheck(ctx, { format: readFormat(ctx.options), ...(typeof range === 'string' ? { range } : {}) });
}

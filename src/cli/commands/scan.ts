// `prove-hooks scan`: the flag check on demand (see src/hooks/scan.ts).
import { ValidationError, type ExitCode } from '../../errors.js';
import { readFormat } from '../../hooks/flag-run.js';
import { runScan } from '../../hooks/scan.js';
import type { CommandContext } from '../context.js';

export async function run(ctx: CommandContext): Promise<ExitCode> {
  const range = ctx.options.range;
  if (ctx.options.staged === true && range !== undefined) {
    throw new ValidationError('scan: --staged and --range exclude each other', { hint: 'Give one of them (--staged is the default).' });
  }
  return runScan(ctx, {
    format: readFormat(ctx.options),
    timing: ctx.options.timing === true,
    references: ctx.options.references === true,
    ...(typeof range === 'string' ? { range } : {}),
  });
}

// `prove-hooks scan`: the flag check on demand (see src/hooks/scan.ts).
import { ValidationError, type ExitCode } from '../../errors.js';
import { readFormat } from '../../hooks/flag-run.js';
import { runScan } from '../../hooks/scan.js';
import type { CommandContext } from '../context.js';

export async function run(ctx: CommandContext): Promise<ExitCode> {
  const range = ctx.options.range;
  const targets = [ctx.options.staged === true && '--staged', range !== undefined && '--range', ctx.options.all === true && '--all'].filter((name) => name !== false);
  if (targets.length > 1) {
    throw new ValidationError(`scan: ${targets.join(' and ')} exclude each other`, { hint: 'Give one of --staged (the default), --range or --all.' });
  }
  return runScan(ctx, {
    format: readFormat(ctx.options),
    timing: ctx.options.timing === true,
    all: ctx.options.all === true,
    updateBaseline: ctx.options['update-baseline'] === true,
    ...(typeof range === 'string' ? { range } : {}),
  });
}

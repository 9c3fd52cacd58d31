// `prove-hooks pre-receive`: the server-side hook of a receiving repository (see src/hooks/pre-receive.ts).
import type { ExitCode } from '../../errors.js';
import { readFormat } from '../../hooks/flag-run.js';
import { runPreReceive } from '../../hooks/pre-receive.js';
import { exitCodeOf } from '../../hooks/run-hook.js';
import type { CommandContext } from '../context.js';

export async function run(ctx: CommandContext): Promise<ExitCode> {
  const config = ctx.options.config;
  return exitCodeOf(
    await runPreReceive(ctx, { format: readFormat(ctx.options), timing: ctx.options.timing === true, ...(typeof config === 'string' ? { configFile: config } : {}) }),
  );
}

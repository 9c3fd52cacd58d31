// `prove-hooks pre-commit`: the pre-commit hook (see src/hooks/pre-commit.ts).
import type { ExitCode } from '../../errors.js';
import { readFormat } from '../../hooks/flag-run.js';
import { FULL_SOURCES } from '../../hooks/full-sources.js';
import { runPreCommit } from '../../hooks/pre-commit.js';
import { exitCodeOf } from '../../hooks/run-hook.js';
import type { CommandContext } from '../context.js';

export async function run(ctx: CommandContext): Promise<ExitCode> {
  return exitCodeOf(await runPreCommit(ctx, { format: readFormat(ctx.options), timing: ctx.options.timing === true }, FULL_SOURCES));
}

// `prove-hooks prepare-commit-msg <file> [<source> [<commit>]]`: the prepare-commit-msg hook
// (src/hooks/prepare-commit-msg.ts) with the full CLI's sources. Always exit 0.
import type { ExitCode } from '../../errors.js';
import { FULL_SOURCES } from '../../hooks/full-sources.js';
import { runPrepareMessageHook } from '../../hooks/prepare-commit-msg.js';
import type { CommandContext } from '../context.js';

export function run(ctx: CommandContext): Promise<ExitCode> {
  return runPrepareMessageHook({ cwd: ctx.cwd, env: ctx.env, sources: FULL_SOURCES, stderr: ctx.stderr }, ctx.args);
}

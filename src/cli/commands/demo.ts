// `prove-hooks demo`: the hooks at work in a throwaway repository (src/install/demo.ts).
import { ExitCode } from '../../errors.js';
import { runDemo } from '../../install/demo.js';
import type { CommandContext } from '../context.js';

/** Exit 0 when every scene went as shown, 70 (a bug) when one did not. */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  const ok = runDemo({ keep: ctx.options.keep === true, env: ctx.env, out: ctx.stdout });
  return ok ? ExitCode.OK : ExitCode.INTERNAL;
}

// `prove-hooks demo`: the hooks at work in a throwaway repository (src/install/demo.ts).
import { ExitCode } from '../../errors.js';
import { runDemo } from '../../install/demo.js';
import type { CommandContext } from '../context.js';

/**
 * Exit 0 when every scene went as shown, 70 (a bug) when one did not. Interrupted (Ctrl-C,
 * SIGTERM, SIGHUP), the demo removes its folder, then ends by the same signal, as a shell expects.
 */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  const outcome = await runDemo({ keep: ctx.options.keep === true, env: ctx.env, out: ctx.stdout });
  if (outcome.status === 'interrupted') {
    // No handler is left for the signal: its default action ends the process (exit 128 + n).
    process.kill(process.pid, outcome.signal);
    // The signal arrives on the next turns of the event loop; this wait is only for that.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return outcome.status === 'ok' ? ExitCode.OK : ExitCode.INTERNAL;
}

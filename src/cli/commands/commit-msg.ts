// `prove-hooks commit-msg <file>`: the commit-msg hook (git passes the message file); the same
// frame runs `applypatch-msg`, git am's hook for each patch's message.
import type { ExitCode } from '../../errors.js';
import { runMessageHook as runMessageHookWith, type MessageHookName } from '../../hooks/commit-msg.js';
import { FULL_SOURCES } from '../../hooks/full-sources.js';
import { exitCodeOf } from '../../hooks/run-hook.js';
import { shouldUseColor } from '../../report/colors.js';
import type { CommandContext } from '../context.js';

/** Exit 0 (accepted, exempt or skipped), 1 (rejected); errors propagate to the CLI. */
export function run(ctx: CommandContext): Promise<ExitCode> {
  return runMessageHook(ctx, 'commit-msg');
}

/** A message hook run by the full CLI: the one orchestration (hooks/commit-msg.ts) with the full sources. */
export async function runMessageHook(ctx: CommandContext, hook: MessageHookName): Promise<ExitCode> {
  const options = { json: ctx.options.json === true, timing: ctx.options.timing === true, path: 'full' as const };
  const color = () => shouldUseColor(ctx.stdout as { isTTY?: boolean }, ctx.env);
  return exitCodeOf(await runMessageHookWith(ctx, ctx.args[0]!, hook, options, FULL_SOURCES, color));
}

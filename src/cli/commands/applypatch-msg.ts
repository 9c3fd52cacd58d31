// `prove-hooks applypatch-msg <file>`: git am's hook for each patch's message (git runs no
// commit-msg for `git am`), checked as commit-msg checks a message.
import type { ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { runMessageHook } from './commit-msg.js';

/** Exit 0 (accepted, exempt or skipped), 1 (rejected: git am stops before committing the patch). */
export function run(ctx: CommandContext): Promise<ExitCode> {
  return runMessageHook(ctx, 'applypatch-msg');
}

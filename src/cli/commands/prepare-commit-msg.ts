// `prove-hooks prepare-commit-msg <file> [<source> [<commit>]]`: the prepare-commit-msg hook.
import { ExitCode, toProveError } from '../../errors.js';
import { runPrepareCommitMsg } from '../../hooks/prepare-commit-msg.js';
import { skipRequestedBy } from '../../report/skip-notice.js';
import { createGitRunner } from '../../git/run-git.js';
import type { CommandContext } from '../context.js';

/**
 * Always exit 0: a template is a convenience, and a non-zero exit would abort the commit. When
 * it cannot run (config invalid, file unreadable) it says so in one line and leaves the file;
 * the commit-msg hook then reports the same problem with its exit code.
 */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  if (skipRequestedBy(ctx.env) !== undefined) return ExitCode.OK;
  try {
    await runPrepareCommitMsg(ctx.args[0]!, ctx.args[1], { cwd: ctx.cwd, env: ctx.env, git: createGitRunner(), now: () => new Date() });
  } catch (error) {
    // Recovered on purpose: the message is left as git wrote it.
    // One line, however many lines the error has.
    const message = toProveError(error).message.replace(/\s*\n\s*/g, ' ');
    ctx.stderr.write(`prove-hooks: prepare-commit-msg: ${message} (the message template was not filled)\n`);
  }
  return ExitCode.OK;
}

// `prove-hooks check-msg`: check a message given as an argument, with --file, or on stdin.
import { resolve } from 'node:path';
import { ExitCode, FileReadError, ValidationError } from '../../errors.js';
import { messageCheckIoFor, runCheckMsg } from '../../hooks/commit-msg.js';
import { FULL_SOURCES } from '../../hooks/full-sources.js';
import { MESSAGE_MAX_BYTES, messageTooLarge, readMessageFileBytes, readMessageStreamBytes } from '../../hooks/message-input.js';
import { shouldUseColor } from '../../report/colors.js';
import type { CommandContext } from '../context.js';

/** Exit 0 (accepted or exempt), 1 (rejected), 2 (no message, two of them, or one over 1 MiB). */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  const raw = await readMessageInput(ctx);
  const outcome = await runCheckMsg(
    raw,
    messageCheckIoFor(ctx, FULL_SOURCES),
    { json: ctx.options.json === true, color: () => shouldUseColor(ctx.stdout as { isTTY?: boolean }, ctx.env) },
  );
  return outcome.exitCode;
}

const USAGE_HINT = 'Pass the message as an argument (`prove-hooks check-msg "feat: ..."`), with `--file <path>` (`-` for stdin), or pipe it in.';

/** The message from exactly one source: argument, --file (`-` is stdin), or piped stdin. */
async function readMessageInput(ctx: CommandContext): Promise<string> {
  const file = typeof ctx.options.file === 'string' ? ctx.options.file : undefined;
  const argument = ctx.args[0];
  if (file !== undefined && argument !== undefined) {
    throw new ValidationError('check-msg: give the message either as an argument or with --file, not both', { hint: USAGE_HINT });
  }
  if (argument !== undefined) {
    if (Buffer.byteLength(argument) > MESSAGE_MAX_BYTES) throw messageTooLarge('given as the argument');
    return argument;
  }
  if (file !== undefined && file !== '-') {
    const path = resolve(ctx.cwd, file);
    return readMessageFileBytes(path, (code) => new FileReadError(`cannot read ${path}: ${code}`)).toString('utf8');
  }
  // A terminal on stdin means nothing was piped: waiting for typing would look like a hang.
  if (ctx.stdin.isTTY === true) throw new ValidationError('check-msg: no message given', { hint: USAGE_HINT });
  const text = (await readMessageStreamBytes(ctx.stdin, 'on stdin')).toString('utf8');
  // Empty stdin (CI's /dev/null, a closed pipe) is a missing message, not an empty one.
  if (text === '' && file !== '-') throw new ValidationError('check-msg: no message given (stdin was empty)', { hint: USAGE_HINT });
  return text;
}

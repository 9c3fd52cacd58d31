// `prove-hooks check-msg`: placeholder until its issue lands (see the command table).
import { InternalError, type ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';

export async function run(_ctx: CommandContext): Promise<ExitCode> {
  throw new InternalError('check-msg is not implemented yet');
}

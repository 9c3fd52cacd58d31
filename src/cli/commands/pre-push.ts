// `prove-hooks pre-push`: placeholder until its issue lands (see the command table).
import { InternalError, type ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';

export async function run(_ctx: CommandContext): Promise<ExitCode> {
  throw new InternalError('pre-push is not implemented yet');
}

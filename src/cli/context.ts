// What a command receives from the entrypoint: parsed arguments and the process's edges,
// injected so commands can be run in-process by tests.
import type { ExitCode } from '../errors.js';
import type { HookIo } from '../hooks/run-hook.js';

/** The process's edges: the same a hook receives (src/hooks/run-hook.ts). */
export type CommandIo = HookIo;

export interface CommandContext extends CommandIo {
  /** Positional arguments after the command name. */
  readonly args: readonly string[];
  /** Parsed options (util.parseArgs values), by long name. */
  readonly options: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
}

export interface CommandModule {
  run(ctx: CommandContext): Promise<ExitCode>;
}

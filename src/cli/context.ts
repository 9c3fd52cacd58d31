// What a command receives from the entrypoint: parsed arguments and the process's edges,
// injected so commands can be run in-process by tests.
import type { ExitCode } from '../errors.js';

export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export interface CommandContext extends CommandIo {
  /** Positional arguments after the command name. */
  readonly args: readonly string[];
  /** Parsed options (util.parseArgs values), by long name. */
  readonly options: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
}

export interface CommandModule {
  run(ctx: CommandContext): Promise<ExitCode>;
}

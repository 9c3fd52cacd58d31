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

type Streams = Pick<CommandIo, 'stdout' | 'stderr' | 'stdin'>;

/**
 * `fields` with the streams of `source` as getters, read only when used: node creates
 * process.stdin/stdout/stderr on first access (a few milliseconds), and a hook run that passes
 * quietly never touches them. (A spread of `source` would read them.)
 */
export function withLazyStreams<T extends object>(fields: T, source: Streams): T & Streams {
  return Object.defineProperties(fields, {
    stdout: { get: () => source.stdout, enumerable: true },
    stderr: { get: () => source.stderr, enumerable: true },
    stdin: { get: () => source.stdin, enumerable: true },
  }) as T & Streams;
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

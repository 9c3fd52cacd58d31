// The CLI: argv -> command table -> command, and errors -> text + exit code.
import { parseArgs } from 'node:util';
import { COMMANDS, findCommand } from './commands.js';
import type { CommandContext, CommandIo } from './context.js';
import { withLazyStreams } from './process-io.js';
import { ExitCode, ValidationError, toProveError } from '../errors.js';
import { formatError } from '../report/error-output.js';
import { formatCommandHelp, formatHelp } from '../report/help.js';
import { PROVE_VERSION } from '../version.js';

/** Runs the CLI with the given argv (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const proveError = toProveError(error);
    io.stderr.write(formatError(proveError, { debug: io.env.PROVE_DEBUG === '1' }));
    return proveError.exitCode;
  }
}

async function dispatch(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    const spec = topic === undefined ? undefined : findCommand(topic);
    if (topic !== undefined && spec === undefined) throw unknownCommand(topic);
    io.stdout.write(spec ? formatCommandHelp(spec) : formatHelp(COMMANDS, PROVE_VERSION));
    return first === undefined ? ExitCode.USAGE : ExitCode.OK;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${PROVE_VERSION}\n`);
    return ExitCode.OK;
  }
  const spec = findCommand(first);
  if (spec === undefined) throw unknownCommand(first);

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new ValidationError(`${first}: ${(error as Error).message}`, {
      hint: `Run \`prove-hooks help ${first}\` for its options.`,
    });
  }
  if (parsed.values.help === true) {
    io.stdout.write(formatCommandHelp(spec));
    return ExitCode.OK;
  }
  const { min, max } = spec.positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    throw new ValidationError(`${first}: expected ${describeCount(min, max)}, got ${parsed.positionals.length}`, {
      hint: `Usage: prove-hooks ${spec.name} ${spec.usage}`,
    });
  }
  const command = await spec.load();
  const ctx: CommandContext = withLazyStreams({ args: parsed.positionals, options: parsed.values, env: io.env, cwd: io.cwd }, io);
  return command.run(ctx);
}

function unknownCommand(name: string): ValidationError {
  return new ValidationError(`unknown command '${name}'`, {
    hint: `Commands: ${COMMANDS.map((c) => c.name).join(', ')}. Run \`prove-hooks --help\`.`,
  });
}

function describeCount(min: number, max: number): string {
  if (min === max) return `${min} argument${min === 1 ? '' : 's'}`;
  return `${min} to ${max} arguments`;
}

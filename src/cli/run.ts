// The CLI: argv -> command table -> command, and errors -> text + exit code.
import { parseArgs } from 'node:util';
import { COMMANDS, findCommand, type CommandSpec, type OptionSpecs } from './commands.js';
import { suggestClosest } from '../text/closest-word.js';
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

  const options: OptionSpecs = { ...spec.options, help: { type: 'boolean', short: 'h' } };
  checkOptions(spec, options, rest);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch (error) {
    // checkOptions catches every mistake parseArgs knows of; this is the net for a new one.
    throw new ValidationError(`${first}: ${(error as Error).message}`, { hint: `Run \`prove-hooks help ${first}\` for its options.` });
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
  const names = COMMANDS.map((c) => c.name);
  const suggestion = suggestClosest(name, names);
  return new ValidationError(`unknown command '${name}'${suggestion === undefined ? '' : `; did you mean '${suggestion}'?`}`, {
    hint: `Commands: ${names.join(', ')}. Run \`prove-hooks --help\`.`,
  });
}

/**
 * Reports, in our words, the first option mistake in `args` (unknown option, a value missing or
 * given where none is taken). Throws ValidationError (exit 2); returns when the options are fine.
 */
function checkOptions(spec: CommandSpec, options: OptionSpecs, args: readonly string[]): void {
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const helpHint = `Run \`prove-hooks help ${spec.name}\` for its options.`;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined) {
      const long = Object.keys(options);
      const suggestion = token.rawName.startsWith('--')
        ? suggestClosest(token.name, long)
        : long.find((name) => options[name]?.short?.toLowerCase() === token.name.toLowerCase());
      const didYouMean = suggestion === undefined ? '' : `; did you mean --${suggestion}?`;
      throw new ValidationError(`${spec.name}: unknown option '${token.rawName}'${didYouMean}`, {
        // Only a command that takes arguments can be given one that starts with '-'.
        hint: spec.positionals.max === 0 ? helpHint : `${helpHint} An argument that starts with '-' goes after '--': prove-hooks ${spec.name} -- ${token.rawName}`,
      });
    }
    if (option.type === 'string' && token.value === undefined) {
      throw new ValidationError(`${spec.name}: option '${token.rawName}' needs a value`, { hint: `e.g. ${token.rawName} <value>. ${helpHint}` });
    }
    if (option.type === 'string' && token.inlineValue === false && token.value !== undefined && token.value.length > 1 && token.value.startsWith('-')) {
      throw new ValidationError(`${spec.name}: option '${token.rawName}' needs a value, and '${token.value}' looks like an option`, {
        hint: `A value that starts with '-' is written ${token.rawName}=${token.value}. ${helpHint}`,
      });
    }
    if (option.type === 'boolean' && token.value !== undefined) {
      throw new ValidationError(`${spec.name}: option '${token.rawName}' takes no value, got '${token.value}'`, { hint: `Write ${token.rawName} alone. ${helpHint}` });
    }
  }
}

function describeCount(min: number, max: number): string {
  if (min === max) return `${min} argument${min === 1 ? '' : 's'}`;
  return `${min} to ${max} arguments`;
}

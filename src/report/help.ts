// Help text, generated from the command table so it always lists every command and option.
import type { CommandSpec } from '../cli/commands.js';
import { ExitCode } from '../errors.js';

/** The top-level `--help`. */
export function formatHelp(commands: readonly CommandSpec[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `prove-hooks ${version}: commit message and feature-flag checks for git hooks`,
    '',
    'Usage: prove-hooks <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also `prove-hooks help <command>`)',
    '  -v, --version  print the version',
    '',
    'Environment: PROVE_SKIP=1 skips the checks; PROVE_DEBUG=1 adds stack traces to errors.',
    `Exit codes: ${formatExitCodes()}`,
    '',
  ].join('\n');
}

/** `prove-hooks help <command>` and `<command> --help`. */
export function formatCommandHelp(spec: CommandSpec): string {
  const names = Object.keys(spec.options);
  const labels = names.map((name) => {
    const option = spec.options[name];
    const short = option?.short ? `-${option.short}, ` : '    ';
    return `${short}--${name}${option?.type === 'string' ? ' <value>' : ''}`;
  });
  const width = Math.max(0, ...labels.map((l) => l.length));
  return [
    `Usage: prove-hooks ${spec.name} ${spec.usage}`.trimEnd(),
    '',
    spec.summary,
    '',
    ...(names.length > 0 ? ['Options:', ...names.map((name, i) => `  ${labels[i]!.padEnd(width)}  ${spec.optionHelp[name] ?? ''}`)] : []),
    '',
  ].join('\n');
}

function formatExitCodes(): string {
  return Object.entries(ExitCode)
    .map(([name, code]) => `${code} ${name.toLowerCase()}`)
    .join(', ');
}

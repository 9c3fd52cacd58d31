// Help text, generated from the command table so it always lists every command and option.
import { ExitCode } from '../errors.js';

/** What help shows of a command (the command table's CommandSpec, src/cli/commands.ts, is one). */
export interface CommandHelp {
  readonly name: string;
  readonly summary: string;
  /** Usage line after `prove-hooks <name>`. */
  readonly usage: string;
  readonly options: Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string } | undefined>>;
  /** Help text for each option, by long name. */
  readonly optionHelp: Readonly<Record<string, string>>;
}

/** Every environment variable prove-hooks reads, as `--help` lists it (a test greps src/ to keep this complete). */
export const ENVIRONMENT: readonly (readonly [name: string, meaning: string])[] = [
  ['PROVE_SKIP=1', "skip prove-hooks' checks in the client hooks (each prints one line saying so; pre-receive never skips)"],
  ['HUSKY=0', 'the same for prove-hooks; husky itself then runs no hook at all'],
  ['PROVE_TIMING=1', 'print the time of each phase of a hook run on stderr'],
  ['PROVE_DEBUG=1', 'add a stack trace to every error'],
  ['NO_COLOR', 'set and not empty: no colour'],
  ['FORCE_COLOR', 'set, not empty, 0 or false: colour even when the output is not a terminal'],
  ['TERM=dumb', 'no colour on that terminal'],
  ['GITHUB_ACTIONS', 'check: on GitHub Actions, the range comes from the pull request event'],
  ['GITHUB_EVENT_NAME', 'check: which GitHub event (pull_request, pull_request_target) gives the range'],
  ['GITHUB_EVENT_PATH', "check: the GitHub event file holding the pull request's base and head"],
  ['GITLAB_CI', 'check: on GitLab CI, the range comes from the merge request variables'],
  ['CI_MERGE_REQUEST_DIFF_BASE_SHA', "check: GitLab's merge request base"],
  ['CI_COMMIT_SHA', "check: GitLab's head commit"],
  ['PROVE_FLAGS_THREADS', 'flags: threads that read and scan a cold tree (default one per core from 512 files; 1: the main thread alone)'],
  ['PROVE_BENCH_FIXTURE_FACTOR', "bench self-test only: how much slower the fixture suite's adjusted benchmark is (default 1)"],
];

/** The top-level `--help`. */
export function formatHelp(commands: readonly CommandHelp[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const envWidth = Math.max(...ENVIRONMENT.map(([name]) => name.length));
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
    'Environment:',
    ...ENVIRONMENT.map(([name, meaning]) => `  ${name.padEnd(envWidth)}  ${meaning}`),
    '',
    `Exit codes: ${formatExitCodes()}`,
    '',
    'Manual: README.md in the installed package (node_modules/prove-hooks/README.md).',
    '',
  ].join('\n');
}

/** `prove-hooks help <command>` and `<command> --help`. */
export function formatCommandHelp(spec: CommandHelp): string {
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

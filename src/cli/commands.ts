// The command table: every command, its options and where its code lives. Command code is
// imported lazily, so a hook run loads only the command it runs.
import type { ParseArgsConfig } from 'node:util';
import type { CommandModule } from './context.js';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** Usage line after `prove-hooks <name>`. */
  readonly usage: string;
  readonly options: OptionSpecs;
  /** Help text for each option, by long name. */
  readonly optionHelp: Readonly<Record<string, string>>;
  readonly positionals: { readonly min: number; readonly max: number };
  load(): Promise<CommandModule>;
}

const json = { json: { type: 'boolean' } } as const satisfies OptionSpecs;
const jsonHelp = { json: 'print a machine-readable JSON result on stdout' };

const flagReport = { format: { type: 'string' }, timing: { type: 'boolean' } } as const satisfies OptionSpecs;
const flagReportHelp = {
  format: 'output format: text (default), json, sarif or github (annotations); --json is --format json',
  timing: 'print where the time went (diff, prefilter, regex, registry)',
};

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'init',
    summary: 'install the git hooks (with husky) and a starter .proverc.json',
    usage: '[--no-install] [--json]',
    options: { ...json, 'no-install': { type: 'boolean' } },
    optionHelp: { ...jsonHelp, 'no-install': 'do not run the package manager to add husky; print the command instead' },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/init.js'),
  },
  {
    name: 'uninstall',
    summary: 'remove what init installed: our hook blocks, the prepare script it added, the state folder (the config with --all)',
    usage: '[--all] [--json]',
    options: { ...json, all: { type: 'boolean' } },
    optionHelp: { ...jsonHelp, all: 'also remove the .proverc.json init wrote' },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/uninstall.js'),
  },
  {
    name: 'doctor',
    summary: 'check that the hooks will run and check: git, core.hooksPath, hook files, binary, config, registry, caches',
    usage: '[--json]',
    options: { ...json },
    optionHelp: { ...jsonHelp },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/doctor.js'),
  },
  {
    name: 'commit-msg',
    summary: 'check the commit message file git passes to the commit-msg hook',
    usage: '<file> [--json]',
    options: { ...json, timing: { type: 'boolean' } },
    optionHelp: { ...jsonHelp, timing: 'print the time of each phase of this run on stderr (also PROVE_TIMING=1)' },
    positionals: { min: 1, max: 1 },
    load: () => import('./commands/commit-msg.js'),
  },
  {
    name: 'applypatch-msg',
    summary: 'check the message file git am passes to the applypatch-msg hook (as commit-msg does)',
    usage: '<file> [--json]',
    options: { ...json, timing: { type: 'boolean' } },
    optionHelp: { ...jsonHelp, timing: 'print the time of each phase of this run on stderr (also PROVE_TIMING=1)' },
    positionals: { min: 1, max: 1 },
    load: () => import('./commands/applypatch-msg.js'),
  },
  {
    name: 'prepare-commit-msg',
    summary: 'the prepare-commit-msg hook: a message template with the task id from the branch name',
    usage: '<file> [<source> [<commit>]]',
    options: {},
    optionHelp: {},
    positionals: { min: 1, max: 3 },
    load: () => import('./commands/prepare-commit-msg.js'),
  },
  {
    name: 'check-msg',
    summary: 'check a commit message given as an argument, with --file, or on stdin',
    usage: '[<message>] [--file <path>] [--json]',
    options: { ...json, file: { type: 'string', short: 'f' } },
    optionHelp: { ...jsonHelp, file: 'read the message from this file' },
    positionals: { min: 0, max: 1 },
    load: () => import('./commands/check-msg.js'),
  },
  {
    name: 'pre-commit',
    summary: 'the pre-commit hook: check the staged changes for feature-flag problems',
    usage: '[--format text|json|sarif|github] [--timing]',
    options: { ...json, ...flagReport },
    optionHelp: { ...jsonHelp, ...flagReportHelp },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/pre-commit.js'),
  },
  {
    name: 'pre-push',
    summary: "the pre-push hook: check every pushed commit's message and the pushed changes (reads git's stdin)",
    usage: '<remote-name> <remote-url> [--format text|json|sarif|github] [--timing]',
    options: { ...json, ...flagReport },
    optionHelp: { ...jsonHelp, ...flagReportHelp },
    positionals: { min: 0, max: 2 },
    load: () => import('./commands/pre-push.js'),
  },
  {
    name: 'pre-receive',
    summary: "the server's pre-receive hook (bare repositories): check the messages and flag references of every pushed commit; refuse the push",
    usage: '[--config <file>] [--format text|json|sarif|github] [--timing]',
    options: { ...json, ...flagReport, config: { type: 'string' } },
    optionHelp: {
      ...jsonHelp,
      ...flagReportHelp,
      config: "the rules from this file on the server (a pushed config is then ignored); default: the config committed at each pushed tip",
    },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/pre-receive.js'),
  },
  {
    name: 'scan',
    summary: 'check feature-flag references in the staged changes or a commit range (for CI and scripts)',
    usage: '[--staged | --range <base>..<tip> | --all] [--update-baseline] [--format text|json|sarif|github] [--references] [--timing]',
    options: { ...json, ...flagReport, staged: { type: 'boolean' }, range: { type: 'string' }, all: { type: 'boolean' }, 'update-baseline': { type: 'boolean' }, references: { type: 'boolean' } },
    optionHelp: {
      ...jsonHelp,
      ...flagReportHelp,
      references: 'also list every flag reference the change adds: flag, file, line, column, kind, registry status',
      staged: 'scan the staged changes (the default)',
      range: 'scan the changes between two commits, e.g. origin/main..HEAD (three dots: from their merge base)',
      all: 'scan every file committed at HEAD, as if each line were new (to adopt the check on existing code)',
      'update-baseline': 'rewrite the baseline file (flags.baseline) to accept every finding of this scan',
    },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/scan.js'),
  },
  {
    name: 'check',
    summary: "check a range's commit messages and flag references in one run (for CI; finds the range on GitHub Actions and GitLab CI)",
    usage: '[--range <base>..<head>] [--format text|json|sarif|github]',
    options: { ...json, format: { type: 'string' }, range: { type: 'string' } },
    optionHelp: {
      ...jsonHelp,
      format: flagReportHelp.format,
      range: 'the commits of <head> that <base> lacks, e.g. origin/main..HEAD; default: the pull request (GitHub Actions) or merge request (GitLab CI)',
    },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/check.js'),
  },
  {
    name: 'flags',
    summary: 'every flag reference in the repository: per registry flag, unknown, stale and unreferenced flags',
    usage: '[--ref <commit>] [--format text|json|csv|markdown] [--verbose] [--fail-on <sets>] [--history] [--no-cache]',
    options: {
      ...json,
      ref: { type: 'string' },
      format: { type: 'string' },
      verbose: { type: 'boolean' },
      'fail-on': { type: 'string' },
      'no-cache': { type: 'boolean' },
      'max-file-bytes': { type: 'string' },
      history: { type: 'boolean' },
    },
    optionHelp: {
      ...jsonHelp,
      ref: 'read this commit from the object store (works in a bare repository) instead of the work tree',
      format: 'output format: text (default), json, csv or markdown; --json is --format json',
      verbose: 'text: every flag with its references and every skipped file',
      'fail-on': 'exit 1 when one of these sets is not empty: unknown, archived, expired, deprecated, unreferenced, dynamic (comma-separated)',
      'no-cache': 'scan every file, and neither read nor write the per-blob cache',
      'max-file-bytes': 'files larger than this are skipped as too-large (default 4194304)',
      history: 'for each unreferenced flag, the date of the commit that removed its last reference (searches the last 365 days, at most 500 commits)',
    },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/flags.js'),
  },
  {
    name: 'demo',
    summary: 'show the hooks at work in a throwaway repository (commits, a rejection and its retry, flags, a push), then remove it',
    usage: '[--keep]',
    options: { keep: { type: 'boolean' } },
    optionHelp: { keep: 'leave the repository to explore (its path is printed)' },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/demo.js'),
  },
  {
    name: 'config',
    summary: 'print the effective configuration and the file it came from',
    usage: '[--json]',
    options: { ...json },
    optionHelp: { ...jsonHelp },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/config.js'),
  },
  {
    name: 'perf',
    summary: 'show the timing history of hook runs in this clone: baselines, phases, cache health',
    usage: '[--hook <name>] [--last <n>] [--json]',
    options: { ...json, hook: { type: 'string' }, last: { type: 'string' } },
    optionHelp: {
      ...jsonHelp,
      hook: 'only this hook (commit-msg, applypatch-msg, pre-commit, pre-push, pre-receive)',
      last: 'how many recent runs the sparklines show (default 40)',
    },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/perf.js'),
  },
  {
    name: 'bench',
    summary: 'benchmark the core in fresh processes; compare with a saved baseline (--compare) or itself (--aa)',
    usage: '[--save <file>] [--compare <file> | --aa] [--suite <name>]... [--budget <s>] [--processes <n>] [--time <ms>] [--json]',
    options: {
      ...json,
      save: { type: 'string' },
      compare: { type: 'string' },
      aa: { type: 'boolean' },
      suite: { type: 'string', multiple: true },
      processes: { type: 'string' },
      budget: { type: 'string' },
      time: { type: 'string' },
      list: { type: 'boolean' },
      'allow-foreign': { type: 'boolean' },
      worker: { type: 'boolean' },
      scratch: { type: 'string' },
    },
    optionHelp: {
      ...jsonHelp,
      save: 'save the per-process results as a baseline file',
      compare: 'compare with a baseline saved by --save (exit 1 on a regression, 5 if inconclusive)',
      aa: 'compare the current build with itself: checks the false-alarm rate (expects no regression)',
      suite: 'run only this suite (repeatable; see --list)',
      processes: 'fresh processes per side: at most this many when comparing (default 40), exactly this many otherwise (default 10)',
      budget: 'seconds the whole run may take (default 80): no new round starts that would end after it',
      time: 'milliseconds of CPU time each process times each benchmark, in 8 slices, both sides at once (default 40)',
      list: 'list the suites and exit',
      'allow-foreign': 'compare with a baseline from another machine or Node version anyway (marked)',
      worker: 'internal: measure in this process and print one JSON report per suite',
      scratch: "internal: the folder a worker makes its temporary folders in (the parent's, removed by it even when the worker is killed)",
    },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/bench.js'),
  },
];

/** Finds a command by name; undefined when there is none. */
export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}

// `prove-hooks perf`: the per-clone timing history of hook runs, baselines and cache health.
import { suggestClosest } from '../../text/closest-word.js';
import { ExitCode, FileReadError, GitError, ValidationError } from '../../errors.js';
import { configCacheFileFor, configScopeFor, resolveConfig } from '../../hooks/resolve-config.js';
import { HOOKS } from '../../hooks/hook-table.js';
import { summarizeHistory } from '../../perf/history.js';
import { locateRepository } from '../../git/repository.js';
import { runLogPaths } from '../../perf/log-location.js';
import { readRunLog } from '../../perf/run-log.js';
import { PERF_REPORT_SCHEMA_VERSION, formatPerfReport, type PerfReport } from '../../report/perf-history.js';
import { PROVE_VERSION } from '../../version.js';
import type { CommandContext } from '../context.js';

/** Shows the history of each hook (or `--hook`), with a sparkline of the last `--last` runs. */
export async function run(ctx: CommandContext): Promise<ExitCode> {
  const historyLength = parsePositiveInt(ctx.options.last, 'last', 40);
  const hookFilter = typeof ctx.options.hook === 'string' ? parseHookName(ctx.options.hook) : undefined;
  const git = locateRepository(ctx.cwd, ctx.env);
  const commonDir = git?.commonDir;
  if (commonDir === undefined) {
    throw new GitError('not inside a git repository: the timing log lives in the git dir of a clone', {
      hint: 'Run `prove-hooks perf` inside the repository whose hooks you want to inspect.',
    });
  }
  // The baseline window the hooks judge by: the user's perf.window.
  const { config, notices } = await resolveConfig({ scope: configScopeFor(ctx.cwd, git), cacheFile: configCacheFileFor(git), version: PROVE_VERSION });
  for (const notice of notices) ctx.stderr.write(`${notice}\n`);
  const { log } = runLogPaths(commonDir);
  const read = readLogOrExplain(log);
  const records = hookFilter === undefined ? read.records : read.records.filter((record) => record.hook === hookFilter);
  const report: PerfReport = {
    schemaVersion: PERF_REPORT_SCHEMA_VERSION,
    log: { path: log, sizeBytes: read.sizeBytes, records: read.records.length, corrupt: read.corrupt, unknownVersion: read.unknownVersion },
    hooks: summarizeHistory(records, { window: config.perf.window, historyLength }),
  };
  ctx.stdout.write(ctx.options.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatPerfReport(report));
  return ExitCode.OK;
}

/** The whole timing log; one that cannot be read (a folder in its place, no permission) is a clear error, not a crash. */
function readLogOrExplain(log: string): ReturnType<typeof readRunLog> {
  try {
    return readRunLog(log);
  } catch (error) {
    throw new FileReadError(`cannot read the timing log ${log}: ${(error as Error).message}`, {
      cause: error,
      hint: `Remove it (\`rm -r ${log}\`): the hooks start a new timing history.`,
    });
  }
}

/** Every hook prove-hooks runs (the hook table: those init installs, and pre-receive, which runs on a server). */
const KNOWN_HOOKS: readonly string[] = Object.keys(HOOKS);

/** A hook name given to --hook; one that prove-hooks does not have is a usage error, not an empty history. */
function parseHookName(value: string): string {
  const hook = KNOWN_HOOKS.find((name) => name === value);
  if (hook !== undefined) return hook;
  const suggestion = suggestClosest(value, KNOWN_HOOKS);
  throw new ValidationError(`--hook '${value}' is not a prove-hooks hook${suggestion === undefined ? '' : `; did you mean '${suggestion}'?`}`, {
    hint: `Give one of ${KNOWN_HOOKS.join(', ')}, or leave --hook out for all of them.`,
  });
}

function parsePositiveInt(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new ValidationError(`--${name} must be a whole number of at least 1, got '${String(value)}'`, { hint: `e.g. --${name} 40` });
  }
  return number;
}

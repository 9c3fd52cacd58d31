// `prove-hooks check`: what CI checks where nobody can skip it. Every commit message of a range
// (the commit-msg rules and exemptions) and the range's flag references, one report, one exit code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FULL_SOURCES } from './full-sources.js';
import type { HookIo } from './run-hook.js';
import { detectCiRange, describeHistoryFix, parseCheckRange, type CiRange } from '../core/ci/ci-range.js';
import { hasBlockingViolation } from '../core/violation.js';
import { ExitCode, GitError, ValidationError } from '../errors.js';
import { listRangeCommits, resolveCommitId, type RangeGitOptions } from '../git/range-commits.js';
import { formatCheckReport } from '../report/check-report.js';
import { readFlagRuleBook } from '../core/flags/rule-book.js';
import type { FlagReport, FlagReportFormat } from '../report/flag-report.js';
import type { RejectedCommit } from '../report/push-report.js';
import { PROVE_VERSION } from '../version.js';
import { runFlagCheck } from './flag-check.js';
import { flagCheckInputOf, loadKnowledge, openFlagRun } from './flag-run.js';
import { LISTED_MESSAGE_LIMITS, checkListedMessages } from './listed-messages.js';

export interface CheckOptions {
  readonly format: FlagReportFormat;
  /** `base..head`; undefined: found from the CI environment. */
  readonly range?: string;
}

/** Exit 0 (all good), 1 (a message rejected or a blocking flag finding). Throws ProveErrors (2, 3, 4). */
export async function runCheck(io: HookIo, options: CheckOptions): Promise<ExitCode> {
  const found = options.range === undefined ? detectCiRange(io.env, readEvent(io.env)) : parseCheckRange(options.range);
  if (!found.ok) throw new ValidationError(`check: ${found.problem}`, { hint: found.hint });
  const range = found.range;
  const run = await openFlagRun(io, 'check', FULL_SOURCES);
  const git: RangeGitOptions = { runner: run.runner, cwd: run.repoRoot, env: io.env, commonDir: run.git.commonDir, messageLimits: LISTED_MESSAGE_LIMITS };
  const baseId = await resolveCommitId(range.base, git);
  const headId = await resolveCommitId(range.head, git);
  for (const [name, id] of [['base', baseId], ['head', headId]] as const) {
    if (id === undefined) {
      throw new GitError(`check: the ${name} commit ${range[name]} is not in this clone${isShallow(run.git.commonDir) ? ' (a shallow checkout)' : ''}`, { hint: describeHistoryFix(range) });
    }
  }
  const listed = await listRangeCommits(baseId!, headId!, git);
  if (listed.truncated || (listed.mergeBase === undefined && isShallow(run.git.commonDir))) {
    throw new GitError(`check: the history between ${range.base} and ${range.head} is cut off by a shallow checkout; checking only what is here could pass wrongly`, { hint: describeHistoryFix(range) });
  }
  const rejected = checkListedMessages(listed.commits, run.config.commitMsg);
  let flags: FlagReport | null = null;
  if (run.config.flags.enabled) {
    const loaded = await loadKnowledge(run, { commit: headId!, env: io.env });
    const outcome = await runFlagCheck({
      ...flagCheckInputOf(run, loaded, io.env),
      // From the merge base: the changes the range brings, not what base gained meanwhile.
      target: { kind: 'range', base: listed.mergeBase ?? baseId!, tip: headId! },
    });
    flags = outcome.report;
    if (outcome.contextNotice !== undefined) io.stderr.write(`${outcome.contextNotice}\n`);
  }
  const report = { range: { ...range, baseId: baseId!, headId: headId! } as CiRange & { baseId: string; headId: string }, commitCount: listed.commits.length, rejected, flags, helpUrl: run.config.commitMsg.helpUrl };
  io.stdout.write(formatCheckReport(report, options.format, { version: PROVE_VERSION, ruleBook: readFlagRuleBook() }));
  return rejected.length > 0 || (flags !== null && hasBlockingViolation(flags.findings)) ? ExitCode.VIOLATION : ExitCode.OK;
}

/** GitHub's event file (GITHUB_EVENT_PATH), parsed; undefined when there is none. Throws ValidationError when unreadable. */
function readEvent(env: NodeJS.ProcessEnv): unknown {
  const path = env.GITHUB_EVENT_PATH;
  if (env.GITHUB_ACTIONS !== 'true' || !path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ValidationError(`check: cannot read the GitHub event file ${path}: ${(error as Error).message}`, {
      hint: 'GitHub Actions sets GITHUB_EVENT_PATH; outside it give --range <base>..<head>.',
      cause: error,
    });
  }
}

/** A shallow clone keeps the ids of its cut-off commits in `shallow`. */
function isShallow(commonDir: string): boolean {
  return existsSync(join(commonDir, 'shallow'));
}

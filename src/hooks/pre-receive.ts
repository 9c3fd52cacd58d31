// The pre-receive hook of a server's (bare) repository: every commit a push brings, on every ref,
// has its message checked once, and each pushed tip's changes go through the flag check; the
// push is refused (any exit but 0) with text git relays to the pusher as `remote: ...`. Reads
// objects through git's quarantine (the environment git gives the hook is passed to every git
// run) and writes nothing into the repository but the timing log.
import { resolve } from 'node:path';
import { FULL_SOURCES } from './full-sources.js';
import { runHook, type HookIo, type HookOutcome } from './run-hook.js';
import { loadFlagKnowledge } from './flag-knowledge.js';
import { loadConfigFile } from '../config/load-config.js';
import type { ProveConfig } from '../config/schema.js';
import { applyBaseline, BASELINE_VERSION, parseBaseline, type FlagBaseline } from '../core/flags/baseline.js';
import { compareFindings, type FlagFinding } from '../core/flags/finding.js';
import { parseReceiveUpdates } from '../core/push/receive-updates.js';
import { hasBlockingViolation } from '../core/violation.js';
import { ConfigError, ExitCode, GitError, RegistryError, ValidationError } from '../errors.js';
import { resolvePushRanges, type PushRange } from '../git/push-range.js';
import { reachableCommitsOf } from '../core/push/reachable-commits.js';
import { locateRepository, type GitContext } from '../git/repository.js';
import { createGitRunner, type GitRunner } from '../git/run-git.js';
import { readCommitFile } from '../git/tree-files.js';
import type { FlagReport, FlagReportFormat } from '../report/flag-report.js';
import { formatIgnoredSkipNotice, formatPushNotes, formatRejectedCommits, type RejectedCommit } from '../report/push-report.js';
import { skipRequestedBy } from '../report/skip-notice.js';
import { PROVE_VERSION } from '../version.js';
import { LISTED_MESSAGE_LIMITS, checkListedMessages } from './listed-messages.js';
import { readConfigsAtCommits } from './config-at-commit.js';
import { readToday, writeFlagReport, type LoadedKnowledge } from './flag-run.js';
import { checkRangesForFlags, findRewordBases, readAll, recordRegistryCache } from './pre-push.js';
import { monotonicMs } from '../perf/clock.js';

export interface PreReceiveOptions {
  readonly format: FlagReportFormat;
  readonly timing: boolean;
  /**
   * A config file on the server (`--config`): it alone sets the rules, and a pushed config is
   * ignored. Without it each ref is judged by the config committed at its pushed tip.
   */
  readonly configFile?: string;
}

type GitOptions = { readonly cwd: string; readonly env: NodeJS.ProcessEnv };

/** Checks what a push brings; VIOLATION when a message is rejected or a flag finding is an error. */
export async function runPreReceive(given: HookIo, options: PreReceiveOptions): Promise<HookOutcome> {
  // The server's check skips for nobody: a push to a path or a file:// URL runs this hook with the
  // pusher's environment, so PROVE_SKIP or HUSKY=0 here may be the pusher's. Said, and dropped.
  const skipBy = skipRequestedBy(given.env);
  if (skipBy !== undefined) given.stderr.write(formatIgnoredSkipNotice(skipBy));
  const io: HookIo = skipBy === undefined ? given : { ...given, env: withoutSkipRequests(given.env) };
  const input = io.stdin.isTTY === true ? '' : await readAll(io.stdin);
  const parsed = parseReceiveUpdates(input);
  const measure = parsed.problems.length > 0 || parsed.updates.length > 0;
  return runHook('pre-receive', io, { timing: options.timing, measure }, async ({ recorder, settle }) => {
    if (parsed.problems.length > 0) {
      const first = parsed.problems[0]!;
      throw new ValidationError(`pre-receive: stdin line ${first.line} is not a ref update (${first.message}): ${JSON.stringify(first.text.slice(0, 200))}`, {
        hint: 'git runs this hook with `<old id> <new id> <ref>` lines on stdin; install it as the hooks/pre-receive of the receiving repository.',
      });
    }
    const located = locateRepository(io.cwd, io.env);
    if (located === null) {
      throw new GitError(`pre-receive must run in the receiving repository (${io.cwd} is not in one)`, { hint: 'git runs the hook there; to try it by hand, run it inside the bare repository.' });
    }
    settle({ gitCommonDir: located.commonDir });
    const server = options.configFile === undefined ? undefined : await recorder.time('config', () => loadConfigFile(resolve(io.cwd, options.configFile!)));
    if (server !== undefined) settle({ perf: server.config.perf });
    if (parsed.updates.every((update) => update.kind === 'delete')) return ExitCode.OK;
    const runner = createGitRunner();
    // Git runs the hook in the repository with GIT_DIR and the quarantine's object directories
    // set: every git run gets that environment unchanged, or it could not see the pushed objects.
    const git: GitOptions = { cwd: io.cwd, env: io.env };
    const plan = await recorder.time('git', () =>
      // Against every ref of the repository (their old values while the hook runs); a tag of a
      // blob is not scanned, as that would write a tree object into the repository.
      resolvePushRanges(parsed.updates, { runner, ...git, remoteName: '', commonDir: located.commonDir, existing: 'all-refs', writeObjects: false, messageLimits: LISTED_MESSAGE_LIMITS, reachableCommitsOf }),
    );
    io.stderr.write(formatPushNotes(plan.ranges.flatMap((range) => range.notes), 'pre-receive'));
    const ranges = plan.ranges.filter((range) => range.commits.length > 0 || range.base !== null);
    if (ranges.length === 0) return ExitCode.OK;
    const configs = server !== undefined ? new Map(ranges.map((range) => [range.tip, server.config])) : await recorder.time('config', () => readConfigsAtCommits(runner, ranges.map((range) => range.tip), git));
    const { rejected, helpUrl } = checkPushedMessages(ranges, configs);
    recorder.count('messages', new Set(ranges.flatMap((range) => range.commits.map((commit) => commit.id))).size);
    io.stderr.write(formatRejectedCommits(rejected, findRewordBases(ranges, rejected), helpUrl, 'server'));
    const flagged = ranges.filter((range) => range.base !== null && configs.get(range.tip)!.flags.enabled);
    let blockingFlags = false;
    if (flagged.length > 0) {
      const report = await recorder.time('scan', () => checkFlagsAtTips(flagged, configs, located, runner, git, recorder, noticeOnce(io)));
      recorder.time('report', () => writeFlagReport(io, report, options.format, io.stderr));
      blockingFlags = hasBlockingViolation(report.findings);
    }
    return rejected.length > 0 || blockingFlags ? ExitCode.VIOLATION : ExitCode.OK;
  });
}

/** Each pushed commit's message, once, by the rules of the first ref (in push order) that brings it. */
function checkPushedMessages(ranges: readonly PushRange[], configs: ReadonlyMap<string, ProveConfig>): { rejected: RejectedCommit[]; helpUrl: string | null } {
  const seen = new Set<string>();
  const rejected: RejectedCommit[] = [];
  let helpUrl: string | null = null;
  for (const range of ranges) {
    const fresh = range.commits.filter((commit) => !seen.has(commit.id));
    for (const commit of fresh) seen.add(commit.id);
    const rules = configs.get(range.tip)!.commitMsg;
    const found = checkListedMessages(fresh, rules);
    if (found.length > 0 && rejected.length === 0) helpUrl = rules.helpUrl;
    // One at a time (as below): a push may bring more rejected commits than a spread's arguments can hold.
    for (const message of found) rejected.push(message);
  }
  return { rejected, helpUrl };
}

/**
 * The flag check of every pushed tip, each by its config and by the registries and baseline
 * committed at it (nothing read from the server's disk but a `--config` file, nothing written).
 * Findings met through several tips are reported once.
 */
async function checkFlagsAtTips(
  ranges: readonly PushRange[],
  configs: ReadonlyMap<string, ProveConfig>,
  located: GitContext,
  runner: GitRunner,
  git: GitOptions,
  recorder: Parameters<typeof recordRegistryCache>[0],
  notice: (text: string) => void,
): Promise<FlagReport> {
  const findings = new Map<string, FlagFinding>();
  const suppressed: FlagReport['suppressed'][number][] = [];
  const baselined: FlagFinding[] = [];
  const today = readToday();
  const loads: LoadedKnowledge[] = [];
  for (const tip of new Set(ranges.map((range) => range.tip))) {
    const config = configs.get(tip)!;
    const knowledge = await loadKnowledgeAtTip(tip, config, located, runner, git);
    loads.push(knowledge);
    // The baseline is applied below, as committed at the tip: the check itself would read a file beside the repository.
    const run = { git: located, repoRoot: git.cwd, config: { ...config, flags: { ...config.flags, baseline: null } }, runner, sources: FULL_SOURCES };
    const tipRanges = ranges.filter((range) => range.tip === tip);
    // No state folder: no prefilter cache and no diff spool in the server's repository.
    const result = await checkRangesForFlags(tipRanges, run, new Map([[tip, knowledge]]), git.env, today, undefined);
    recorder.count('bytes', result.diffBytes);
    recorder.count('lines', result.lines);
    if (result.contextNotice !== undefined) notice(result.contextNotice);
    let kept = result.report.findings;
    if (config.flags.baseline !== null) {
      const applied = applyBaseline(kept, await readBaselineAtTip(tip, config.flags.baseline, runner, git));
      kept = applied.kept;
      for (const finding of applied.baselined) baselined.push(finding);
    }
    for (const finding of kept) findings.set(`${finding.rule}\u0000${finding.fingerprint}\u0000${finding.line ?? ''}`, finding);
    // One at a time: spreading 200,000 suppressed findings into push() overflowed the stack.
    for (const finding of result.report.suppressed) suppressed.push(finding);
  }
  recordRegistryCache(recorder, loads);
  return { findings: [...findings.values()].sort(compareFindings), suppressed, baselined };
}

/**
 * The registries as committed at `tip`, parsed every run (the registry cache is off: it would be
 * a file in the repository). A registry the commit lacks (or holds as a link or a folder) fails
 * closed, as a missing one does in a clone.
 */
async function loadKnowledgeAtTip(tip: string, config: ProveConfig, located: GitContext, runner: GitRunner, git: GitOptions): Promise<LoadedKnowledge> {
  const started = monotonicMs();
  const knowledge = await loadFlagKnowledge(
    { ...config.flags, cache: { ...config.flags.cache, ttlSeconds: 0 } },
    {
      repoRoot: git.cwd,
      gitCommonDir: located.commonDir,
      toolVersion: PROVE_VERSION,
      parseRegistry: FULL_SOURCES.parseRegistry,
      readFromGit: async (path) => {
        const text = await readCommitFile(runner, tip, path, git);
        if (text !== null) return text;
        throw new RegistryError(`the flag registry ${path} is not a file in the pushed commit ${tip.slice(0, 12)}`, {
          hint: `Commit the registry (flags.registries names ${path}), or turn the flag check off in the config (flags.enabled: false).`,
        });
      },
    },
  );
  return { knowledge, ms: monotonicMs() - started };
}

/** The baseline file as committed at `tip`; none there is an empty baseline. Throws ConfigError when it is invalid. */
async function readBaselineAtTip(tip: string, path: string, runner: GitRunner, git: GitOptions): Promise<FlagBaseline> {
  const text = await readCommitFile(runner, tip, path.replace(/^\.\//, ''), git);
  if (text === null) return { version: BASELINE_VERSION, entries: [] };
  const parsed = parseBaseline(text);
  if (!parsed.ok) {
    throw new ConfigError(`the flag baseline ${path} in the pushed commit ${tip.slice(0, 12)} is invalid: ${parsed.problem}`, {
      hint: 'Regenerate it with `prove-hooks scan --update-baseline` and push again.',
    });
  }
  return parsed.baseline;
}

/** Writes the first notice it is given to stderr (git relays it as `remote:`), and no other: one line per push. */
function noticeOnce(io: HookIo): (text: string) => void {
  let said = false;
  return (text) => {
    if (said) return;
    said = true;
    io.stderr.write(`${text}\n`);
  };
}

/** `env` without the variables that ask the hooks to skip (PROVE_SKIP, HUSKY). */
function withoutSkipRequests(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { PROVE_SKIP: _skip, HUSKY: _husky, ...rest } = env;
  return rest;
}

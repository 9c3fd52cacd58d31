// The pre-push hook: every pushed commit's message is checked against the convention, and each
// pushed range's changes go through the flag check; flags left without references are reported.
import { stateDirOf } from '../state-folder.js';
import { sha256Hex } from '../hash.js';
import { FULL_SOURCES } from './full-sources.js';
import { runHook, type HookIo, type HookOutcome } from './run-hook.js';
import type { FlagKnowledge } from './flag-knowledge.js';
import { compareFindings, type FlagFinding } from '../core/flags/finding.js';
import { evaluateExtinctFlags } from '../core/flags/rules.js';
import { parsePushUpdates } from '../core/push/push-updates.js';
import { hasBlockingViolation } from '../core/violation.js';
import { ExitCode, ValidationError } from '../errors.js';
import { findNamesAtCommit } from '../git/flag-presence.js';
import { resolvePushRanges, type PushedCommit, type PushRange } from '../git/push-range.js';
import { reachableCommitsOf } from '../core/push/reachable-commits.js';
import type { FlagReport, FlagReportFormat } from '../report/flag-report.js';
import { formatPushNotes, formatRejectedCommits, type RejectedCommit } from '../report/push-report.js';
import { runFlagCheck, type FlagCheckTimings } from './flag-check.js';
import { formatFlagTimings, loadKnowledge, openFlagRun, readToday, writeFlagReport, type FlagRunContext, type LoadedKnowledge } from './flag-run.js';
import { monotonicMs } from '../perf/clock.js';
import { LISTED_MESSAGE_LIMITS, checkListedMessages } from './listed-messages.js';
import type { RunRecorder } from '../perf/recorder.js';
import type { RecoveryEntry } from '../perf/run-record.js';

export interface PrePushOptions {
  /** The remote's name (or URL when pushing to one), git's first hook argument. */
  readonly remoteName: string;
  readonly format: FlagReportFormat;
  readonly timing: boolean;
}

/** Checks what is being pushed; VIOLATION when a message is rejected or a flag finding is an error. */
export async function runPrePush(io: HookIo, options: PrePushOptions): Promise<HookOutcome> {
  // git writes every ref line before it waits for us; read them all even when skipping.
  const input = io.stdin.isTTY === true ? '' : await readAll(io.stdin);
  const parsed = parsePushUpdates(input);
  // Up to date, or --dry-run: nothing is sent, nothing to measure.
  const measure = parsed.problems.length > 0 || parsed.updates.length > 0;
  return runHook('pre-push', io, { timing: options.timing, measure }, async ({ recorder, settle }) => {
    if (parsed.problems.length > 0) {
      const first = parsed.problems[0]!;
      throw new ValidationError(`pre-push: stdin line ${first.line} is not a ref update (${first.message}): ${JSON.stringify(first.text)}`, {
        hint: 'git runs this hook with `<local ref> <local id> <remote ref> <remote id>` lines on stdin; run it through git push.',
      });
    }
    if (parsed.updates.length === 0) return ExitCode.OK;
    const context = await recorder.time('config', () => openFlagRun(io, 'pre-push', FULL_SOURCES));
    settle({ gitCommonDir: context.git.commonDir, perf: context.config.perf });
    const plan = await recorder.time('git', () =>
      resolvePushRanges(parsed.updates, { runner: context.runner, cwd: context.repoRoot, env: io.env, remoteName: options.remoteName, commonDir: context.git.commonDir, messageLimits: LISTED_MESSAGE_LIMITS, reachableCommitsOf }),
    );
    io.stderr.write(formatPushNotes(plan.ranges.flatMap((range) => range.notes)));
    const today = readToday();
    const rejected = checkMessages(plan.ranges, context);
    recorder.count('messages', new Set(plan.ranges.flatMap((r) => r.commits.map((c) => c.id))).size);
    io.stderr.write(formatRejectedCommits(rejected, findRewordBases(plan.ranges, rejected), context.config.commitMsg.helpUrl));
    let blockingFlags = false;
    if (context.config.flags.enabled && plan.ranges.some((range) => range.base !== null)) {
      // Each range is judged by the registry as committed at its tip: a branch pushed while
      // another is checked out brings its own registry.
      const knowledgeByTip = await recorder.time('registry', () => loadKnowledgeAtTips(plan.ranges, context, io.env));
      recordRegistryCache(recorder, knowledgeByTip.values());
      const result = await recorder.time('scan', () => checkRangesForFlags(plan.ranges, context, knowledgeByTip, io.env, today, stateDirOf(context.git.commonDir)));
      recorder.count('bytes', result.diffBytes);
      recorder.count('lines', result.lines);
      for (const recovery of result.recoveries) recorder.recover(recovery);
      if (result.contextNotice !== undefined) io.stderr.write(`${result.contextNotice}\n`);
      recorder.time('report', () => writeFlagReport(io, result.report, options.format, io.stderr));
      if (options.timing) io.stderr.write(formatFlagTimings(result.timings, { diffBytes: result.diffBytes, lines: result.lines, candidateLines: result.candidateLines, kernel: result.kernel }));
      blockingFlags = hasBlockingViolation(result.report.findings);
    }
    return rejected.length > 0 || blockingFlags ? ExitCode.VIOLATION : ExitCode.OK;
  });
}

/** Every distinct pushed commit whose message the commit-msg rules (with exemptions) reject. */
function checkMessages(ranges: readonly PushRange[], run: FlagRunContext): RejectedCommit[] {
  const distinct = new Map<string, PushedCommit>();
  for (const commit of ranges.flatMap((range) => range.commits)) if (!distinct.has(commit.id)) distinct.set(commit.id, commit);
  return checkListedMessages([...distinct.values()], run.config.commitMsg);
}

/**
 * Where `git rebase -i` has to start to reword every rejected commit of each range: the parent of
 * its oldest rejected commit, or null for a root commit (`git rebase -i --root`). One per range, deduplicated.
 */
export function findRewordBases(ranges: readonly PushRange[], rejected: readonly RejectedCommit[]): (string | null)[] {
  const rejectedIds = new Set(rejected.map((commit) => commit.id));
  const bases = new Set<string | null>();
  for (const range of ranges) {
    // Commits are newest first: the last rejected one is the oldest.
    const oldest = range.commits.findLast((commit) => rejectedIds.has(commit.id));
    if (oldest !== undefined) bases.add(oldest.parents[0] ?? null);
  }
  return [...bases];
}

/** What {@link checkRangesForFlags} found over every range. */
export interface RangesFlagResult {
  readonly report: FlagReport;
  readonly timings: FlagCheckTimings;
  readonly diffBytes: number;
  readonly lines: number;
  readonly candidateLines: number;
  readonly kernel: string;
  readonly recoveries: readonly RecoveryEntry[];
  /** Set when a range was too large for the context (the first such range's notice). */
  readonly contextNotice?: string;
}

/**
 * The flag check over every range's diff, then the extinct rule at every pushed tip (pre-push,
 * and pre-receive on a server). `stateDir`: where the compiled prefilter is kept and the diff
 * spooled; undefined writes nothing (a server's bare repository).
 */
export async function checkRangesForFlags(
  ranges: readonly PushRange[],
  run: FlagRunContext,
  knowledgeByTip: ReadonlyMap<string, LoadedKnowledge>,
  env: NodeJS.ProcessEnv,
  today: string,
  stateDir: string | undefined,
): Promise<RangesFlagResult> {
  const findings = new Map<string, FlagFinding>();
  const suppressed: FlagReport['suppressed'][number][] = [];
  const baselined: FlagFinding[] = [];
  const timings: FlagCheckTimings = { diffMs: 0, prefilterMs: 0, regexMs: 0, registryMs: [...knowledgeByTip.values()].reduce((sum, loaded) => sum + loaded.ms, 0) };
  let diffBytes = 0;
  let lines = 0;
  let candidateLines = 0;
  let kernel = 'js';
  const recoveries: RecoveryEntry[] = [];
  let contextNotice: string | undefined;
  const add = (finding: FlagFinding): void => {
    findings.set(`${finding.rule}\u0000${finding.fingerprint}\u0000${finding.line ?? ''}`, finding);
  };
  // Refs pushed at the same commit from the same base (a branch and its tags, a release's many
  // tags) have the same diff: scanned once, their findings would only repeat.
  const scanned = new Set<string>();
  for (const range of ranges) {
    if (range.base === null || scanned.has(`${range.base} ${range.tip}`)) continue;
    scanned.add(`${range.base} ${range.tip}`);
    const knowledge = knowledgeByTip.get(range.tip)!.knowledge;
    const outcome = await runFlagCheck({
      target: { kind: 'range', base: range.base, tip: range.tip },
      flags: run.config.flags,
      knowledge,
      ...(stateDir === undefined ? {} : { stateDir }),
      repoRoot: run.repoRoot,
      env,
      today,
      now: monotonicMs,
    });
    outcome.report.findings.forEach(add);
    // One at a time: a range's suppressed findings are as many as a committer writes, and
    // spreading 200,000 of them into push() overflowed the stack.
    for (const finding of outcome.report.suppressed) suppressed.push(finding);
    for (const finding of outcome.report.baselined) baselined.push(finding);
    for (const key of Object.keys(timings) as (keyof FlagCheckTimings)[]) timings[key] += outcome.timings[key];
    diffBytes += outcome.diffBytes;
    lines += outcome.stats.lines;
    candidateLines += outcome.stats.candidateLines;
    kernel = outcome.kernel;
    for (const recovery of outcome.recoveries) recoveries.push(recovery);
    contextNotice ??= outcome.contextNotice;
    if (outcome.removedFlags.size > 0) {
      const started = monotonicMs();
      for (const finding of await findExtinctFlags(range.tip, outcome.removedFlags, run, knowledge, env)) add(finding);
      timings.registryMs += monotonicMs() - started;
    }
  }
  return { report: { findings: [...findings.values()].sort(compareFindings), suppressed, baselined }, timings, diffBytes, lines, candidateLines, kernel, recoveries, ...(contextNotice === undefined ? {} : { contextNotice }) };
}

/** Removed flags that no file at `tip` names any more (key or alias), per registry scope. */
async function findExtinctFlags(tip: string, removed: ReadonlySet<string>, run: FlagRunContext, knowledge: FlagKnowledge, env: NodeJS.ProcessEnv): Promise<FlagFinding[]> {
  const registryPaths = knowledge.registries.registries.map((scoped) => scoped.path);
  const findings: FlagFinding[] = [];
  for (const scoped of knowledge.registries.registries) {
    const mine = [...removed].filter((flag) => scoped.index.get(flag) !== undefined);
    if (mine.length === 0) continue;
    const namesOf = (flag: string): string[] => [flag, ...(scoped.index.get(flag)?.aliases ?? [])];
    const names = mine.flatMap(namesOf);
    const where = { runner: run.runner, cwd: run.repoRoot, env, ...(scoped.scope === '' ? {} : { within: scoped.scope }) };
    const found = await findNamesAtCommit(tip, names, registryPaths, where);
    // Only when a name seems gone: the files git grep skips as binary may still name it.
    const missing = names.filter((name) => !found.has(name));
    if (missing.length > 0) {
      const { findNamesInGrepSkippedFiles } = await import('./grep-skipped-names.js');
      for (const name of await findNamesInGrepSkippedFiles(tip, missing, registryPaths, where)) found.add(name);
    }
    findings.push(...evaluateExtinctFlags(mine, (flag) => namesOf(flag).some((name) => found.has(name)), scoped.index, run.config.flags.severity, sha256Hex));
  }
  return findings;
}

/** The knowledge at every distinct tip of a range with changes to scan (one load per tip, in turn: they share the registry cache file). */
async function loadKnowledgeAtTips(ranges: readonly PushRange[], run: FlagRunContext, env: NodeJS.ProcessEnv): Promise<Map<string, LoadedKnowledge>> {
  const byTip = new Map<string, LoadedKnowledge>();
  for (const range of ranges) {
    if (range.base === null || byTip.has(range.tip)) continue;
    byTip.set(range.tip, await loadKnowledge(run, { commit: range.tip, env }));
  }
  return byTip;
}

/**
 * The registry cache's counters summed over the tips' loads (each load opens the cache file
 * anew), and one recovery per damaged, foreign or stale file rebuilt, as pre-commit records them.
 */
export function recordRegistryCache(recorder: RunRecorder, loads: Iterable<LoadedKnowledge>): void {
  let hits = 0;
  let misses = 0;
  let rebuilds = 0;
  for (const { knowledge } of loads) {
    hits += knowledge.cacheStats.hits;
    misses += knowledge.cacheStats.misses;
    rebuilds += knowledge.cacheStats.rebuilds;
  }
  recorder.cache('registry', { hits, misses });
  for (let n = 0; n < rebuilds; n++) recorder.recover({ kind: 'cache', recovery: 'rebuild', what: 'registry-cache' });
}

/** A hook's whole standard input as UTF-8 (git writes every line before it waits for the hook). */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

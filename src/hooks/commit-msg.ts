// The commit-msg hook (and git am's applypatch-msg) and `check-msg`: collect the message, git's
// cleanup settings and the config, run the core check, keep a rejected commit's message, report.
// The full CLI and the message fast path run this same code, with their own sources
// (src/hooks/hook-sources.ts): the fast path's cache-only sources answer `needs-full-cli` on a miss.
import { resolve } from 'node:path';
import { saveRejectedMessage } from '../cache/rejected-messages.js';
import { configCacheFileFor, configScopeFor } from '../config/config-places.js';
import { compileBranchPattern } from '../config/linear-regexp.js';
import { isNeedsFullCli, type NeedsFullCli } from '../config/needs-full-cli.js';
import type { ResolvedConfig } from './resolve-config.js';
import { AUTO_COMMENT_CANDIDATES, cleanMessageAs, editorUsedBy, hookCleanupMode } from '../core/commit-message/clean.js';
import { checkCommitMessage, type CleanupMode, type MessageCheckResult } from '../core/commit-message/index.js';
import { parseBranchTask } from '../core/commit-message/template.js';
import { readHeadFile } from '../git/current-branch.js';
import { ExitCode, FileReadError } from '../errors.js';
import { locateRepository, locateRepositoryOfMessageFile, type GitContext } from '../git/repository.js';
import type { ResolvedMessageSettings } from './resolve-message-settings.js';
import type { HookSources } from './hook-sources.js';
import { runHook, type HookIo, type HookOutcome } from './run-hook.js';
import { readMessageFileBytes } from './message-input.js';
import type { PhaseName, RunPath } from '../perf/run-record.js';
import type { RunRecorder } from '../perf/recorder.js';
import { formatMessageReport, toMessageReportJson, type SavedMessageReport } from '../report/message-report.js';
import { PROVE_VERSION } from '../version.js';

/** The edges a message check needs, injected so tests and other callers can supply their own. */
export interface MessageCheckIo<Miss extends NeedsFullCli = never> {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Where the config and git's settings come from: the full CLI's loaders or the fast path's caches. */
  readonly sources: HookSources<Miss>;
  /** Wall clock: names saved messages. */
  readonly now: () => Date;
  /** Process id, part of a saved message's file name. */
  readonly pid: number;
  /** The hook run's timing recorder (src/perf), when the run is measured. */
  readonly recorder?: RunRecorder;
  /** The repository, when the caller located it already (MessageHookOptions.repository). */
  readonly repository?: GitContext | null;
}

export interface MessageReportChoice {
  readonly json: boolean;
  /** Asked only when there is something to print (deciding reads the stream, which creates it). */
  readonly color: () => boolean;
}

/**
 * The real edges for a command: streams read lazily (creating one costs startup time), the given
 * sources, the real clock; `recorder` when the run is measured.
 */
export function messageCheckIoFor<Miss extends NeedsFullCli>(ctx: HookIo, sources: HookSources<Miss>, recorder?: RunRecorder, repository?: GitContext | null): MessageCheckIo<Miss> {
  return {
    cwd: ctx.cwd,
    env: ctx.env,
    get stdout() {
      return ctx.stdout;
    },
    get stderr() {
      return ctx.stderr;
    },
    sources,
    now: () => new Date(),
    pid: process.pid,
    ...(recorder === undefined ? {} : { recorder }),
    ...(repository === undefined ? {} : { repository }),
  };
}

/** The hooks git gives a message file: commit-msg (git commit) and applypatch-msg (git am). */
export type MessageHookName = 'commit-msg' | 'applypatch-msg';

/** What a check found, for callers that want more than the exit code. */
export interface MessageCheckOutcome {
  readonly exitCode: ExitCode;
  readonly result: MessageCheckResult;
  readonly config: ResolvedConfig;
  readonly saved: SavedMessageReport | undefined;
  /** The repository the message was checked in, or null outside one. */
  readonly git: GitContext | null;
}

export interface MessageHookOptions {
  readonly json: boolean;
  /** `--timing`: the full breakdown instead of the delta line. */
  readonly timing: boolean;
  /** Which code runs the hook, for the timing record (the fast path or the full CLI). */
  readonly path: RunPath;
  /**
   * The repository when the caller has located it already, exactly as the hook would (the
   * launcher does, for its code cache): the hook then does not look again. Null outside one.
   */
  readonly repository?: GitContext | null;
}

/**
 * A message hook run in the one hook frame (src/hooks/run-hook.ts): check the file git passes,
 * report, record. The full CLI's `commit-msg` and `applypatch-msg` and the message fast path
 * run exactly this; with cache-only sources a miss ends as `needs-full-cli` before anything
 * is printed or recorded.
 */
export function runMessageHook<Miss extends NeedsFullCli>(io: HookIo, messageFile: string, hook: MessageHookName, options: MessageHookOptions, sources: HookSources<Miss>, color: () => boolean): Promise<HookOutcome> {
  return runHook(hook, io, { timing: options.timing, path: options.path }, async (hookRun) => {
    const checked = await runCommitMsgHook(messageFile, messageCheckIoFor(io, sources, hookRun.recorder, options.repository), { json: options.json, color }, hook);
    if (isNeedsFullCli(checked)) return checked;
    hookRun.settle({
      ...(checked.git === null ? {} : { gitCommonDir: checked.git.commonDir }),
      perf: checked.config.config.perf,
      reportOnStdout: !options.json && (checked.result.status === 'rejected' || checked.result.violations.length > 0),
    });
    return checked.exitCode;
  });
}

/**
 * The commit-msg hook: checks the message file git passes (`.git/COMMIT_EDITMSG`), and on
 * rejection saves the message in the git dir and prints the retry command. Exit 1 on rejection.
 * As `applypatch-msg` (git am: `.git/rebase-apply/final-commit`) the message is checked as git am
 * stores it (whitespace cleaned, `#` lines kept) and the retry goes through git am.
 * Throws FileReadError, ConfigError or GitError when it cannot check; resolves the sources'
 * `Miss` (having printed nothing) when they cannot supply the config or git's settings.
 */
export async function runCommitMsgHook<Miss extends NeedsFullCli>(messageFile: string, io: MessageCheckIo<Miss>, report: MessageReportChoice, hook: MessageHookName = 'commit-msg'): Promise<MessageCheckOutcome | Miss> {
  const git = io.repository !== undefined ? io.repository : locateRepositoryOfMessageFile(messageFile, io.cwd, io.env);
  const path = resolve(io.cwd, messageFile);
  // Start on git's settings first: when they are not cached, the git process they need runs
  // while the file and the config are read.
  const settings = settle(io.sources.resolveMessageSettings({ cwd: io.cwd, env: io.env, git }));
  const bytes = readMessageFile(path);
  // UTF-8 is the default; naming it costs node's encoding lookup, compiled on every commit for this call alone.
  return checkAndReport(bytes.toString(), git, settings, io, { ...report, hook }, bytes);
}

/**
 * `check-msg`: checks a message given as text. Never saves anything. Exit 1 on rejection.
 * Resolves the sources' `Miss` (having printed nothing) when they cannot supply what it needs.
 */
export async function runCheckMsg<Miss extends NeedsFullCli>(raw: string, io: MessageCheckIo<Miss>, report: MessageReportChoice): Promise<MessageCheckOutcome | Miss> {
  const git = io.repository !== undefined ? io.repository : locateRepository(io.cwd, io.env);
  const settings = settle(io.sources.resolveMessageSettings({ cwd: io.cwd, env: io.env, git }));
  return checkAndReport(raw, git, settings, io, { ...report, hook: undefined });
}

async function checkAndReport<Miss extends NeedsFullCli>(
  raw: string,
  git: GitContext | null,
  pendingSettings: Promise<Settled<ResolvedMessageSettings | Miss>>,
  io: MessageCheckIo<Miss>,
  report: MessageReportChoice & { readonly hook: MessageHookName | undefined },
  rawBytes?: Buffer,
): Promise<MessageCheckOutcome | Miss> {
  const time = <T>(phase: PhaseName, fn: () => T): T => (io.recorder === undefined ? fn() : io.recorder.time(phase, fn));
  const config = await time('config', () => io.sources.resolveConfig({ scope: configScopeFor(io.cwd, git), cacheFile: configCacheFileFor(git), version: PROVE_VERSION }));
  if (isNeedsFullCli(config)) return config;
  io.recorder?.cache('config', { hits: config.cache === 'hit' ? 1 : 0, misses: config.cache === 'miss' ? 1 : 0 });
  const resolved = unwrap(await time('git', () => pendingSettings));
  if (isNeedsFullCli(resolved)) return resolved;
  const { settings, notices } = resolved;
  for (const notice of [...config.notices, ...notices]) {
    io.stderr.write(`${notice.message}\n`);
    io.recorder?.recover(notice);
  }
  io.recorder?.count('messages');
  const cleanup = cleanupFor(report.hook, settings.cleanup, io.env);
  // The hook checks the message as git will store it; check-msg, given a message, as edited.
  const check = (branch: { branchTaskId?: string }) => checkCommitMessage(raw, config.config.commitMsg, { commentChar: settings.commentChar, cleanup, ...branch });
  let result = time('scan', () => check({}));
  if (result.status === 'rejected') {
    // The branch's task id only goes into a rejection's corrected example: the HEAD file is read
    // and the branch parsed for a rejection, not on every commit that passes.
    const branch = branchTaskOf(git, config);
    if (branch.branchTaskId !== undefined) result = time('scan', () => check(branch));
  }
  const stopReport = io.recorder?.phase('report');
  const saved = report.hook !== undefined && result.status === 'rejected' ? keepRejected(savedBytes(result.cleaned, raw, rawBytes, settings.commentChar, cleanup), git, io) : undefined;
  // A hook that passes without warnings says nothing: no stream is even opened.
  const silent = report.hook !== undefined && !report.json && result.status !== 'rejected' && result.violations.length === 0;
  if (!silent) {
    const retry = report.hook === 'applypatch-msg' ? ('am' as const) : ('commit' as const);
    const options = { color: !report.json && report.color(), quietWhenAccepted: report.hook !== undefined, configFile: config.filePath, helpUrl: config.config.commitMsg.helpUrl, retry, ...(saved === undefined ? {} : { saved }) };
    io.stdout.write(report.json ? `${JSON.stringify(toMessageReportJson(result, options), null, 2)}\n` : formatMessageReport(result, options));
  }
  stopReport?.();
  return { exitCode: result.status === 'rejected' ? ExitCode.VIOLATION : ExitCode.OK, result, config, saved, git };
}

/**
 * How git will clean the message: commit-msg as `git commit` does (by commit.cleanup and whether
 * an editor ran); applypatch-msg as git am does (it strips whitespace, keeps `#` lines, and
 * commits the file as the hook leaves it); check-msg as an edited message.
 */
function cleanupFor(hook: MessageHookName | undefined, configured: ResolvedMessageSettings['settings']['cleanup'], env: NodeJS.ProcessEnv): CleanupMode {
  if (hook === 'applypatch-msg') return 'whitespace';
  if (hook === 'commit-msg') return hookCleanupMode(configured, editorUsedBy(env));
  return configured ?? 'strip';
}

/**
 * The task id the branch name holds, for the corrected example of a rejection (the example
 * shows placeholders otherwise, never a made-up id). Read from the HEAD file: no git process.
 */
function branchTaskOf(git: GitContext | null, config: ResolvedConfig): { branchTaskId?: string } {
  if (git === null) return {};
  const head = readHeadFile(git.gitDir);
  if (head.kind !== 'branch') return {};
  const task = parseBranchTask(head.name, config.config.commitMsg, config.config.prepareCommitMsg, compileBranchPattern);
  return task === undefined ? {} : { branchTaskId: task.taskId };
}

/**
 * Saves what git would have committed (comments and the `-v` diff removed), which is what
 * `git commit --edit --file=<saved>` needs: the raw file's diff below the scissors line would
 * otherwise end up in the retried message. Nothing to keep for an empty message.
 */
function keepRejected(message: { readonly text: string; readonly bytes: Buffer }, git: GitContext | null, io: MessageCheckIo<NeedsFullCli>): SavedMessageReport | undefined {
  const cleaned = message.text;
  if (cleaned.trim() === '') return undefined;
  if (git === null) return { status: 'not-saved', reason: 'not in a git repository', message: cleaned };
  try {
    const saved = saveRejectedMessage(git.gitDir, message.bytes, io.now(), io.pid);
    if (saved.pruneProblem !== undefined) io.stderr.write(`prove-hooks: ${saved.pruneProblem}\n`);
    // A line git would strip as a comment on `--edit` needs a retry that keeps it.
    return { status: 'saved', path: saved.path, lastPath: saved.lastPath, keepCommentLines: hasCommentLikeLine(cleaned) };
  } catch (error) {
    // Recovered on purpose: the report then prints the message itself, so it is still not lost.
    return { status: 'not-saved', reason: (error as Error).message, message: cleaned };
  }
}

/**
 * The cleaned message as bytes to save: the UTF-8 of the text when the file was UTF-8; otherwise
 * (Latin-1, any other encoding) the same cleanup done on the file's own bytes, so the saved file
 * holds what the user wrote, not U+FFFD replacement characters.
 */
function savedBytes(cleaned: string, raw: string, rawBytes: Buffer | undefined, commentChar: string | undefined, cleanup: CleanupMode): { text: string; bytes: Buffer } {
  const utf8 = Buffer.from(cleaned, 'utf8');
  if (rawBytes === undefined || !raw.includes('\uFFFD') || Buffer.from(raw, 'utf8').equals(rawBytes)) return { text: cleaned, bytes: utf8 };
  // latin1 maps each byte to one character and back: cleaning it touches only ASCII, so the other bytes come back unchanged.
  return { text: cleaned, bytes: Buffer.from(cleanMessageAs(rawBytes.toString('latin1'), commentChar, cleanup), 'latin1') };
}

/** A line that starts with `#` or another character git may take for the comment char (`auto` picks among them). */
function hasCommentLikeLine(text: string): boolean {
  return text.split('\n').some((line) => line !== '' && AUTO_COMMENT_CANDIDATES.includes(line[0]!));
}

function readMessageFile(path: string): Buffer {
  return readMessageFileBytes(
    path,
    (code) =>
      new FileReadError(`cannot read the commit message file ${path}: ${code}`, {
        hint: 'git passes this file to the commit-msg hook; to check a message by hand use `prove-hooks check-msg`.',
      }),
  );
}

type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** Holds a promise's outcome so a rejection that arrives while we fail for another reason is not unhandled. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

function unwrap<T>(settled: Settled<T>): T {
  if (settled.ok) return settled.value;
  throw settled.error;
}

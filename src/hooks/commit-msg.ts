// The commit-msg hook and `check-msg`: collect the message, git's cleanup settings and the
// config, run the core check, keep a rejected commit's message, report.
import { resolve } from 'node:path';
import { saveRejectedMessage } from '../cache/rejected-messages.js';
import { configCacheFileFor, configScopeFor, resolveConfig, type ResolvedConfig } from '../config/resolve-config.js';
import { formatLocalDate } from '../core/local-date.js';
import { AUTO_COMMENT_CANDIDATES, cleanMessageAs, editorUsedBy, hookCleanupMode } from '../core/commit-message/clean.js';
import { checkCommitMessage, type CleanupMode, type MessageCheckResult } from '../core/commit-message/index.js';
import { ExitCode, FileReadError } from '../errors.js';
import { locateRepository, locateRepositoryOfMessageFile, type GitContext } from '../git/repository.js';
import { resolveMessageSettings, type ResolvedMessageSettings } from '../git/resolve-message-settings.js';
import { createGitRunner, type GitRunner } from '../git/run-git.js';
import type { HookIo } from './run-hook.js';
import { readMessageFileBytes } from './message-input.js';
import type { PhaseName } from '../perf/run-record.js';
import type { RunRecorder } from '../perf/recorder.js';
import { formatMessageReport, toMessageReportJson, type SavedMessageReport } from '../report/message-report.js';
import { PROVE_VERSION } from '../version.js';

/** The edges a message check needs, injected so tests and other callers can supply their own. */
export interface MessageCheckIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly git: GitRunner;
  /** Wall clock: names saved messages and dates the example's task id. */
  readonly now: () => Date;
  /** Process id, part of a saved message's file name. */
  readonly pid: number;
  /** The hook run's timing recorder (src/perf), when the run is measured. */
  readonly recorder?: RunRecorder;
}

export interface MessageReportChoice {
  readonly json: boolean;
  /** Asked only when there is something to print (deciding reads the stream, which creates it). */
  readonly color: () => boolean;
}

/**
 * The real edges for a command: streams read lazily (creating one costs startup time), git
 * through the real runner, the real clock; `recorder` when the run is measured.
 */
export function messageCheckIoFor(ctx: HookIo, recorder?: RunRecorder): MessageCheckIo {
  return {
    cwd: ctx.cwd,
    env: ctx.env,
    get stdout() {
      return ctx.stdout;
    },
    get stderr() {
      return ctx.stderr;
    },
    git: createGitRunner(),
    now: () => new Date(),
    pid: process.pid,
    ...(recorder === undefined ? {} : { recorder }),
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

/**
 * The commit-msg hook: checks the message file git passes (`.git/COMMIT_EDITMSG`), and on
 * rejection saves the message in the git dir and prints the retry command. Exit 1 on rejection.
 * As `applypatch-msg` (git am: `.git/rebase-apply/final-commit`) the message is checked as git am
 * stores it (whitespace cleaned, `#` lines kept) and the retry goes through git am.
 * Throws FileReadError, ConfigError or GitError when it cannot check.
 */
export async function runCommitMsgHook(messageFile: string, io: MessageCheckIo, report: MessageReportChoice, hook: MessageHookName = 'commit-msg'): Promise<MessageCheckOutcome> {
  const git = locateRepositoryOfMessageFile(messageFile, io.cwd, io.env);
  const path = resolve(io.cwd, messageFile);
  // Start on git's settings first: when they are not cached, the git process they need runs
  // while the file and the config are read.
  const settings = settle(resolveMessageSettings(io.git, { ...io, git, version: PROVE_VERSION, now: () => io.now().getTime() }));
  const bytes = readMessageFile(path);
  return checkAndReport(bytes.toString('utf8'), git, settings, io, { ...report, hook }, bytes);
}

/** `check-msg`: checks a message given as text. Never saves anything. Exit 1 on rejection. */
export async function runCheckMsg(raw: string, io: MessageCheckIo, report: MessageReportChoice): Promise<MessageCheckOutcome> {
  const git = locateRepository(io.cwd, io.env);
  const settings = settle(resolveMessageSettings(io.git, { ...io, git, version: PROVE_VERSION, now: () => io.now().getTime() }));
  return checkAndReport(raw, git, settings, io, { ...report, hook: undefined });
}

async function checkAndReport(
  raw: string,
  git: GitContext | null,
  pendingSettings: Promise<Settled<ResolvedMessageSettings>>,
  io: MessageCheckIo,
  report: MessageReportChoice & { readonly hook: MessageHookName | undefined },
  rawBytes?: Buffer,
): Promise<MessageCheckOutcome> {
  const time = <T>(phase: PhaseName, fn: () => T): T => (io.recorder === undefined ? fn() : io.recorder.time(phase, fn));
  const config = await time('config', () => resolveConfig({ scope: configScopeFor(io.cwd, git), cacheFile: configCacheFileFor(git), version: PROVE_VERSION }));
  io.recorder?.cache('config', { hits: config.cache === 'hit' ? 1 : 0, misses: config.cache === 'miss' ? 1 : 0 });
  const { settings, notices } = unwrap(await time('git', () => pendingSettings));
  for (const notice of [...config.notices, ...notices]) io.stderr.write(`${notice}\n`);
  io.recorder?.count('messages');
  const cleanup = cleanupFor(report.hook, settings.cleanup, io.env);
  const result = time('scan', () => checkCommitMessage(raw, config.config.commitMsg, {
    commentChar: settings.commentChar,
    // The hook checks the message as git will store it; check-msg, given a message, as edited.
    cleanup,
    today: formatLocalDate(io.now()),
  }));
  const stopReport = io.recorder?.phase('report');
  const saved = report.hook !== undefined && result.status === 'rejected' ? keepRejected(savedBytes(result.cleaned, raw, rawBytes, settings.commentChar, cleanup), git, io) : undefined;
  // A hook that passes without warnings says nothing: no stream is even opened.
  const silent = report.hook !== undefined && !report.json && result.status !== 'rejected' && result.violations.length === 0;
  if (!silent) {
    const retry = report.hook === 'applypatch-msg' ? ('am' as const) : ('commit' as const);
    const options = { color: !report.json && report.color(), quietWhenAccepted: report.hook !== undefined, configFile: config.filePath, retry, ...(saved === undefined ? {} : { saved }) };
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
 * Saves what git would have committed (comments and the `-v` diff removed), which is what
 * `git commit --edit --file=<saved>` needs: the raw file's diff below the scissors line would
 * otherwise end up in the retried message. Nothing to keep for an empty message.
 */
function keepRejected(message: { readonly text: string; readonly bytes: Buffer }, git: GitContext | null, io: MessageCheckIo): SavedMessageReport | undefined {
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

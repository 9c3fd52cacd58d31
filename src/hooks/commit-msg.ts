// The commit-msg hook and `check-msg`: collect the message, git's cleanup settings and the
// config, run the core check, keep a rejected commit's message, report.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { saveRejectedMessage } from '../cache/rejected-messages.js';
import { configCacheFileFor, configScopeFor, resolveConfig, type ResolvedConfig } from '../config/resolve-config.js';
import { formatLocalDate } from '../core/local-date.js';
import { editorUsedBy, hookCleanupMode } from '../core/commit-message/clean.js';
import { checkCommitMessage, type MessageCheckResult } from '../core/commit-message/index.js';
import { ExitCode, FileReadError } from '../errors.js';
import { findGitContext, findGitContextOfMessageFile, type GitContext } from '../git/git-context.js';
import { resolveMessageSettings, type ResolvedMessageSettings } from '../git/resolve-message-settings.js';
import { createGitRunner, type GitRunner } from '../git/run-git.js';
import type { CommandIo } from '../cli/context.js';
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
export function messageCheckIoFor(ctx: CommandIo, recorder?: RunRecorder): MessageCheckIo {
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

/** What a check found, for callers that want more than the exit code. */
export interface MessageCheckOutcome {
  readonly exitCode: ExitCode;
  readonly result: MessageCheckResult;
  readonly config: ResolvedConfig;
  readonly saved: SavedMessageReport | undefined;
}

/**
 * The commit-msg hook: checks the message file git passes (`.git/COMMIT_EDITMSG`), and on
 * rejection saves the message in the git dir and prints the retry command. Exit 1 on rejection.
 * Throws FileReadError, ConfigError or GitError when it cannot check.
 */
export async function runCommitMsgHook(messageFile: string, io: MessageCheckIo, report: MessageReportChoice): Promise<MessageCheckOutcome> {
  const git = findGitContextOfMessageFile(messageFile, io.cwd, io.env);
  const path = resolve(io.cwd, messageFile);
  // Start on git's settings first: when they are not cached, the git process they need runs
  // while the file and the config are read.
  const settings = settle(resolveMessageSettings(io.git, { ...io, git, version: PROVE_VERSION, now: () => io.now().getTime() }));
  const raw = readMessageFile(path);
  return checkAndReport(raw, git, settings, io, { ...report, hook: true });
}

/** `check-msg`: checks a message given as text. Never saves anything. Exit 1 on rejection. */
export async function runCheckMsg(raw: string, io: MessageCheckIo, report: MessageReportChoice): Promise<MessageCheckOutcome> {
  const git = findGitContext(io.cwd, io.env);
  const settings = settle(resolveMessageSettings(io.git, { ...io, git, version: PROVE_VERSION, now: () => io.now().getTime() }));
  return checkAndReport(raw, git, settings, io, { ...report, hook: false });
}

async function checkAndReport(
  raw: string,
  git: GitContext | null,
  pendingSettings: Promise<Settled<ResolvedMessageSettings>>,
  io: MessageCheckIo,
  report: MessageReportChoice & { readonly hook: boolean },
): Promise<MessageCheckOutcome> {
  const time = <T>(phase: PhaseName, fn: () => T): T => (io.recorder === undefined ? fn() : io.recorder.time(phase, fn));
  const config = await time('config', () => resolveConfig({ scope: configScopeFor(io.cwd, git), cacheFile: configCacheFileFor(git), version: PROVE_VERSION }));
  io.recorder?.cache('config', { hits: config.cache === 'hit' ? 1 : 0, misses: config.cache === 'miss' ? 1 : 0 });
  const { settings, notices } = unwrap(await time('git', () => pendingSettings));
  for (const notice of [...config.notices, ...notices]) {
    io.stderr.write(`${notice.message}\n`);
    io.recorder?.recover(notice);
  }
  io.recorder?.count('messages');
  const result = time('scan', () => checkCommitMessage(raw, config.config.commitMsg, {
    commentChar: settings.commentChar,
    // The hook checks the message as git will store it; check-msg, given a message, as edited.
    ...(report.hook ? { cleanup: hookCleanupMode(settings.cleanup, editorUsedBy(io.env)) } : settings.cleanup === undefined ? {} : { cleanup: settings.cleanup }),
    today: formatLocalDate(io.now()),
  }));
  const stopReport = io.recorder?.phase('report');
  const saved = report.hook && result.status === 'rejected' ? keepRejected(result.cleaned, git, io) : undefined;
  // A hook that passes without warnings says nothing: no stream is even opened.
  const silent = report.hook && !report.json && result.status !== 'rejected' && result.violations.length === 0;
  if (!silent) {
    const options = { color: !report.json && report.color(), quietWhenAccepted: report.hook, configFile: config.filePath, ...(saved === undefined ? {} : { saved }) };
    io.stdout.write(report.json ? `${JSON.stringify(toMessageReportJson(result, options), null, 2)}\n` : formatMessageReport(result, options));
  }
  stopReport?.();
  return { exitCode: result.status === 'rejected' ? ExitCode.VIOLATION : ExitCode.OK, result, config, saved };
}

/**
 * Saves what git would have committed (comments and the `-v` diff removed), which is what
 * `git commit --edit --file=<saved>` needs: the raw file's diff below the scissors line would
 * otherwise end up in the retried message. Nothing to keep for an empty message.
 */
function keepRejected(cleaned: string, git: GitContext | null, io: MessageCheckIo): SavedMessageReport | undefined {
  if (cleaned.trim() === '') return undefined;
  if (git === null) return { status: 'not-saved', reason: 'not in a git repository', message: cleaned };
  try {
    const saved = saveRejectedMessage(git.gitDir, cleaned, io.now(), io.pid);
    if (saved.pruneProblem !== undefined) io.stderr.write(`prove-hooks: ${saved.pruneProblem}\n`);
    return { status: 'saved', path: saved.path, lastPath: saved.lastPath };
  } catch (error) {
    // Recovered on purpose: the report then prints the message itself, so it is still not lost.
    return { status: 'not-saved', reason: (error as Error).message, message: cleaned };
  }
}

function readMessageFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new FileReadError(`cannot read the commit message file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      hint: 'git passes this file to the commit-msg hook; to check a message by hand use `prove-hooks check-msg`.',
      cause: error,
    });
  }
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

// The message-check fast path: accepts a good message with nothing but cached state (config, git
// settings) and hands every other case to the full CLI, so the common commit costs about one
// Node start. It never decides a rejection: it only says "accepted" or "ask the full path".
import { resolve } from 'node:path';
import { gitSettingsCacheFile, readGitSettingsCache } from '../cache/git-settings-cache.js';
import { readConfigCache } from '../cache/config-cache.js';
import { configCacheFileFor, configScopeFor } from '../config/config-places.js';
import type { ProveConfig } from '../config/schema.js';
import { editorUsedBy, hookCleanupMode } from '../core/commit-message/clean.js';
import { checkCommitMessage } from '../core/commit-message/index.js';
import { ExitCode, FileReadError } from '../errors.js';
import { MESSAGE_MAX_BYTES, readMessageFileBytes } from './message-input.js';
import { configEnvironmentKey } from '../git/config-sources.js';
import { locateRepository, locateRepositoryOfMessageFile } from '../git/repository.js';
import { describeHookResult, finishHookRun, isTimingRequested, startHookRun } from '../perf/hook-run.js';
import { shouldUseColor } from '../report/colors.js';
import { formatMessageReport } from '../report/message-report.js';
import { skipRequestedBy } from '../report/skip-notice.js';
import { PROVE_VERSION } from '../version.js';

/** What the fast path needs from the process: arguments after the script, environment, cwd, streams. */
export interface FastPathIo {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Read only when something is printed (creating a stream costs startup time). */
  readonly stdout: { write(chunk: string): unknown; readonly isTTY?: boolean };
  /** Only written to when the monitor has a line to print. */
  readonly stderr: { write(chunk: string): unknown };
}

/** The exit code when the fast path decided, or why it handed over (for tests). */
export type FastPathOutcome =
  | { readonly decided: true; readonly exitCode: ExitCode }
  | { readonly decided: false; readonly reason: string };

/**
 * `prove-hooks commit-msg <file>` and `prove-hooks check-msg <message>` when everything they
 * need is cached and the message passes without a warning: checks it with the same core as the
 * full path and decides exit 0 (the hook also records its timing; check-msg prints its one
 * confirmation line). Anything else (other arguments or options, a skip, timing or debug
 * request, a cache miss, an unreadable file, a rejection, a warning, any error) returns
 * `decided: false` having printed and written nothing, and the full CLI does the whole run.
 */
export function tryFastMessageCheck(io: FastPathIo): FastPathOutcome {
  const { argv, env, cwd } = io;
  const [command, input] = argv;
  const hook = command === 'commit-msg';
  if (argv.length !== 2 || (!hook && command !== 'check-msg') || input!.startsWith('-')) return handOver('not a plain commit-msg or check-msg run');
  if (skipRequestedBy(env) !== undefined || isTimingRequested(env) || env.PROVE_DEBUG === '1') return handOver('skip, timing or debug requested');
  try {
    const recorder = hook ? startHookRun('commit-msg', 'fast') : undefined;
    const stopGit = recorder?.phase('git');
    const git = hook ? locateRepositoryOfMessageFile(input!, cwd, env) : locateRepository(cwd, env);
    if (git === null) return handOver('not in a git repository');
    const settings = readGitSettingsCache(gitSettingsCacheFile(git.gitDir), { version: PROVE_VERSION, envKey: configEnvironmentKey(env), gitDir: git.gitDir });
    stopGit?.();
    if (settings.status !== 'hit') return handOver(`git settings cache ${settings.status}`);
    const stopConfig = recorder?.phase('config');
    const lookup = readConfigCache(configCacheFileFor(git)!, configScopeFor(cwd, git), PROVE_VERSION);
    stopConfig?.();
    if (lookup.status !== 'hit') return handOver(`config cache ${lookup.status}`);
    recorder?.cache('config', { hits: 1, misses: 0 });
    const config = lookup.value.config as ProveConfig;
    // Over the size cap (or unreadable) throws: the full path reports it.
    const raw = hook ? readMessageFileBytes(resolve(cwd, input!), (code) => new FileReadError(code)).toString('utf8') : input!;
    if (!hook && raw.length > MESSAGE_MAX_BYTES) return handOver('message over the size cap');
    recorder?.count('messages');
    const check = () =>
      checkCommitMessage(raw, config.commitMsg, {
        commentChar: settings.settings.commentChar,
        ...(hook ? { cleanup: hookCleanupMode(settings.settings.cleanup, editorUsedBy(env)) } : settings.settings.cleanup === undefined ? {} : { cleanup: settings.settings.cleanup }),
        // No `today`: it only dates the example of a rejection, which the full CLI prints (and
        // reading the local date loads the time zone, a quarter of a millisecond).
      });
    const result = recorder === undefined ? check() : recorder.time('scan', check);
    if (result.status === 'rejected' || result.violations.length > 0) return handOver(`message ${result.status} with ${result.violations.length} finding(s)`);
    if (recorder === undefined) {
      const color = shouldUseColor(io.stdout, env);
      io.stdout.write(formatMessageReport(result, { color, quietWhenAccepted: false, configFile: lookup.value.filePath }));
    } else {
      finishHookRun(recorder, { result: describeHookResult(ExitCode.OK), env, gitCommonDir: git.commonDir, perf: config.perf, stderr: { write: (chunk: string) => io.stderr.write(chunk) } as NodeJS.WritableStream });
    }
    return { decided: true, exitCode: ExitCode.OK };
  } catch (error) {
    // The full path meets the same problem and reports it properly (with its exit code).
    return handOver(`error: ${(error as Error).message}`);
  }
}

function handOver(reason: string): FastPathOutcome {
  return { decided: false, reason };
}

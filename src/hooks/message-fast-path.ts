// The message hooks' fast path (dist/message-fast-path.cjs): `commit-msg` and `check-msg` run
// the same orchestration as the full CLI (src/hooks/commit-msg.ts, in the one hook frame) with the
// cache-only sources injected, so a commit whose config and git settings are cached costs about
// one Node start. A cache miss ends as `needs-full-cli` having printed and recorded nothing, and
// the launcher runs the full CLI. prepare-commit-msg is the same in a file of its own
// (src/hooks/prepare-fast-path.ts, dist/prepare-fast-path.cjs).
import { isNeedsFullCli } from '../config/needs-full-cli.js';
import { InternalError, toProveError, type ExitCode } from '../errors.js';
import { MESSAGE_MAX_BYTES } from './message-input.js';
import { isTimingRequested } from '../perf/hook-run.js';
import { shouldUseColor } from '../report/colors.js';
import { formatError } from '../report/error-output.js';
import { CACHE_ONLY_SOURCES } from './cache-only-sources.js';
import { messageCheckIoFor, runCheckMsg, runMessageHook } from './commit-msg.js';
import type { HookIo } from './run-hook.js';
import { locateRepositoryOfHook, type ProvenGitDir } from '../git/repository.js';

/** What the fast path needs from the process: arguments after the script, environment, cwd, streams. */
export interface FastPathIo {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** The git dir the launcher proved for its code cache, so the repository is located without probing it again; absent when it did not. */
  readonly gitDir?: ProvenGitDir;
  /** Read only when something is printed (creating a stream costs startup time). */
  readonly stdout: { write(chunk: string): unknown; readonly isTTY?: boolean };
  /** Only written to when there is something to say. */
  readonly stderr: { write(chunk: string): unknown };
}

/** The exit code when the fast path decided, or why it handed over (for tests). */
export type FastPathOutcome =
  | { readonly decided: true; readonly exitCode: ExitCode }
  | { readonly decided: false; readonly reason: string };

/**
 * `prove-hooks commit-msg <file>` and `prove-hooks check-msg <message>` (no options): the full
 * CLI's orchestration with the cache-only sources, deciding the exit code and printing exactly
 * what the full CLI would (a report, a rejected message saved, an error). Other arguments, a
 * timing or debug request, a message over the size cap, or a cache miss return `decided: false`
 * having printed and recorded nothing, and the full CLI does the whole run.
 */
export async function tryFastMessageCheck(io: FastPathIo): Promise<FastPathOutcome> {
  const { argv, env } = io;
  const [command, input] = argv;
  const hook = command === 'commit-msg';
  if (argv.length !== 2 || (!hook && command !== 'check-msg') || input!.startsWith('-')) return handOver('not a plain commit-msg or check-msg run');
  // Stack traces and the timing breakdown are the full CLI's.
  if (isTimingRequested(env) || env.PROVE_DEBUG === '1') return handOver('timing or debug requested');
  if (!hook && Buffer.byteLength(input!) > MESSAGE_MAX_BYTES) return handOver('message over the size cap');
  const hookIo = hookIoOf(io);
  const repository = locateRepositoryOfHook(io.gitDir, io.cwd, env, hook ? input : undefined);
  const color = () => shouldUseColor(io.stdout, env);
  try {
    if (hook) {
      const options = { json: false, timing: false, path: 'fast' as const, ...(repository === undefined ? {} : { repository }) };
      const outcome = await runMessageHook(hookIo, input!, 'commit-msg', options, CACHE_ONLY_SOURCES, color);
      return outcome.kind === 'verdict' ? { decided: true, exitCode: outcome.exitCode } : handOver(outcome.reason);
    }
    const checked = await runCheckMsg(input!, messageCheckIoFor(hookIo, CACHE_ONLY_SOURCES, undefined, repository), { json: false, color });
    return isNeedsFullCli(checked) ? handOver(checked.reason) : { decided: true, exitCode: checked.exitCode };
  } catch (error) {
    // As the full CLI's entrypoint (src/cli/run.ts) reports it; the hook frame recorded the run.
    const proveError = toProveError(error);
    io.stderr.write(formatError(proveError, { debug: false }));
    return { decided: true, exitCode: proveError.exitCode };
  }
}

/** The hook frame's io over the fast path's: the same streams; no stdin (no message hook reads it). */
function hookIoOf(io: FastPathIo): HookIo {
  return {
    cwd: io.cwd,
    env: io.env,
    stdout: io.stdout as unknown as NodeJS.WritableStream,
    get stderr() {
      return io.stderr as unknown as NodeJS.WritableStream;
    },
    get stdin(): never {
      throw new InternalError('the message fast path reads no stdin');
    },
  };
}

function handOver(reason: string): FastPathOutcome {
  return { decided: false, reason };
}

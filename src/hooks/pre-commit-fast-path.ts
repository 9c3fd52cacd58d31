// The pre-commit fast path: the whole pre-commit hook (src/hooks/pre-commit.ts, the same code
// the full CLI runs) built without the config and registry parsers, so a commit whose config
// and registries are cached loads a fraction of the CLI. A run that misses a cache ends as
// `needs-full-cli` (src/hooks/run-hook.ts) before it prints or records anything, and is handed
// to the full CLI.
import { toProveError, type ExitCode } from '../errors.js';
import { formatError } from '../report/error-output.js';
import { CACHE_ONLY_SOURCES } from './cache-only-sources.js';
import { runPreCommit } from './pre-commit.js';
import type { HookIo } from './run-hook.js';
import type { FastPathOutcome } from './message-fast-path.js';
import { locateRepositoryOfHook, type ProvenGitDir } from '../git/repository.js';

export type { FastPathOutcome } from './message-fast-path.js';

/**
 * `prove-hooks pre-commit` (no options) with its caches warm (`gitDir`: the git dir the launcher
 * proved for its code cache, so the repository is located without probing it again): runs the hook and decides its exit
 * code, printing the report or an error exactly as the full CLI would. Other arguments, a debug
 * request, or a cache miss return `decided: false` having printed and recorded nothing.
 */
export async function tryFastPreCommit(argv: readonly string[], io: HookIo, gitDir?: ProvenGitDir): Promise<FastPathOutcome> {
  if (argv.length !== 1 || argv[0] !== 'pre-commit') return { decided: false, reason: 'not a plain pre-commit run' };
  // Stack traces and cache diagnostics are the full CLI's.
  if (io.env.PROVE_DEBUG === '1') return { decided: false, reason: 'debug requested' };
  let exitCode: ExitCode;
  const repository = locateRepositoryOfHook(gitDir, io.cwd, io.env);
  try {
    const outcome = await runPreCommit(io, { format: 'text', timing: false, path: 'fast', ...(repository === undefined ? {} : { repository }) }, CACHE_ONLY_SOURCES);
    if (outcome.kind === 'needs-full-cli') return { decided: false, reason: outcome.reason };
    exitCode = outcome.exitCode;
  } catch (error) {
    const proveError = toProveError(error);
    io.stderr.write(formatError(proveError, { debug: false }));
    exitCode = proveError.exitCode;
  }
  return { decided: true, exitCode };
}

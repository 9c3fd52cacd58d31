// The pre-commit hook: the staged changes (the index, as they will be committed) checked for
// feature-flag references against the registry.
import { join } from 'node:path';
import { STATE_DIR_NAME, tryPrepareStateDir } from '../cache/state-dir.js';
import type { CommandIo } from '../cli/context.js';
import { hasBlockingViolation } from '../core/violation.js';
import { ExitCode, toProveError } from '../errors.js';
import { startHookRun } from '../perf/hook-run.js';
import type { FlagReportFormat } from '../report/flag-report.js';
import { formatSkipNotice, skipRequestedBy } from '../report/skip-notice.js';
import { startDiff, type DiffTarget } from '../git/diff-stream.js';
import { runFlagCheck } from './flag-check.js';
import { isFullPathNeeded } from './full-path-needed.js';
import { finishFlagHookRun, formatFlagTimings, guessGitContext, openFlagRunWithKnowledge, readToday, writeFlagReport, type FlagRunContext } from './flag-run.js';
import { monotonicMs } from '../perf/clock.js';

const STAGED: DiffTarget = { kind: 'staged' };

export interface PreCommitOptions {
  readonly format: FlagReportFormat;
  /** Print where the time went. */
  readonly timing: boolean;
}

/** Checks the staged diff; VIOLATION when a finding is an error. Throws ProveErrors. */
export async function runPreCommit(io: CommandIo, options: PreCommitOptions): Promise<ExitCode> {
  const skipBy = skipRequestedBy(io.env);
  if (skipBy !== undefined) {
    io.stderr.write(formatSkipNotice('pre-commit', skipBy));
    return ExitCode.OK;
  }
  const recorder = startHookRun('pre-commit');
  // The repository as found on disk, confirmed by the git settings cache or by git
  // (openFlagRunWithKnowledge); meanwhile it gives the folder the diff is spooled in.
  const guess = guessGitContext(io);
  // Started before the config and registry are loaded, so git writes the diff meanwhile (from
  // the current directory: the diff is of the whole repository either way).
  const diff = startDiff(STAGED, { cwd: io.cwd, env: io.env }, guess === undefined ? undefined : tryPrepareStateDir(join(guess.commonDir, STATE_DIR_NAME)));
  let run: FlagRunContext | undefined;
  let exitCode: ExitCode = ExitCode.OK;
  let handedOver = false;
  try {
    const opened = await openFlagRunWithKnowledge(io, 'pre-commit', { staged: true, env: io.env }, { guess, recorder, onRun: (opened) => (run = opened) });
    if (opened.loaded !== undefined) {
      const context = opened.run;
      const { knowledge, ms } = opened.loaded;
      const outcome = await recorder.time('scan', () =>
        runFlagCheck({
          target: STAGED,
          diff,
          flags: context.config.flags,
          knowledge,
          stateDir: join(context.git.commonDir, STATE_DIR_NAME),
          repoRoot: context.repoRoot,
          env: io.env,
          today: readToday(),
          now: monotonicMs,
          knowledgeMs: ms,
        }),
      );
      recorder.count('files', outcome.stats.scannedFiles);
      recorder.count('lines', outcome.stats.lines);
      recorder.count('bytes', outcome.diffBytes);
      recorder.cache('registry', { hits: knowledge.cacheStats.hits, misses: knowledge.cacheStats.misses });
      // A registry cache that was damaged, foreign or stale and was rebuilt, once per file.
      for (let n = 0; n < knowledge.cacheStats.rebuilds; n++) recorder.recover({ kind: 'cache', recovery: 'rebuild', what: 'registry-cache' });
      recorder.time('report', () => writeFlagReport(io, outcome.report, options.format, io.stderr));
      if (options.timing) io.stderr.write(formatFlagTimings(outcome.timings, { ...outcome.stats, diffBytes: outcome.diffBytes, kernel: outcome.kernel }));
      exitCode = hasBlockingViolation(outcome.report.findings) ? ExitCode.VIOLATION : ExitCode.OK;
    }
  } catch (error) {
    // The fast path's cache-only build hands the run to the full CLI, which records it.
    handedOver = isFullPathNeeded(error);
    exitCode = toProveError(error).exitCode;
    throw error;
  } finally {
    diff.cancel();
    if (!handedOver) finishFlagHookRun(recorder, io, run, exitCode, options.timing);
  }
  return exitCode;
}

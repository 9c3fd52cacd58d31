// The pre-commit hook: the staged changes (the index, as they will be committed) checked for
// feature-flag references against the registry.
import { tryPrepareStateDir } from '../state-dir.js';
import { isNeedsFullCli, type NeedsFullCli } from '../config/needs-full-cli.js';
import { hasBlockingViolation } from '../core/violation.js';
import { ExitCode } from '../errors.js';
import type { RunPath } from '../perf/run-record.js';
import { startDiff, type DiffTarget } from '../git/diff-stream.js';
import type { FlagReportFormat } from '../report/flag-report.js';
import { stateDirOf } from '../state-folder.js';
import { runFlagCheck } from './flag-check.js';
import { flagCheckInputOf, formatFlagTimings, guessGitContext, openFlagRunWithKnowledge, workTreeContextOf, writeFlagReport } from './flag-run.js';
import type { GitContext } from '../git/repository.js';
import type { HookSources } from './hook-sources.js';
import { runHook, type HookIo, type HookOutcome } from './run-hook.js';

const STAGED: DiffTarget = { kind: 'staged' };

export interface PreCommitOptions {
  readonly format: FlagReportFormat;
  /** Print where the time went. */
  readonly timing: boolean;
  /** Which code runs the hook (the fast path or the full CLI), for the timing record. Default full. */
  readonly path?: RunPath;
  /** The repository of `io.cwd` as the launcher located it (null: none); absent: the hook locates it. */
  readonly repository?: GitContext | null;
}

/**
 * Checks the staged diff; VIOLATION when a finding is an error. Throws ProveErrors. With the
 * cache-only sources, a cache miss ends as `needs-full-cli`.
 */
export async function runPreCommit<Miss extends NeedsFullCli>(io: HookIo, options: PreCommitOptions, sources: HookSources<Miss>): Promise<HookOutcome> {
  return runHook('pre-commit', io, options, async ({ recorder, settle }) => {
    // The repository as found on disk, confirmed by the git settings cache or by git
    // (openFlagRunWithKnowledge); meanwhile it gives the folder the diff is spooled in.
    const guess = options.repository === undefined ? guessGitContext(io) : workTreeContextOf(options.repository);
    // Started before the config and registry are loaded, so git writes the diff meanwhile (from
    // the current directory: the diff is of the whole repository either way).
    const diff = startDiff(STAGED, { cwd: io.cwd, env: io.env }, guess === undefined ? undefined : tryPrepareStateDir(stateDirOf(guess.commonDir)));
    try {
      const opened = await openFlagRunWithKnowledge(io, 'pre-commit', { staged: true, env: io.env }, {
        sources,
        guess,
        recorder,
        onRun: (run) => settle({ gitCommonDir: run.git.commonDir, perf: run.config.perf }),
      });
      // The fast path's sources met a cache miss: handed over, nothing printed.
      if (isNeedsFullCli(opened)) return opened;
      if (opened.loaded === undefined) return ExitCode.OK;
      const { run, loaded } = opened;
      const outcome = await recorder.time('scan', () =>
        runFlagCheck({ ...flagCheckInputOf(run, loaded, io.env), target: STAGED, diff }),
      );
      recorder.count('files', outcome.stats.scannedFiles);
      recorder.count('lines', outcome.stats.lines);
      recorder.count('bytes', outcome.diffBytes);
      recorder.cache('registry', { hits: loaded.knowledge.cacheStats.hits, misses: loaded.knowledge.cacheStats.misses });
      // A registry cache that was damaged, foreign or stale and was rebuilt, once per file.
      for (let n = 0; n < loaded.knowledge.cacheStats.rebuilds; n++) recorder.recover({ kind: 'cache', recovery: 'rebuild', what: 'registry-cache' });
      for (const recovery of outcome.recoveries) recorder.recover(recovery);
      if (outcome.contextNotice !== undefined) io.stderr.write(`${outcome.contextNotice}\n`);
      recorder.time('report', () => writeFlagReport(io, outcome.report, options.format, io.stderr));
      if (options.timing) io.stderr.write(formatFlagTimings(outcome.timings, { ...outcome.stats, diffBytes: outcome.diffBytes, kernel: outcome.kernel }));
      return hasBlockingViolation(outcome.report.findings) ? ExitCode.VIOLATION : ExitCode.OK;
    } finally {
      diff.cancel();
    }
  });
}

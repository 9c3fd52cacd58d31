// Where the per-clone timing state lives: in prove-hooks' folder of the git common dir (found by
// the repository locator, src/git/repository.ts, and passed in by the hook runner).
import { join } from 'node:path';
import { stateDirOf } from '../state-folder.js';

export const RUN_LOG_NAME = 'perf.jsonl';

export interface RunLogPaths {
  readonly dir: string;
  readonly log: string;
  readonly lock: string;
  /** The precomputed usual times (src/perf/baseline-cache.ts), derived from the log. */
  readonly baselines: string;
}

/** The log and lock paths for a git common dir. */
export function runLogPaths(gitCommonDir: string): RunLogPaths {
  const dir = stateDirOf(gitCommonDir);
  return { dir, log: join(dir, RUN_LOG_NAME), lock: join(dir, `${RUN_LOG_NAME}.lock`), baselines: join(dir, 'perf-baselines.json') };
}

// The bounded history search of `prove-hooks flags --history`: one `git log -S` over the recent
// commits for the keys of the unreferenced flags, read by src/core/flags/removal-history.ts.
import { runGitOk, type GitRunner } from './run-git.js';

/** How far back `--history` looks: both bounds apply, and the report says so. */
export interface HistoryBound {
  /** Commits at most this many days older than the start are not searched. */
  readonly days: number;
  /** At most this many commits that change a key's count are read. */
  readonly maxCommits: number;
}

export const DEFAULT_HISTORY_BOUND: HistoryBound = { days: 365, maxCommits: 500 };

/**
 * The patches (`-U0`) of the commits from `start` back, within the bound, whose diff changes how
 * often `pickaxe` (a POSIX extended regular expression) matches, newest first; each commit
 * begins with a NUL, its id, a space and its committer date (`YYYY-MM-DD`). Throws GitError.
 */
export async function readRemovalLog(
  runner: GitRunner,
  input: { readonly pickaxe: string; readonly start: string; readonly bound: HistoryBound },
  options: { readonly cwd: string; readonly env: NodeJS.ProcessEnv },
): Promise<string> {
  return runGitOk(
    runner,
    [
      'log',
      // NUL before each commit and its committer date as YYYY-MM-DD.
      '--format=%x00%H %cs',
      // The bound: commits since a date and at most a count (a long history is never read whole).
      `--since=${input.bound.days}.days.ago`,
      `--max-count=${input.bound.maxCommits}`,
      // Only commits whose diff changes how often a key occurs, and only those files' patches.
      '--pickaxe-regex',
      `-S${input.pickaxe}`,
      // The patch without context lines, as stored: no external diff, textconv or colour.
      '-p',
      '-U0',
      '--no-ext-diff',
      '--no-textconv',
      '--no-color',
      // Renames would hide a removal inside a moved file's diff only partly; whole files are clearer.
      '--no-renames',
      '--end-of-options',
      input.start,
      '--',
    ],
    options,
  );
}

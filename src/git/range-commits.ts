// The commits of a range `base..head` with their messages, for `prove-hooks check` in CI, and
// whether the clone holds all of them (a shallow checkout may not). Asks git; never guesses.
import type { PushedCommit } from './push-range.js';
import { COMMIT_LOG_ARGS, readCommitLog, readShallowCommits, type CommitLogLimits } from './commit-log.js';
import type { GitRunner } from './run-git.js';

export interface RangeGitOptions {
  readonly runner: GitRunner;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** The git common dir (where a shallow clone's `shallow` file lives). */
  readonly commonDir: string;
  /** How much of the commits' messages is read (the log is streamed, never held whole). */
  readonly messageLimits: CommitLogLimits;
}

/** A revision's commit id, or undefined when this clone does not have it. */
export async function resolveCommitId(revision: string, options: RangeGitOptions): Promise<string | undefined> {
  // `^{commit}` peels tags; --end-of-options keeps a revision starting with `-` from being an option.
  const result = await options.runner(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], options);
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** What the range holds in this clone. */
export interface RangeCommits {
  /** The commits of head that base lacks, newest first. */
  readonly commits: readonly PushedCommit[];
  /** Where the flag diff starts: the merge base of base and head (undefined when there is none here). */
  readonly mergeBase: string | undefined;
  /** True when a listed commit's parents are cut off by a shallow clone: the list may be short. */
  readonly truncated: boolean;
}

/** Lists `base..head` with messages. Throws GitError when git fails. */
export async function listRangeCommits(base: string, head: string, options: RangeGitOptions): Promise<RangeCommits> {
  const { runner, messageLimits, ...run } = options;
  const commits = await readCommitLog(
    [
      ...COMMIT_LOG_ARGS,
      `${base}..${head}`,
      // Everything above is a revision, never a path.
      '--',
    ],
    // Streamed: a range's log is as large as its messages (a committer's choice), far past any buffer.
    run,
    messageLimits,
  );
  const shallow = readShallowCommits(options.commonDir);
  // A commit in the `shallow` file is listed without its parents: the range goes on below it.
  const truncated = commits.some((commit) => shallow.has(commit.id));
  // merge-base exits 1 when the histories share nothing here (or the shallow cut hides it).
  const mergeBase = await runner(['merge-base', base, head], run);
  return { commits, mergeBase: mergeBase.status === 0 ? mergeBase.stdout.trim() : undefined, truncated };
}

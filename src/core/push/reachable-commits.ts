// Splits the new commits of a whole push into those of each pushed ref, without asking git
// again: one `git log` lists every commit any pushed tip brings, and each ref's share is what is
// reachable from its tip inside that list. Pure.

/** A commit as far as reachability needs it. */
export interface CommitNode {
  readonly id: string;
  readonly parents: readonly string[];
}

/**
 * The commits of `all` reachable from `tip` through parents inside `all`, in the order of `all`.
 * When `all` is every commit reachable from some tips and from none of a set X (one `git log`
 * of the tips `--not` X), this equals what `git log tip --not X` lists: a commit reachable from
 * `tip` and not from X has no ancestor path through X, so the walk never needs to leave `all`.
 * Empty when `tip` is not in `all` (everything it reaches is already in X).
 */
export function selectReachableCommits<T extends CommitNode>(all: readonly T[], tip: string, byId: ReadonlyMap<string, T> = indexCommits(all)): T[] {
  if (!byId.has(tip)) return [];
  const reached = new Set<string>([tip]);
  const stack = [tip];
  while (stack.length > 0) {
    for (const parent of byId.get(stack.pop()!)!.parents) {
      if (reached.has(parent) || !byId.has(parent)) continue;
      reached.add(parent);
      stack.push(parent);
    }
  }
  return reached.size === all.length ? [...all] : all.filter((commit) => reached.has(commit.id));
}

/** The commits of `all` by id, for repeated {@link selectReachableCommits} calls over one list. */
export function indexCommits<T extends CommitNode>(all: readonly T[]): Map<string, T> {
  return new Map(all.map((commit) => [commit.id, commit]));
}

/**
 * The commits of one listing reachable from a tip, for each tip asked: what the push resolver
 * (git/push-range.ts) is given by the hooks, so the git layer runs no core code of its own.
 */
export type ReachableCommitsOf = <T extends CommitNode>(all: readonly T[]) => (tip: string) => T[];

/** {@link selectReachableCommits} over one index of `all`, built once for every tip. */
export const reachableCommitsOf: ReachableCommitsOf = (all) => {
  const byId = indexCommits(all);
  return (tip) => selectReachableCommits(all, tip, byId);
};

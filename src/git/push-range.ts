// What a push sends: for each pushed ref, the commits the remote does not have yet (with their
// messages) and the base to diff the pushed tip against. Asks git; never guesses silently.
import type { PushUpdate } from '../core/push/push-updates.js';
import type { ReachableCommitsOf } from '../core/push/reachable-commits.js';
import { GitError } from '../errors.js';
import { COMMIT_LOG_ARGS, readCommitLog, readShallowCommits, type CommitLogLimits, type LoggedCommit } from './commit-log.js';
import { runGitOk, type GitRunner, type GitRunOptions } from './run-git.js';

/** The empty tree, the base for a range that starts at a root commit (and for scanning a whole tree). */
export const EMPTY_TREE = {
  40: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  64: '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321',
} as const;

/** A commit to check: its id, its parents, and its raw message as stored. */
export type PushedCommit = LoggedCommit;

/** One pushed ref resolved into the work to check. */
export interface PushRange {
  readonly update: PushUpdate;
  /**
   * The commit being pushed (an annotated tag peeled to its commit), or for a tag of a tree or a
   * blob the tree to scan (see resolveContentTag).
   */
  readonly tip: string;
  /**
   * What to diff the tip against: the remote's old commit (fast-forward), the commit the new
   * commits grow from (new branch, force push), or the empty tree (they start at a root
   * commit). Null when nothing new is pushed.
   */
  readonly base: string | null;
  /** Commits the remote does not have, newest first. */
  readonly commits: readonly PushedCommit[];
  /** Things the user should know about how the range was chosen. */
  readonly notes: readonly string[];
}

/** A pushed ref with nothing to check, and why. */
export interface SkippedUpdate {
  readonly update: PushUpdate;
  readonly reason: string;
}

export interface PushPlan {
  readonly ranges: readonly PushRange[];
  readonly skipped: readonly SkippedUpdate[];
}

export interface ResolvePushOptions extends GitRunOptions {
  readonly runner: GitRunner;
  /** The remote's name as git passes it to the hook (a URL when pushing to one directly). */
  readonly remoteName: string;
  /** The git common dir (where a shallow clone's `shallow` file lives). */
  readonly commonDir: string;
  /** How much of the pushed commits' messages is read (the log is streamed, never held whole). */
  readonly messageLimits: CommitLogLimits;
  /** Splits the one listing of a push by pushed tip (the core's `reachableCommitsOf`). */
  readonly reachableCommitsOf: ReachableCommitsOf;
  /**
   * What the receiving side already has: the remote's tracking refs in a clone (pre-push, the
   * default), or every ref of this repository (pre-receive on the server: refs still hold their
   * old values while the hook runs, so `--not --all` leaves exactly the pushed commits).
   */
  readonly existing?: 'remote-tracking' | 'all-refs';
  /**
   * False on a server: nothing is written to the object store, so a tag of a blob (which would
   * need a one-entry tree written for it) is noted and not scanned. Default true.
   */
  readonly writeObjects?: boolean;
}

/**
 * Resolves every update into a PushRange or a SkippedUpdate. Throws GitError when git fails or
 * when a shallow clone hides part of a range (checking only what is visible would pass silently).
 */
export async function resolvePushRanges(updates: readonly PushUpdate[], options: ResolvePushOptions): Promise<PushPlan> {
  const ranges: PushRange[] = [];
  const skipped: SkippedUpdate[] = [];
  const pending = updates.filter((update) => {
    if (update.kind !== 'delete') return true;
    skipped.push({ update, reason: `deletes ${update.remoteRef}: nothing to check` });
    return false;
  });
  if (pending.length === 0) return { ranges, skipped };
  const objects = await peelToCommits(pending.flatMap((u) => [u.localId, u.remoteId]), options);
  // A pushed object this repository lacks cannot be checked: git never sends one it does not
  // have, so the input is made up or the repository damaged. Failing closed, never a silent pass.
  const absent = pending.find((update) => !objects.present.has(update.localId));
  if (absent !== undefined) {
    throw new GitError(`${options.existing === 'all-refs' ? 'pre-receive' : 'pre-push'}: the pushed object ${absent.localId} (${absent.localRef} to ${absent.remoteRef}) is not in this repository, so it cannot be checked`, {
      hint: 'git push only sends objects the repository has: run the hook through `git push`, and check the repository with `git fsck`.',
    });
  }
  const allRefs = options.existing === 'all-refs';
  const exclusion: RemoteExclusion = allRefs ? { args: ['--all'], describe: 'any ref of this repository', notes: [] } : await chooseRemoteExclusion(options);
  const shallow = readShallowCommits(options.commonDir);
  // One `git log` per distinct remote commit (usually one for the whole push: every new ref has
  // none), not one per ref: a push of thousands of tags costs a few git processes. Against every
  // ref (a server) the old commits are excluded already: one `git log` for the whole push.
  const remoteCommitOf = (update: PushUpdate): string | undefined => (update.kind === 'update' ? objects.commits.get(update.remoteId) : undefined);
  const listKeyOf = (update: PushUpdate): string => (allRefs ? '' : (remoteCommitOf(update) ?? ''));
  const newCommits = new Map<string, (tip: string) => PushedCommit[]>();
  for (const update of pending) {
    const tip = objects.commits.get(update.localId);
    if (tip === undefined) continue;
    const key = listKeyOf(update);
    if (newCommits.has(key)) continue;
    const tips = [...new Set(pending.filter((other) => listKeyOf(other) === key).flatMap((other) => objects.commits.get(other.localId) ?? []))];
    const all = await listCommits(tips, key === '' ? [] : [`^${key}`], exclusion.args, options);
    newCommits.set(key, options.reachableCommitsOf(all));
  }
  const bases = new Map<string, Promise<string>>();
  for (const update of pending) {
    const tip = objects.commits.get(update.localId);
    if (tip === undefined) {
      ranges.push(await resolveContentTag(update, objects.contents.get(update.localId), options));
      continue;
    }
    const notes = [...exclusion.notes];
    const remoteCommit = remoteCommitOf(update);
    if (update.kind === 'update' && remoteCommit === undefined) {
      notes.push(
        `the remote's ${update.remoteRef} (${update.remoteId.slice(0, 12)}) is not in this clone (fetch to narrow this down); checking every commit not on ${exclusion.describe}`,
      );
    }
    const commits = newCommits.get(listKeyOf(update))!(tip);
    const hidden = commits.find((commit) => shallow.has(commit.id));
    if (hidden !== undefined) {
      throw new GitError(
        `this clone is shallow and the push of ${update.remoteRef} reaches past its history (commit ${hidden.id.slice(0, 12)} has no parents here), so the pushed commits cannot all be checked`,
        { hint: 'Fetch the missing history, e.g. `git fetch --unshallow` (or `git fetch --deepen=<n>`), then push again.' },
      );
    }
    let base: string | null = null;
    if (commits.length > 0) {
      // Refs pushed to the same tip from the same remote commit share their base.
      const baseKey = `${tip} ${remoteCommit ?? ''}`;
      if (!bases.has(baseKey)) bases.set(baseKey, chooseBase(tip, remoteCommit, commits, options));
      base = await bases.get(baseKey)!;
    }
    ranges.push({ update, tip, base, commits, notes });
  }
  return { ranges, skipped };
}

/** What a pushed id peels to: its commit, or (a tag of a tree or blob) that tree or blob. */
interface PeeledObjects {
  /** The ids this repository has. */
  readonly present: Set<string>;
  /** The commit each id peels to (an annotated tag to its commit); absent when none. */
  readonly commits: Map<string, string>;
  /** For an id that peels to no commit: the tree or blob it peels to. */
  readonly contents: Map<string, { readonly type: 'tree' | 'blob'; readonly id: string }>;
}

async function peelToCommits(ids: readonly string[], options: ResolvePushOptions): Promise<PeeledObjects> {
  const unique = [...new Set(ids)];
  const { runner, ...run } = options;
  // One process for every id: `<id>` says whether the object exists, `<id>^{commit}` peels
  // annotated tags to a commit, `<id>^{}` to whatever they point at (a tree or blob); `missing`
  // marks an absent object or one that is no commit.
  const input = `${unique.flatMap((id) => [id, `${id}^{commit}`, `${id}^{}`]).join('\n')}\n`;
  const result = await runGitOk(runner, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], { ...run, input });
  const lines = result.split('\n');
  const peeled: PeeledObjects = { present: new Set(), commits: new Map(), contents: new Map() };
  unique.forEach((id, index) => {
    const [, ownType] = (lines[3 * index] ?? '').split(' ');
    const [commit, commitType] = (lines[3 * index + 1] ?? '').split(' ');
    const [target, targetType] = (lines[3 * index + 2] ?? '').split(' ');
    if (ownType !== undefined && ownType !== 'missing') peeled.present.add(id);
    if (commitType === 'commit' && commit !== undefined) peeled.commits.set(id, commit);
    else if ((targetType === 'tree' || targetType === 'blob') && target !== undefined) peeled.contents.set(id, { type: targetType, id: target });
  });
  return peeled;
}

/**
 * A pushed tag of a tree or a blob, as a range to scan: every file of the tree, or the blob's
 * content as one file named after the tag (in a tree made for it), each against the empty tree.
 * Such a tag carries no commit, so no message is checked. Throws GitError when the tag's
 * object is neither (a tag of a tag of nothing git can read).
 */
async function resolveContentTag(update: PushUpdate, content: { readonly type: 'tree' | 'blob'; readonly id: string } | undefined, options: ResolvePushOptions): Promise<PushRange> {
  if (content === undefined) {
    throw new GitError(`${options.existing === 'all-refs' ? 'pre-receive' : 'pre-push'}: ${update.localRef} (${update.localId}) points at no commit, tree or blob, so it cannot be checked`, {
      hint: 'Check the object with `git cat-file -t <id>` and `git fsck`.',
    });
  }
  const emptyTree = EMPTY_TREE[content.id.length === 64 ? 64 : 40];
  if (content.type === 'tree') {
    return { update, tip: content.id, base: emptyTree, commits: [], notes: [`${update.remoteRef} is a tag of a tree: all of its files are scanned`] };
  }
  if (options.writeObjects === false) {
    // No commit or branch can bring a tagged blob's text into the code: nothing is written here to scan it.
    return { update, tip: content.id, base: null, commits: [], notes: [`${update.remoteRef} is a tag of a blob: it is in no commit, and is not scanned`] };
  }
  // The blob as a file of a one-entry tree (git mktree writes that small tree object), so the
  // same diff and report name it; the name is the tag's last component, made a valid entry name.
  const name = (update.remoteRef.split('/').pop() ?? '').replace(/[\0\n]/g, '_') || 'tagged-blob';
  const { runner, ...run } = options;
  const tree = (await runGitOk(runner, ['mktree'], { ...run, input: `100644 blob ${content.id}\t${name}\n` })).trim();
  return { update, tip: tree, base: emptyTree, commits: [], notes: [`${update.remoteRef} is a tag of a blob: its content is scanned as the file '${name}'`] };
}

interface RemoteExclusion {
  readonly args: readonly string[];
  readonly describe: string;
  readonly notes: readonly string[];
}

/** Commits on the remote's tracking refs are already there; without any, all remotes count. */
async function chooseRemoteExclusion(options: ResolvePushOptions): Promise<RemoteExclusion> {
  const { runner, remoteName, ...run } = options;
  const own = await runGitOk(runner, ['for-each-ref', '--count=1', '--format=%(refname)', `refs/remotes/${remoteName}/`], run);
  if (own.trim() !== '') return { args: [`--remotes=${remoteName}/*`], describe: `refs/remotes/${remoteName}/*`, notes: [] };
  const any = await runGitOk(runner, ['for-each-ref', '--count=1', '--format=%(refname)', 'refs/remotes/'], run);
  if (any.trim() !== '') {
    return {
      args: ['--remotes'],
      describe: 'any remote-tracking ref',
      notes: [`${remoteName} has no remote-tracking refs here; commits on other remotes' refs count as already pushed`],
    };
  }
  return { args: [], describe: 'any remote-tracking ref', notes: [`no remote-tracking refs in this clone: every commit reachable from the pushed tip is checked`] };
}

/**
 * The commits reachable from any of `tips` and from none of `negations` (`^<id>`) nor of the refs
 * `exclusionArgs` name (`--remotes=...`), newest first, with messages.
 */
async function listCommits(tips: readonly string[], negations: readonly string[], exclusionArgs: readonly string[], options: ResolvePushOptions): Promise<PushedCommit[]> {
  return readCommitLog(
    [
      ...COMMIT_LOG_ARGS,
      // The tips and `^<id>` negations, one a line on stdin: thousands of pushed refs would not
      // fit on a command line. Before `--not`, which does not reach what stdin lists.
      '--stdin',
      ...(exclusionArgs.length > 0 ? ['--not', ...exclusionArgs] : []),
      // Everything above is a revision, never a path.
      '--',
    ],
    // Streamed: a push's log is as large as its commits' messages (a pusher's choice), far past any buffer.
    { cwd: options.cwd, env: options.env ?? process.env, input: `${[...tips, ...negations].join('\n')}\n` },
    options.messageLimits,
  );
}

/** The remote's old commit when this is a fast-forward; else where the new commits grow from. */
async function chooseBase(tip: string, remoteCommit: string | undefined, commits: readonly PushedCommit[], options: ResolvePushOptions): Promise<string> {
  if (remoteCommit !== undefined) {
    const { runner, ...run } = options;
    const ancestor = await runner(['merge-base', '--is-ancestor', remoteCommit, tip], run);
    if (ancestor.status === 0) return remoteCommit;
    if (ancestor.status !== 1) throw new GitError(`git merge-base failed (exit ${ancestor.status}): ${ancestor.stderr.trim()}`);
  }
  // Follow first parents through the new commits: the first commit outside them is the base.
  const byId = new Map(commits.map((commit) => [commit.id, commit]));
  let current = byId.get(tip);
  while (current !== undefined) {
    const parent = current.parents[0];
    if (parent === undefined) return EMPTY_TREE[tip.length === 64 ? 64 : 40];
    const next = byId.get(parent);
    if (next === undefined) return parent;
    current = next;
  }
  return tip;
}


// What a push sends: for each pushed ref, the commits the remote does not have yet (with their
// messages) and the base to diff the pushed tip against. Asks git; never guesses silently.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PushUpdate } from '../core/push/push-updates.js';
import { GitError } from '../errors.js';
import { runGitOk, type GitRunner, type GitRunOptions } from './run-git.js';

/** The empty tree, the base for a range that starts at a root commit (and for scanning a whole tree). */
export const EMPTY_TREE = {
  40: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  64: '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321',
} as const;

export interface PushedCommit {
  readonly id: string;
  readonly parents: readonly string[];
  /** The raw message, as stored (already cleaned up when it was committed). */
  readonly message: string;
}

/** One pushed ref resolved into the work to check. */
export interface PushRange {
  readonly update: PushUpdate;
  /** The commit being pushed (an annotated tag peeled to its commit). */
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
  const exclusion = await chooseRemoteExclusion(options);
  const shallow = readShallowCommits(options.commonDir);
  for (const update of pending) {
    const tip = objects.get(update.localId);
    if (tip === undefined) {
      skipped.push({ update, reason: `${update.localRef} (${update.localId.slice(0, 12)}) is not a commit (a tag of a tree or blob): nothing to check` });
      continue;
    }
    const notes = [...exclusion.notes];
    const remoteCommit = update.kind === 'update' ? objects.get(update.remoteId) : undefined;
    if (update.kind === 'update' && remoteCommit === undefined) {
      notes.push(
        `the remote's ${update.remoteRef} (${update.remoteId.slice(0, 12)}) is not in this clone (fetch to narrow this down); checking every commit not on ${exclusion.describe}`,
      );
    }
    const negations = [...(remoteCommit === undefined ? [] : [`^${remoteCommit}`]), ...exclusion.args];
    const commits = await listCommits(tip, negations, options);
    const hidden = commits.find((commit) => shallow.has(commit.id));
    if (hidden !== undefined) {
      throw new GitError(
        `this clone is shallow and the push of ${update.remoteRef} reaches past its history (commit ${hidden.id.slice(0, 12)} has no parents here), so the pushed commits cannot all be checked`,
        { hint: 'Fetch the missing history, e.g. `git fetch --unshallow` (or `git fetch --deepen=<n>`), then push again.' },
      );
    }
    const base = commits.length === 0 ? null : await chooseBase(tip, remoteCommit, commits, options);
    ranges.push({ update, tip, base, commits, notes });
  }
  return { ranges, skipped };
}

/** Maps each id to the commit it peels to (an annotated tag to its commit); absent when none. */
async function peelToCommits(ids: readonly string[], options: ResolvePushOptions): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const { runner, ...run } = options;
  // One process for every id; `<id>^{commit}` peels annotated tags, `missing` marks the rest.
  const input = `${unique.map((id) => `${id}^{commit}`).join('\n')}\n`;
  const result = await runGitOk(runner, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], { ...run, input });
  const peeled = new Map<string, string>();
  result.split('\n').forEach((line, index) => {
    const [name, type] = line.split(' ');
    if (type === 'commit' && name !== undefined && unique[index] !== undefined) peeled.set(unique[index], name);
  });
  return peeled;
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

/** The commits reachable from `tip` and from none of `negations`, newest first, with messages. */
async function listCommits(tip: string, negations: readonly string[], options: ResolvePushOptions): Promise<PushedCommit[]> {
  const { runner, ...run } = options;
  const output = await runGitOk(
    runner,
    [
      'log',
      // NUL between commits: a message can hold any text but NUL.
      '-z',
      // log.showSignature would print signature checks into the output.
      '--no-show-signature',
      // Messages as UTF-8 whatever i18n.logOutputEncoding says.
      '--encoding=UTF-8',
      '--format=%H %P%n%B',
      tip,
      ...negations.filter((arg) => arg.startsWith('^')),
      ...(negations.some((arg) => !arg.startsWith('^')) ? ['--not', ...negations.filter((arg) => !arg.startsWith('^'))] : []),
      // Everything above is a revision, never a path.
      '--',
    ],
    run,
  );
  return output
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const newline = record.indexOf('\n');
      const [id = '', ...parents] = (newline === -1 ? record : record.slice(0, newline)).split(' ').filter(Boolean);
      return { id, parents, message: newline === -1 ? '' : record.slice(newline + 1) };
    });
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

/** The ids in a shallow clone's `shallow` file: commits whose parents are not in this clone. */
function readShallowCommits(commonDir: string): Set<string> {
  const file = join(commonDir, 'shallow');
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
}

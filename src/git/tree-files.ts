// The files of a tree as git lists them, for the flag inventory: the index (the work tree's
// tracked files, staged ones included) or a commit's tree, and which work tree files differ
// from their index entry. Never walks a folder: git's listing honours .gitignore.
import { crc32 } from 'node:zlib';
import { GitError, ValidationError } from '../errors.js';
import { MAX_LISTING_BYTES } from './git-invocation.js';
import type { GitRunner } from './run-git.js';

/** One file entry: git's mode (octal text), blob id, repository-relative path. */
export interface TreeFile {
  readonly mode: string;
  readonly id: string;
  readonly path: string;
}

type GitOptions = { readonly cwd: string; readonly env: NodeJS.ProcessEnv };

/** Regular files (`100644`, `100755`); links (`120000`) and submodules (`160000`) are not files to scan. */
export function isRegularFileMode(mode: string): boolean {
  return mode === '100644' || mode === '100755';
}

/** The index's entries and the work tree paths that may differ from them (see listIndexAndChanges). */
export interface IndexListing {
  /** Every entry, in index order: cut from git's text on the first call (a large index is tens of thousands of entries). */
  files(): TreeFile[];
  /**
   * The entries of these paths, in index order, without cutting the others: what a run needs
   * when the digest tells it that the rest are as they were.
   */
  entriesOf(paths: ReadonlySet<string>): TreeFile[];
  readonly changed: Set<string>;
  /**
   * A checksum (crc32, 8 hex digits) of the index's entries as git listed them (tag, mode, blob
   * id, stage, path; not the changed list): equal digests, equal entries, so a run can tell that
   * every file git does not list as changed has the blob it had last time without comparing them.
   */
  readonly digest: string;
}

/**
 * The index's entries, one per path (stage 0, or the first stage of a conflicted path), and the
 * paths whose work tree file may differ from them (modified, deleted, or only touched: git
 * compares the stat data, and the content when the entry is racily clean), from one git.
 * Throws GitError.
 */
export async function listIndexAndChanges(runner: GitRunner, options: GitOptions): Promise<IndexListing> {
  // -s: mode, blob id and stage; -m: entries whose work tree file differs from the index (stat
  // data, and the content of a racily clean entry), listed again after their entry, deleted ones
  // too; -t: a tag telling the lists apart (H cached, M unmerged, S skip-worktree; C changed);
  // -z: paths verbatim. One process instead of ls-files and diff-files: a warm inventory is
  // mostly this listing.
  return parseIndexListing(await runOk(runner, ['ls-files', '-s', '-m', '-t', '-z'], { ...options, maxOutputBytes: MAX_LISTING_BYTES }));
}

/**
 * Reads `git ls-files -s -m -t -z` (see listIndexAndChanges): the changed records and the digest
 * at once, found by a native search for their tags (a record starts after a NUL, and no path
 * holds one); the entries when asked for. Throws GitError on an entry of another shape.
 */
export function parseIndexListing(stdout: string): IndexListing {
  const changed = new Set<string>();
  // The changed records' starts, in order: after a NUL (or at 0) comes a tag and a space.
  const starts: number[] = [];
  for (const tag of CHANGED_TAGS) {
    if (stdout.startsWith(`${tag} `)) starts.push(0);
    for (let at = stdout.indexOf(`\0${tag} `); at !== -1; at = stdout.indexOf(`\0${tag} `, at + 1)) starts.push(at + 1);
  }
  starts.sort((a, b) => a - b);
  // The digest covers the text of every entry but the changed ones, read in the stretches between them.
  let crc = 0;
  let stretch = 0;
  for (const at of starts) {
    const record = recordAt(stdout, at);
    changed.add(record.path);
    if (at > stretch) crc = crc32(stdout.slice(stretch, at), crc);
    stretch = record.end + 1;
  }
  if (stdout.length > stretch) crc = crc32(stdout.slice(stretch), crc);
  let files: TreeFile[] | undefined;
  return {
    files: () => (files ??= parseEntries(stdout)),
    entriesOf: (paths) => (files !== undefined || paths.size > MAX_SEARCHED_PATHS ? (files ??= parseEntries(stdout)).filter((file) => paths.has(file.path)) : searchEntries(stdout, paths)),
    changed,
    digest: (crc >>> 0).toString(16).padStart(8, '0'),
  };
}

/** ls-files' tags of the changed list (C changed, R removed, K to be killed): git marks a submodule with new commits changed too. */
const CHANGED_TAGS = ['C', 'R', 'K'] as const;
const isChangedTag = (tag: string | undefined): boolean => tag === 'C' || tag === 'R' || tag === 'K';

/** Up to this many paths are each searched for in git's text; more, and every entry is cut once. */
const MAX_SEARCHED_PATHS = 64;

/** The record starting at `at`: its head checked, its path, and the offset of its NUL. Throws GitError. */
function recordAt(stdout: string, at: number): { head: string; path: string; end: number } {
  let end = stdout.indexOf('\0', at);
  if (end === -1) end = stdout.length;
  const tab = stdout.indexOf('\t', at);
  const head = tab === -1 || tab > end ? '' : stdout.slice(at, tab);
  if (!ENTRY_HEAD.test(head)) throw new GitError(`git ls-files printed an entry this version cannot read: ${JSON.stringify(stdout.slice(at, Math.min(end, at + 80)))}`);
  return { head, path: stdout.slice(tab + 1, end), end };
}

const entryOf = (head: string, path: string): TreeFile => ({ mode: head.slice(2, 8), id: head.slice(9, -2), path });

/** Every entry once (a conflicted path's first stage), in index order. Throws GitError. */
function parseEntries(stdout: string): TreeFile[] {
  const files: TreeFile[] = [];
  let last = '';
  // Cut by hand, the head of a record checked by a regular expression without captures: a
  // capturing one per record cost a large repository's warm run tens of milliseconds.
  for (let at = 0; at < stdout.length; ) {
    const { head, path, end } = recordAt(stdout, at);
    // A conflicted path has stages 1 to 3, in order: its work tree file is what gets scanned.
    if (!isChangedTag(head[0]) && path !== last) {
      last = path;
      files.push(entryOf(head, path));
    }
    at = end + 1;
  }
  return files;
}

/**
 * The entries of `paths`, each found by searching for `<tab><path><NUL>`: an occurrence is an
 * entry's path only when the text from the NUL before it to the tab is an entry's head (a path
 * holding a tab fails that test). The first such entry is the path's (its first stage; a
 * changed record follows its entry). Throws GitError.
 */
function searchEntries(stdout: string, paths: ReadonlySet<string>): TreeFile[] {
  const found: { at: number; file: TreeFile }[] = [];
  for (const path of paths) {
    const needle = `\t${path}\0`;
    for (let at = stdout.indexOf(needle); at !== -1; at = stdout.indexOf(needle, at + 1)) {
      const start = stdout.lastIndexOf('\0', at) + 1;
      const head = stdout.slice(start, at);
      if (!ENTRY_HEAD.test(head) || isChangedTag(head[0])) continue;
      found.push({ at, file: entryOf(head, path) });
      break;
    }
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.file);
}

/** `<tag> <mode> <blob id> <stage>`, before the tab of an ls-files -s -t record. */
const ENTRY_HEAD = /^[A-Z] \d{6} (?:[0-9a-f]{40}|[0-9a-f]{64}) \d$/;

/** The commit a revision names. Throws ValidationError when it names none. */
export async function resolveCommit(runner: GitRunner, revision: string, options: GitOptions): Promise<string> {
  // `^{commit}` peels tags; --end-of-options keeps a revision starting with `-` from being an option.
  const result = await runner(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], options);
  if (result.status !== 0) throw new ValidationError(`--ref: '${revision}' is not a commit here`, { hint: 'Check the name (git log --oneline -1 <name>), or fetch it first.' });
  return result.stdout.trim();
}

/** Every file of a commit's tree (recursively; links and submodules included, with their modes). Throws GitError. */
export async function listCommitFiles(runner: GitRunner, commit: string, options: GitOptions): Promise<TreeFile[]> {
  // -r: the whole tree; -z: paths verbatim; --full-tree: from the top, whatever folder git runs in.
  const stdout = await runOk(runner, ['ls-tree', '-r', '-z', '--full-tree', commit], { ...options, maxOutputBytes: MAX_LISTING_BYTES });
  const files: TreeFile[] = [];
  for (const record of stdout.split('\0')) {
    if (record === '') continue;
    const match = /^(\d{6}) (\w+) ([0-9a-f]{40}|[0-9a-f]{64})\t([\s\S]*)$/.exec(record);
    if (match === null) throw new GitError(`git ls-tree printed an entry this version cannot read: ${JSON.stringify(record.slice(0, 80))}`);
    files.push({ mode: match[1]!, id: match[3]!, path: match[4]! });
  }
  return files;
}

/** A file's content at a commit, or null when the commit has no such regular file. */
export async function readCommitFile(runner: GitRunner, commit: string, path: string, options: GitOptions): Promise<string | null> {
  // --literal-pathspecs: the path is a file name, never a glob.
  const listed = await runner(['--literal-pathspecs', 'ls-tree', '-z', commit, '--', path], options);
  const entry = /^(\d{6}) blob ([0-9a-f]{40}|[0-9a-f]{64})\t([^\0]*)\0/.exec(listed.stdout);
  if (listed.status !== 0 || entry === null || entry[3] !== path || !isRegularFileMode(entry[1]!)) return null;
  // cat-file blob: the blob as stored, without textconv or other filters.
  const blob = await runner(['cat-file', 'blob', entry[2]!], options);
  return blob.status === 0 ? blob.stdout : null;
}

async function runOk(runner: GitRunner, args: readonly string[], options: GitOptions & { input?: string; maxOutputBytes?: number }): Promise<string> {
  const result = await runner(args, options);
  if (result.status !== 0) {
    throw new GitError(`git ${args[0]} failed (exit ${result.status}): ${result.stderr.trim() || 'no message'}`, { hint: `Run git ${args.join(' ')} in ${options.cwd} to see what git says.` });
  }
  return result.stdout;
}

// The files of a tree as git lists them, for the flag inventory: the index (the work tree's
// tracked files, staged ones included) or a commit's tree, and which work tree files differ
// from their index entry. Never walks a folder: git's listing honours .gitignore.
import { crc32 } from 'node:zlib';
import { GitError, ValidationError } from '../errors.js';
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
  readonly files: TreeFile[];
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
  return parseIndexListing(await runOk(runner, ['ls-files', '-s', '-m', '-t', '-z'], options));
}

/** Parses `git ls-files -s -m -t -z` (see listIndexAndChanges). Throws GitError on an entry of another shape. */
export function parseIndexListing(stdout: string): IndexListing {
  const files: TreeFile[] = [];
  const changed = new Set<string>();
  let last = '';
  // The digest covers the text of every entry but the changed ones, read in the stretches between them.
  let crc = 0;
  let stretch = 0;
  // Cut by hand, the head of a record checked by a regular expression without captures: a
  // capturing one per record cost a large repository's warm run tens of milliseconds.
  for (let at = 0; at < stdout.length; ) {
    let end = stdout.indexOf('\0', at);
    if (end === -1) end = stdout.length;
    const tab = stdout.indexOf('\t', at);
    const head = tab === -1 || tab > end ? '' : stdout.slice(at, tab);
    if (!ENTRY_HEAD.test(head)) throw new GitError(`git ls-files printed an entry this version cannot read: ${JSON.stringify(stdout.slice(at, Math.min(end, at + 80)))}`);
    const path = stdout.slice(tab + 1, end);
    const tag = head[0];
    if (tag === 'C' || tag === 'R' || tag === 'K') {
      // Git marks a submodule with new commits changed too; it is never scanned.
      changed.add(path);
      if (at > stretch) crc = crc32(stdout.slice(stretch, at), crc);
      stretch = end + 1;
    } else if (path !== last) {
      // A conflicted path has stages 1 to 3, in order: its work tree file is what gets scanned.
      last = path;
      files.push({ mode: head.slice(2, 8), id: head.slice(9, -2), path });
    }
    at = end + 1;
  }
  if (stdout.length > stretch) crc = crc32(stdout.slice(stretch), crc);
  return { files, changed, digest: (crc >>> 0).toString(16).padStart(8, '0') };
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
  const stdout = await runOk(runner, ['ls-tree', '-r', '-z', '--full-tree', commit], options);
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

async function runOk(runner: GitRunner, args: readonly string[], options: GitOptions & { input?: string }): Promise<string> {
  const result = await runner(args, options);
  if (result.status !== 0) {
    throw new GitError(`git ${args[0]} failed (exit ${result.status}): ${result.stderr.trim() || 'no message'}`, { hint: `Run git ${args.join(' ')} in ${options.cwd} to see what git says.` });
  }
  return result.stdout;
}

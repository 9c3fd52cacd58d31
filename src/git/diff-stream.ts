// The diffs the flag check reads: the staged changes (pre-commit) or a commit range (pre-push,
// scan --range), as `git diff` patch text streamed to the parser while git writes it.
import { GitError } from '../errors.js';
import { createGitRunner, deferredStream, GIT_STREAMS, type GitRunner, type GitRunOptions, type GitStream, type GitStreamRunner } from './run-git.js';

/** What to diff: the index against HEAD, or one tree against another. */
export type DiffTarget = { readonly kind: 'staged' } | { readonly kind: 'range'; readonly base: string; readonly tip: string };

/**
 * Size above which git would call any file binary (core.bigFileThreshold, 512 MiB by default,
 * and a committed config cannot set it, but a user's can, to 1k): raised so that only content
 * decides. Below 4 GiB, which git reads as too large where `unsigned long` has 32 bits.
 */
const BIG_FILE_THRESHOLD = '4095m';

/**
 * The `git diff` arguments for a target. Each flag pins down output the parser relies on,
 * whatever the user's git config says.
 */
export function buildDiffArgs(target: DiffTarget): string[] {
  return [
    // One encoding of unusual paths (C-quoted, octal bytes) whatever core.quotePath says; the
    // parser decodes raw bytes too, this just keeps the common case on one path.
    '-c',
    'core.quotePath=true',
    // A file is binary when its content says so (a NUL in its first 8,000 bytes), never for its
    // size: a large text file is scanned.
    '-c',
    `core.bigFileThreshold=${BIG_FILE_THRESHOLD}`,
    // diff.relative=true (git 2.28+) would drop files outside the current directory and shorten
    // paths; set in config rather than `--no-relative`, which git before 2.28 does not know.
    '-c',
    'diff.relative=false',
    'diff',
    // Staged: the index (GIT_INDEX_FILE when git sets it for `commit -a`, `commit <path>` or
    // lint-staged) against HEAD, never the work tree, so partially staged files are judged as
    // they will be committed. Range: the two commits' trees.
    ...(target.kind === 'staged' ? ['--cached'] : [target.base, target.tip]),
    // No context lines: only changed lines are scanned, and git writes the least text.
    '-U0',
    // External diff drivers (diff.external, GIT_EXTERNAL_DIFF, `diff=` attributes) would
    // replace the patch text we parse.
    '--no-ext-diff',
    // textconv filters show a converted view of a file, not the bytes being committed.
    '--no-textconv',
    // color.diff=always would put escape codes into the lines.
    '--no-color',
    // Detect renames (even with diff.renames=false): a moved file shows as a rename with only
    // its changed lines, not as every line removed and added again (which would report every
    // flag in it as newly added).
    '-M',
    // diff.noprefix and diff.mnemonicPrefix change the `a/` `b/` prefixes the parser strips.
    '--src-prefix=a/',
    '--dst-prefix=b/',
    // diff.submodule=log|diff would print submodule logs or inner diffs instead of the gitlink
    // change; `short` keeps one `Subproject commit` line, which the parser skips.
    '--submodule=short',
  ];
}

/** Streams the diff of `target` to `onChunk`; resolves with its size. Throws GitError. */
export function streamDiff(target: DiffTarget, options: GitRunOptions, onChunk: (chunk: Buffer) => void, spoolDir?: string): Promise<{ readonly bytes: number }> {
  return startDiff(target, options, spoolDir).consume(onChunk);
}

/** Diff output held in memory, at most, while a diff started early waits for its consumer (only where git writes to a pipe). */
const MAX_EARLY_DIFF_BYTES = 8 * 1024 * 1024;

/** The empty tree, the base of the staged changes before the first commit. */
const EMPTY_TREE = { 40: '4b825dc642cb6eb9a060e54bf8d69288fbee4904', 64: '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321' } as const;

/**
 * Starts the diff of `target` now, so git writes it while the hook still loads its config and
 * registry; `consume` it later (or `cancel` it). With `spoolDir` (prove-hooks' folder in the git
 * dir, made ready by tryPrepareStateDir), git writes to an unlinked temporary file there, read as
 * it grows, so it never waits for the reader and no output is held in memory; without, a pipe.
 * Committed `.gitattributes` still decide here which files git calls binary: see
 * {@link startContentDiff} for those.
 */
export function startDiff(target: DiffTarget, options: GitRunOptions, spoolDir?: string, streams: GitStreamRunner = GIT_STREAMS): GitStream {
  return streams.spool(buildDiffArgs(target), options, MAX_EARLY_DIFF_BYTES, spoolDir);
}

/**
 * The diff of `target` where only a file's content makes it binary (a NUL in its first 8,000
 * bytes), never a committed `.gitattributes` (`*.js -diff`, `src/** binary`), which a committer
 * could use to hide source files from the scan. git reads attributes from its work tree and, for
 * the staged changes, from the index; so this diff is one of two trees (for the staged changes,
 * HEAD's and the index written as a tree by `git write-tree`), run with the git dir as its work
 * tree ({@link neutralDiffOptions}), where no committed attributes are. Limited to `paths` (the
 * files the usual diff called binary) when given. When the index cannot be written as a tree
 * (unmerged entries, which git commit refuses anyway) it is `git diff --cached`, where committed
 * attributes apply. Throws GitError through `consume`.
 */
export function startContentDiff(target: DiffTarget, options: GitRunOptions, paths?: readonly string[], streams: GitStreamRunner = GIT_STREAMS, runner: GitRunner = createGitRunner()): GitStream {
  // --literal-pathspecs: each path is a file name, never a glob.
  const limit = (args: string[]): string[] => (paths === undefined ? args : ['--literal-pathspecs', ...args, '--', ...paths]);
  return deferredStream(
    resolveTreeTarget(target, options, runner).then((resolved) =>
      resolved.kind === 'trees'
        ? streams.stream(limit(buildDiffArgs(resolved.target)), neutralDiffOptions(resolved.gitDir, options), MAX_EARLY_DIFF_BYTES)
        : streams.stream(limit(buildDiffArgs(target)), options, MAX_EARLY_DIFF_BYTES),
    ),
  );
}

type ResolvedTarget = { readonly kind: 'trees'; readonly target: DiffTarget & { kind: 'range' }; readonly gitDir: string } | { readonly kind: 'cached' };

/** The two trees to diff, and the absolute git dir; `cached` when the index cannot be written as a tree. Throws GitError. */
async function resolveTreeTarget(target: DiffTarget, options: GitRunOptions, runner: GitRunner): Promise<ResolvedTarget> {
  // --absolute-git-dir: where git runs the diff; --verify -q HEAD^{tree}: the base of the staged
  // changes, nothing (exit 1) on an unborn branch.
  const located = runner(['rev-parse', '--absolute-git-dir', ...(target.kind === 'staged' ? ['--verify', '-q', 'HEAD^{tree}'] : [])], options);
  // write-tree: the index (GIT_INDEX_FILE when git sets it) as a tree, as it will be committed.
  const written = target.kind === 'staged' ? runner(['write-tree'], options) : undefined;
  const [where, tree] = await Promise.all([located, written]);
  const [gitDir = '', headTree] = where.stdout.split('\n');
  if (gitDir === '' || (where.status !== 0 && (target.kind === 'range' || where.status !== 1))) {
    throw new GitError(`git rev-parse failed (exit ${where.status}): ${where.stderr.trim() || 'no message'}`, { hint: `Run \`git rev-parse --absolute-git-dir\` in ${options.cwd}.` });
  }
  if (target.kind === 'range') return { kind: 'trees', target, gitDir };
  const indexTree = tree!.stdout.trim();
  if (tree!.status !== 0 || indexTree === '') return { kind: 'cached' };
  const base = headTree !== undefined && headTree !== '' ? headTree : EMPTY_TREE[indexTree.length === 64 ? 64 : 40];
  return { kind: 'trees', target: { kind: 'range', base, tip: indexTree }, gitDir };
}

/**
 * Options that run git in `gitDir` as both git dir and work tree: git reads `.gitattributes`
 * from the work tree (relative to where it runs), and a git dir holds none that a commit could
 * bring. A diff of two trees needs no work tree or index.
 */
export function neutralDiffOptions(gitDir: string, options: GitRunOptions): GitRunOptions {
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env), GIT_DIR: gitDir, GIT_WORK_TREE: gitDir };
  // Relative to the hook's folder, and not needed: a diff of two trees reads no index.
  delete env.GIT_INDEX_FILE;
  return { ...options, cwd: gitDir, env };
}

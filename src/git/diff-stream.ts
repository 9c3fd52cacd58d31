// The diffs the flag check reads: the staged changes (pre-commit) or a commit range (pre-push,
// scan --range), as `git diff` patch text streamed to the parser while git writes it.
import { startGitSpool, type GitRunOptions, type GitStream } from './run-git.js';

/** What to diff: the index against HEAD, or one tree against another. */
export type DiffTarget = { readonly kind: 'staged' } | { readonly kind: 'range'; readonly base: string; readonly tip: string };

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

/**
 * Starts the diff of `target` now, so git writes it while the hook still loads its config and
 * registry; `consume` it later (or `cancel` it). With `spoolDir` (prove-hooks' folder in the git
 * dir, made ready by tryPrepareStateDir), git writes to an unlinked temporary file there, read as
 * it grows, so it never waits for the reader and no output is held in memory; without, a pipe.
 */
export function startDiff(target: DiffTarget, options: GitRunOptions, spoolDir?: string): GitStream {
  return startGitSpool(buildDiffArgs(target), options, MAX_EARLY_DIFF_BYTES, spoolDir);
}

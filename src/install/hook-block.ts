// Pure: the marked block of shell that `init` puts into a husky hook file, and merging it into
// whatever the file already holds (user lines are kept, the block appears exactly once).

/** The git hooks prove-hooks installs. */
export const HOOK_NAMES = ['prepare-commit-msg', 'commit-msg', 'pre-commit', 'pre-push'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

/** First line of our block; a line starting with this text is recognised as ours. */
export const BLOCK_BEGIN = '# >>> prove-hooks';
/** Last line of our block. */
export const BLOCK_END = '# <<< prove-hooks';

const BEGIN_LINE = `${BLOCK_BEGIN} (added by \`prove-hooks init\`, which rewrites this block)`;

/** The arguments git gives each hook, passed on unchanged. */
const HOOK_ARGS: Readonly<Record<HookName, string>> = {
  'prepare-commit-msg': ' "$@"',
  'commit-msg': ' "$1"',
  'pre-commit': '',
  'pre-push': ' "$1" "$2"',
};

/** Quotes a string for POSIX sh (single quotes; an embedded quote becomes '\''). */
export function quoteShell(text: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * Composes our block for one hook file. `packageDir` is the folder holding package.json,
 * relative to the top of the work tree, with `/` separators ('' when it is the top itself).
 *
 * Git runs hooks at the top of the work tree. The block calls the installed binary by its path
 * (no `npx`: it costs ~0.4 s). For a package in a subfolder it runs the binary from that folder,
 * so the package's own config is found, and first makes the commit message path absolute (git
 * passes `.git/COMMIT_EDITMSG`, relative to the top, in the main work tree). When the binary is
 * missing (dependencies not installed yet, or prove-hooks uninstalled) it prints one line, once
 * per clone, and lets git go on.
 */
export function composeHookBlock(hook: HookName, packageDir: string): string {
  const bin = packageDir === '' ? 'node_modules/.bin/prove-hooks' : `${packageDir}/node_modules/.bin/prove-hooks`;
  const where = packageDir === '' ? '' : ` in ${packageDir}`;
  const notice = quoteShell(`prove-hooks: ${bin} not found, commits are not checked (run npm install${where}, or delete the prove-hooks blocks from the hook files). Shown once.`);
  const run: string[] = [];
  if (packageDir === '') {
    run.push(`  node_modules/.bin/prove-hooks ${hook}${HOOK_ARGS[hook]}`);
  } else if (hook === 'commit-msg') {
    run.push(
      '  case "$1" in /*) prove_hooks_msg=$1 ;; *) prove_hooks_msg=$PWD/$1 ;; esac',
      `  (cd ${quoteShell(packageDir)} && exec node_modules/.bin/prove-hooks commit-msg "$prove_hooks_msg")`,
    );
  } else if (hook === 'prepare-commit-msg') {
    // The message path made absolute, git's other arguments (source, commit) passed on; the
    // shift happens in the subshell so lines after the block still see git's arguments.
    run.push(
      '  case "$1" in /*) prove_hooks_msg=$1 ;; *) prove_hooks_msg=$PWD/$1 ;; esac',
      `  (shift; cd ${quoteShell(packageDir)} && exec node_modules/.bin/prove-hooks prepare-commit-msg "$prove_hooks_msg" "$@")`,
    );
  } else {
    run.push(`  (cd ${quoteShell(packageDir)} && exec node_modules/.bin/prove-hooks ${hook}${HOOK_ARGS[hook]})`);
  }
  // Without the binary (after `npm uninstall prove-hooks`) every hook of every commit would say
  // so: the notice is printed once per clone, remembered by a file in our state folder.
  const missing = [
    '  prove_hooks_noted="$(git rev-parse --git-common-dir 2>/dev/null || true)/prove-hooks/binary-missing-noted"',
    '  if [ ! -e "$prove_hooks_noted" ]; then',
    `    echo ${notice} >&2`,
    '    mkdir -p "${prove_hooks_noted%/*}" 2>/dev/null && : > "$prove_hooks_noted" 2>/dev/null || true',
    '  fi',
  ];
  return [BEGIN_LINE, `if [ -x ${quoteShell(bin)} ]; then`, ...run, 'else', ...missing, 'fi', BLOCK_END].join('\n');
}

/** What merging did to a hook file. */
export type HookFileChange =
  /** The file did not exist; it now holds only our block. */
  | 'created'
  /** Our block was appended after the existing lines. */
  | 'added'
  /** Our block was there with other content and was rewritten in place. */
  | 'updated'
  /** Our block was there, identical. */
  | 'unchanged'
  /** The file calls prove-hooks outside a marked block; it was left as it is. */
  | 'unmarked'
  /** A begin marker without its end (or several blocks): the file was left as it is. */
  | 'conflict';

export interface HookFileMerge {
  /** The new file content (equal to the old one unless the change is created/added/updated). */
  readonly content: string;
  readonly change: HookFileChange;
}

const UNMARKED_CALL = /\bprove-hooks(?:\.js|\.mjs)?\s+(?:prepare-commit-msg|commit-msg|pre-commit|pre-push)\b/;

/** Merges `block` into a hook file's text (undefined when the file does not exist). */
export function mergeHookBlock(existing: string | undefined, block: string): HookFileMerge {
  if (existing === undefined) return { content: `${block}\n`, change: 'created' };
  const lines = existing.split('\n');
  const begins = lines.flatMap((line, index) => (line.startsWith(BLOCK_BEGIN) ? [index] : []));
  const ends = lines.flatMap((line, index) => (line.trimEnd() === BLOCK_END ? [index] : []));
  if (begins.length === 0 && ends.length === 0) {
    if (lines.some((line) => !line.trimStart().startsWith('#') && UNMARKED_CALL.test(line))) {
      return { content: existing, change: 'unmarked' };
    }
    // Only the final newlines go; trailing spaces on the user's last line are theirs.
    const body = existing.replace(/\n+$/, '');
    return { content: body.trim() === '' ? `${block}\n` : `${body}\n\n${block}\n`, change: 'added' };
  }
  const begin = begins[0]!;
  const end = ends[0];
  if (begins.length !== 1 || ends.length !== 1 || end === undefined || end < begin) {
    return { content: existing, change: 'conflict' };
  }
  const content = [...lines.slice(0, begin), block, ...lines.slice(end + 1)].join('\n');
  return content === existing ? { content, change: 'unchanged' } : { content, change: 'updated' };
}

/** What removing our block did to a hook file. */
export type HookFileRemoval =
  /** Our block was removed; the user's lines stay. */
  | { readonly change: 'removed'; readonly content: string }
  /** The file held only our block: it goes. */
  | { readonly change: 'deleted' }
  /** No block of ours in the file. */
  | { readonly change: 'absent' }
  /** A begin marker without its end (or several blocks): the file is left as it is. */
  | { readonly change: 'conflict' };

/** Removes our marked block from a hook file's text (the inverse of {@link mergeHookBlock}). */
export function removeHookBlock(existing: string): HookFileRemoval {
  const lines = existing.split('\n');
  const begins = lines.flatMap((line, index) => (line.startsWith(BLOCK_BEGIN) ? [index] : []));
  const ends = lines.flatMap((line, index) => (line.trimEnd() === BLOCK_END ? [index] : []));
  if (begins.length === 0 && ends.length === 0) return { change: 'absent' };
  const begin = begins[0]!;
  const end = ends[0];
  if (begins.length !== 1 || ends.length !== 1 || end === undefined || end < begin) return { change: 'conflict' };
  // mergeHookBlock put one blank line before the block: it goes with it.
  const before = lines.slice(0, begin);
  while (before.length > 0 && before.at(-1)!.trim() === '') before.pop();
  const after = lines.slice(end + 1);
  const rest = [...before, ...after].join('\n');
  // Only a shebang, blank lines or nothing left: the file was ours.
  if (rest.split('\n').every((line) => line.trim() === '' || line.startsWith('#!'))) return { change: 'deleted' };
  return { change: 'removed', content: `${rest.replace(/\n+$/, '')}\n` };
}

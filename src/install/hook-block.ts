// Pure: the marked block of shell that `init` puts into a husky hook file, and merging it into
// whatever the file already holds (user lines are kept, the block appears exactly once, and
// before any command that ends the script, where the shell reaches it).
import { HOOKS, INSTALLED_HOOKS, type InstalledHookName } from '../hooks/hook-table.js';
import { quoteShell } from '../report/shell-quote.js';
import { findScriptEnd, type ScriptEnd } from './hook-reachability.js';

/** The git hooks prove-hooks installs (from the hook table, hooks/hook-table.ts). */
export const HOOK_NAMES: readonly InstalledHookName[] = INSTALLED_HOOKS;
export type HookName = InstalledHookName;

/** First line of our block; a line starting with this text is recognised as ours. */
export const BLOCK_BEGIN = '# >>> prove-hooks';
/** Last line of our block. */
export const BLOCK_END = '# <<< prove-hooks';

const BEGIN_LINE = `${BLOCK_BEGIN} (added by \`prove-hooks init\`, which rewrites this block)`;


export { quoteShell } from '../report/shell-quote.js';

/**
 * Composes our block for one hook file. `packageDir` is the folder holding package.json,
 * relative to the top of the work tree, with `/` separators ('' when it is the top itself).
 *
 * Git runs hooks at the top of the work tree. The block calls the installed binary by its path
 * (no `npx`: it costs ~0.4 s). For a package in a subfolder it runs the binary from that folder,
 * so the package's own config is found, and first makes the commit message path absolute (git
 * passes `.git/COMMIT_EDITMSG` or `.git/rebase-apply/final-commit`, relative to the top). When the binary is
 * missing (dependencies not installed yet, or prove-hooks uninstalled) it prints one line, once
 * per clone, and lets git go on.
 */
export function composeHookBlock(hook: HookName, packageDir: string): string {
  const bin = packageDir === '' ? 'node_modules/.bin/prove-hooks' : `${packageDir}/node_modules/.bin/prove-hooks`;
  const where = packageDir === '' ? '' : ` in ${packageDir}`;
  const notice = quoteShell(`prove-hooks: ${bin} not found, commits are not checked (run npm install${where}, or delete the prove-hooks blocks from the hook files). Shown once.`);
  const run: string[] = [];
  if (packageDir === '') {
    run.push(`  node_modules/.bin/prove-hooks ${hook}${HOOKS[hook].installedWithArgs}`);
  } else if (hook === 'commit-msg' || hook === 'applypatch-msg') {
    run.push(
      '  case "$1" in /*) prove_hooks_msg=$1 ;; *) prove_hooks_msg=$PWD/$1 ;; esac',
      `  (cd ${quoteShell(packageDir)} && exec node_modules/.bin/prove-hooks ${hook} "$prove_hooks_msg")`,
    );
  } else if (hook === 'prepare-commit-msg') {
    // The message path made absolute, git's other arguments (source, commit) passed on; the
    // shift happens in the subshell so lines after the block still see git's arguments.
    run.push(
      '  case "$1" in /*) prove_hooks_msg=$1 ;; *) prove_hooks_msg=$PWD/$1 ;; esac',
      `  (shift; cd ${quoteShell(packageDir)} && exec node_modules/.bin/prove-hooks prepare-commit-msg "$prove_hooks_msg" "$@")`,
    );
  } else {
    run.push(`  (cd ${quoteShell(packageDir)} && exec node_modules/.bin/prove-hooks ${hook}${HOOKS[hook].installedWithArgs})`);
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
  /** Our block was added: after the existing lines, or before the command that ends the script (see `note`). */
  | 'added'
  /** Our block stood after a command that ends the script (it never ran); it now stands before it. */
  | 'moved'
  /** The shell could not be followed and it may end before the block: the file was left as it is (see `note`). */
  | 'refused'
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
  /** Where the block went and why (added before an `exit`/`exec`, moved), or why it was refused. */
  readonly note?: string;
}

/** Whether the shell reaches our block in a hook file (for `init`, and for a later `doctor`). */
export type BlockReachability =
  | { readonly status: 'absent' }
  | { readonly status: 'reachable' }
  /** A top-level command before the block ends the script every time: the block never runs. */
  | { readonly status: 'unreachable'; readonly end: ScriptEnd }
  /** The shell before the block could not be followed, and it holds an `exit` or `exec`. */
  | { readonly status: 'unknown'; readonly reason: string };

/** Where our block begins in a hook file's lines, when it is there exactly once. */
function findBlockBegin(lines: readonly string[]): number | undefined {
  const begins = lines.flatMap((line, index) => (line.startsWith(BLOCK_BEGIN) ? [index] : []));
  return begins.length === 1 ? begins[0] : undefined;
}

/** Whether a hook file's shell gets to our block, or ends before it (`exit 0`, `exec lint-staged`). Never throws. */
export function checkBlockReachable(text: string): BlockReachability {
  const lines = text.split('\n');
  const begin = findBlockBegin(lines);
  if (begin === undefined) return { status: 'absent' };
  return toReachability(text, begin);
}

function toReachability(text: string, untilLine: number): BlockReachability {
  const scan = findScriptEnd(text, untilLine);
  if (scan.status === 'ends') return { status: 'unreachable', end: scan.end };
  if (scan.status === 'unknown' && mentionsScriptEnd(text.split('\n').slice(0, untilLine))) return { status: 'unknown', reason: scan.reason };
  return { status: 'reachable' };
}

/** A shell we could not follow is only a risk when it can end the script: an `exit` or `exec` word outside comments. */
function mentionsScriptEnd(lines: readonly string[]): boolean {
  return lines.some((line) => !line.trimStart().startsWith('#') && /(^|[\s;&|(])(exit|exec)(\s|;|$)/.test(line));
}

function describeEnd(end: ScriptEnd): string {
  const command = end.command.length > 40 ? `${end.command.slice(0, 37)}...` : end.command;
  return `\`${command}\` (line ${end.lineIndex + 1})`;
}

/** `block` put in front of line `index` of `lines`, a blank line on each side. */
function insertBefore(lines: readonly string[], index: number, block: string): string {
  const before = lines.slice(0, index).join('\n').replace(/\n+$/, '');
  const after = lines.slice(index).join('\n').replace(/^\n+/, '').replace(/\n+$/, '');
  return `${before.trim() === '' ? '' : `${before}\n\n`}${block}\n\n${after}\n`;
}

const REFUSED_HINT = 'add the block by hand where the script always gets to it (before any exit/exec), then run init again';

const UNMARKED_CALL = /\bprove-hooks(?:\.js|\.mjs)?\s+(?:prepare-commit-msg|commit-msg|applypatch-msg|pre-commit|pre-push)\b/;

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
    const reach = toReachability(existing, lines.length);
    if (reach.status === 'unreachable') {
      return { content: insertBefore(lines, reach.end.lineIndex, block), change: 'added', note: `before ${describeEnd(reach.end)}, which ends the script` };
    }
    if (reach.status === 'unknown') return { content: existing, change: 'refused', note: `cannot tell whether the script ends before a block added at its end (${reach.reason}): ${REFUSED_HINT}` };
    // Only the final newlines go; trailing spaces on the user's last line are theirs.
    const body = existing.replace(/\n+$/, '');
    return { content: body.trim() === '' ? `${block}\n` : `${body}\n\n${block}\n`, change: 'added' };
  }
  const begin = begins[0]!;
  const end = ends[0];
  if (begins.length !== 1 || ends.length !== 1 || end === undefined || end < begin) {
    return { content: existing, change: 'conflict' };
  }
  const reach = toReachability(existing, begin);
  if (reach.status === 'unknown') return { content: existing, change: 'refused', note: `cannot tell whether the script ends before the prove-hooks block (${reach.reason}): ${REFUSED_HINT}` };
  if (reach.status === 'unreachable') {
    const without = [...lines.slice(0, begin), ...lines.slice(end + 1)];
    return { content: insertBefore(without, reach.end.lineIndex, block), change: 'moved', note: `it stood after ${describeEnd(reach.end)} and never ran; now it runs before it` };
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

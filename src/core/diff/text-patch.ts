// A file pair git calls binary but whose images are text (UTF-16 sources): their line changes
// written as the `git diff -U0` patch the parser reads, so they are scanned like any other file.
import { diffArrays } from 'diff';

/** A changed file as the patch names it; null: no such side (an added or deleted file). */
export interface TextPatchFile {
  readonly oldPath: string | null;
  readonly newPath: string | null;
  readonly oldMode: string | null;
  readonly newMode: string | null;
}

/**
 * Most edits (lines added plus removed) the line diff searches for; beyond it the lines between
 * the unchanged start and end are all taken as removed and added (more findings, never fewer),
 * so a crafted file cannot make the diff's quadratic worst case hold up the hook.
 */
export const MAX_EDIT_LINES = 1000;

/**
 * The `git diff -U0 --src-prefix=a/ --dst-prefix=b/` patch from `oldText` to `newText` (either
 * undefined: no such image), with C-quoted paths; empty when the texts' lines are equal.
 */
export function formatTextPatch(file: TextPatchFile, oldText: string | undefined, newText: string | undefined): string {
  const oldLines = splitLines(oldText);
  const newLines = splitLines(newText);
  const hunks = diffHunks(oldLines.lines, newLines.lines);
  // A missing final newline added or removed changes no line's text: nothing to scan.
  if (hunks.length === 0) return '';
  const oldName = file.oldPath === null || oldText === undefined ? null : file.oldPath;
  const newName = file.newPath === null || newText === undefined ? null : file.newPath;
  const gitOld = quotePath(`a/${oldName ?? newName ?? ''}`);
  const gitNew = quotePath(`b/${newName ?? oldName ?? ''}`);
  let out = `diff --git ${gitOld} ${gitNew}\n`;
  if (oldName === null) out += `new file mode ${file.newMode ?? '100644'}\n`;
  else if (newName === null) out += `deleted file mode ${file.oldMode ?? '100644'}\n`;
  else if (oldName !== newName) out += `rename from ${quotePath(oldName)}\nrename to ${quotePath(newName)}\n`;
  out += `--- ${oldName === null ? '/dev/null' : gitOld}\n+++ ${newName === null ? '/dev/null' : gitNew}\n`;
  for (const hunk of hunks) {
    out += `@@ -${hunk.oldStart},${hunk.removed.length} +${hunk.newStart},${hunk.added.length} @@\n`;
    for (const [index, line] of hunk.removed.entries()) out += `-${line}\n${noNewline(oldLines, hunk.oldFirst + index)}`;
    for (const [index, line] of hunk.added.entries()) out += `+${line}\n${noNewline(newLines, hunk.newFirst + index)}`;
  }
  return out;
}

interface SplitText {
  readonly lines: string[];
  readonly lastHasNewline: boolean;
}

/** Lines split at LF (a CR stays on its line, as in git's patch); none for no image. */
function splitLines(text: string | undefined): SplitText {
  if (text === undefined || text === '') return { lines: [], lastHasNewline: true };
  const lines = text.split('\n');
  const lastHasNewline = lines[lines.length - 1] === '';
  if (lastHasNewline) lines.pop();
  return { lines, lastHasNewline };
}

/** git's marker after a file's last line when the file does not end in a newline. */
function noNewline(text: SplitText, index: number): string {
  return !text.lastHasNewline && index === text.lines.length - 1 ? '\\ No newline at end of file\n' : '';
}

interface Hunk {
  /** 0-based index of the first removed and added line. */
  readonly oldFirst: number;
  readonly newFirst: number;
  /** git's -U0 hunk starts: the first changed line (1-based), or the line before when none. */
  readonly oldStart: number;
  readonly newStart: number;
  readonly removed: string[];
  readonly added: string[];
}

/** The -U0 hunks: each run of removed and added lines between unchanged ones. */
function diffHunks(oldLines: readonly string[], newLines: readonly string[]): Hunk[] {
  // The unchanged start and end first: the diff then sees only the changed middle.
  let head = 0;
  while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) head += 1;
  let tail = 0;
  while (tail < oldLines.length - head && tail < newLines.length - head && oldLines[oldLines.length - 1 - tail] === newLines[newLines.length - 1 - tail]) tail += 1;
  const oldMiddle = oldLines.slice(head, oldLines.length - tail);
  const newMiddle = newLines.slice(head, newLines.length - tail);
  if (oldMiddle.length === 0 && newMiddle.length === 0) return [];
  const changes = diffArrays(oldMiddle, newMiddle, { maxEditLength: MAX_EDIT_LINES }) ?? [
    { value: oldMiddle, removed: true, added: false, count: oldMiddle.length },
    { value: newMiddle, removed: false, added: true, count: newMiddle.length },
  ];
  const hunks: Hunk[] = [];
  let oldAt = head;
  let newAt = head;
  let open: { oldFirst: number; newFirst: number; removed: string[]; added: string[] } | undefined;
  const close = (): void => {
    if (open === undefined) return;
    const { oldFirst, newFirst, removed, added } = open;
    hunks.push({ oldFirst, newFirst, oldStart: removed.length === 0 ? oldFirst : oldFirst + 1, newStart: added.length === 0 ? newFirst : newFirst + 1, removed, added });
    open = undefined;
  };
  for (const change of changes) {
    if (!change.added && !change.removed) {
      close();
      oldAt += change.value.length;
      newAt += change.value.length;
      continue;
    }
    open ??= { oldFirst: oldAt, newFirst: newAt, removed: [], added: [] };
    // One line at a time: spreading a change of 200,000 lines into push() overflows the stack.
    if (change.removed) {
      for (const line of change.value) open.removed.push(line);
      oldAt += change.value.length;
    } else {
      for (const line of change.value) open.added.push(line);
      newAt += change.value.length;
    }
  }
  close();
  return hunks;
}

/** A path as git's C quoting writes it in headers (quoted only when it must be; UTF-8 kept as is). */
function quotePath(path: string): string {
  if (!/["\\\x00-\x1f\x7f]/.test(path)) return path;
  const escaped = path.replace(/["\\\x00-\x1f\x7f]/g, (ch) => {
    const named: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };
    return named[ch] ?? `\\${ch.charCodeAt(0).toString(8).padStart(3, '0')}`;
  });
  return `"${escaped}"`;
}

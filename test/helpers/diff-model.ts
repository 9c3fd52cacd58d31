// A model of a diff and a renderer that writes it the way `git diff` does, for parser tests.
import { expect } from 'vitest';
import { LineKind, type DiffFile, type DiffSink, type LineBatch, type SkippedLine } from '../../src/core/diff/diff-types.js';
import { quoteGitPath } from '../../src/core/diff/quoted-path.js';
import { DiffParser } from '../../src/core/diff/diff-parser.js';

export interface ModelHunk {
  readonly oldStart: number;
  /** Raw line bytes as latin1 strings, without LF. */
  readonly removed: readonly string[];
  readonly newStart: number;
  readonly added: readonly string[];
  /** Drop the `,1` count the way git does. */
  readonly shortCounts: boolean;
}

export interface ModelFile {
  readonly oldPath: string;
  readonly newPath: string;
  readonly status: 'added' | 'deleted' | 'modified' | 'renamed';
  readonly binary: boolean;
  readonly modeOnly: boolean;
  readonly hunks: readonly ModelHunk[];
}

const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

/** `a/` + path as git writes it in a header: C-quoted when needed, as latin1 bytes. */
function label(prefix: string, path: string): string {
  return latin1(quoteGitPath(`${prefix}${path}`));
}

/** Renders the model as `git diff -U0` output (a latin1 string: one char per byte). */
export function renderDiff(files: readonly ModelFile[]): string {
  let out = '';
  for (const file of files) {
    out += `diff --git ${label('a/', file.oldPath)} ${label('b/', file.newPath)}\n`;
    if (file.status === 'added') out += 'new file mode 100644\n';
    if (file.status === 'deleted') out += 'deleted file mode 100644\n';
    if (file.modeOnly) out += 'old mode 100644\nnew mode 100755\n';
    if (file.status === 'renamed') {
      out += `similarity index 90%\nrename from ${latin1(quoteGitPath(file.oldPath))}\nrename to ${latin1(quoteGitPath(file.newPath))}\n`;
    }
    if (file.modeOnly) continue;
    out += `index 1234567..89abcde${file.status === 'modified' || file.status === 'renamed' ? ' 100644' : ''}\n`;
    const minus = file.status === 'added' ? '/dev/null' : label('a/', file.oldPath);
    const plus = file.status === 'deleted' ? '/dev/null' : label('b/', file.newPath);
    if (file.binary) {
      out += `Binary files ${minus} and ${plus} differ\n`;
      continue;
    }
    if (file.hunks.length === 0) continue;
    const tab = (text: string): string => (text.includes(' ') && !text.startsWith('"') ? `${text}\t` : text);
    out += `--- ${tab(minus)}\n+++ ${tab(plus)}\n`;
    for (const hunk of file.hunks) {
      const range = (start: number, count: number): string => (count === 1 && hunk.shortCounts ? `${start}` : `${start},${count}`);
      out += `@@ -${range(hunk.oldStart, hunk.removed.length)} +${range(hunk.newStart, hunk.added.length)} @@ context\n`;
      for (const line of hunk.removed) out += `-${line}\n`;
      for (const line of hunk.added) out += `+${line}\n`;
    }
  }
  return out;
}

export interface RecordedLine {
  readonly file: number;
  readonly kind: LineKind;
  readonly line: number;
  /** Raw bytes as latin1. */
  readonly text: string;
}

/** A sink that records everything, as plain values. */
export class RecordingSink implements DiffSink {
  readonly files: DiffFile[] = [];
  readonly lines: RecordedLine[] = [];
  readonly skipped: { file: number; kind: LineKind; line: number; lengthBytes: number }[] = [];
  constructor(private readonly include: (file: DiffFile) => boolean = () => true) {}
  onFile(file: DiffFile): boolean {
    this.files.push(file);
    return this.include(file);
  }
  onLines(batch: LineBatch): void {
    for (let i = 0; i < batch.count; i++) {
      this.lines.push({
        file: batch.fileIndexes[i]!,
        kind: batch.kinds[i]! as LineKind,
        line: batch.lineNumbers[i]!,
        text: Buffer.from(batch.bytes.subarray(batch.starts[i]!, batch.ends[i]!)).toString('latin1'),
      });
    }
  }
  onSkippedLine(skip: SkippedLine): void {
    this.skipped.push({ file: skip.file.index, kind: skip.kind, line: skip.line, lengthBytes: skip.lengthBytes });
  }
}

/** The lines a model should parse into. */
export function expectedLines(files: readonly ModelFile[]): RecordedLine[] {
  const lines: RecordedLine[] = [];
  files.forEach((file, index) => {
    if (file.binary || file.modeOnly) return;
    for (const hunk of file.hunks) {
      hunk.removed.forEach((text, i) => lines.push({ file: index, kind: LineKind.REMOVED, line: hunk.oldStart + i, text: text.replace(/\r$/, '') }));
      hunk.added.forEach((text, i) => lines.push({ file: index, kind: LineKind.ADDED, line: hunk.newStart + i, text: text.replace(/\r$/, '') }));
    }
  });
  return lines;
}

/** Parses `input` pushed to a DiffParser in chunks cut at `splits` (byte offsets), into a RecordingSink. */
export function parseDiffInChunks(
  input: string | Uint8Array,
  options: { maxLineBytes?: number; splits?: readonly number[]; batchBytes?: number; readFrom?: { readBytes: number; idle?: boolean } } = {},
): RecordingSink {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
  const sink = new RecordingSink();
  // Batches of 1 byte: every chunk is read as it comes, so chunk boundaries are exercised.
  const parser = new DiffParser(sink, { maxLineBytes: options.maxLineBytes ?? 1 << 20, batchBytes: options.batchBytes ?? 1 });
  // readFrom: each chunk is read into the parser's own memory, as a spool reader does, a few
  // bytes at a time when the chunk is longer than `readBytes`.
  const push = (chunk: Uint8Array): void => {
    if (options.readFrom === undefined) return parser.push(chunk);
    for (let rest = chunk; rest.length > 0; ) {
      const count = parser.readFrom((into, offset, length) => {
        const taken = Math.min(length, rest.length, options.readFrom!.readBytes);
        into.set(rest.subarray(0, taken), offset);
        return taken;
      });
      rest = rest.subarray(count);
    }
    // A reader that has caught up with the writer reads nothing before it waits for more.
    if (options.readFrom.idle === true) parser.readFrom(() => 0);
  };
  let from = 0;
  for (const at of [...(options.splits ?? [])].sort((a, b) => a - b)) {
    push(bytes.subarray(from, Math.max(from, at)));
    from = Math.max(from, at);
  }
  push(bytes.subarray(from));
  parser.end();
  return sink;
}

/**
 * What a patch of `oldLines` → `newLines` must read back as: each added line at its new number and
 * each removed line at its old one (as the parser sees them: raw bytes as latin1, no trailing CR),
 * and the lines neither added nor removed the same, in order, on both sides.
 */
export function expectChangedLinesReadBack(sink: RecordingSink, oldLines: readonly string[], newLines: readonly string[]): void {
  const asParsed = (line: string): string => Buffer.from(line.replace(/\r$/, ''), 'utf8').toString('latin1');
  const added = sink.lines.filter((recorded) => recorded.kind === LineKind.ADDED);
  const removed = sink.lines.filter((recorded) => recorded.kind === LineKind.REMOVED);
  for (const recorded of added) expect(recorded.text).toBe(asParsed(newLines[recorded.line - 1]!));
  for (const recorded of removed) expect(recorded.text).toBe(asParsed(oldLines[recorded.line - 1]!));
  const addedAt = new Set(added.map((recorded) => recorded.line));
  const removedAt = new Set(removed.map((recorded) => recorded.line));
  expect(newLines.filter((_, index) => !addedAt.has(index + 1))).toEqual(oldLines.filter((_, index) => !removedAt.has(index + 1)));
}

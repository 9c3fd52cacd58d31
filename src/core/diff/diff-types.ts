// The values the streaming diff parser produces: files, content lines in batches, skips.

export type FileStatus = 'added' | 'deleted' | 'modified' | 'renamed' | 'copied';

/** One file of a diff, known once its header lines (before the first hunk) have been read. */
export interface DiffFile {
  /** 0-based position in the diff. */
  readonly index: number;
  /** Path before the change; null for an added file. */
  readonly oldPath: string | null;
  /** Path after the change; null for a deleted file. */
  readonly newPath: string | null;
  readonly status: FileStatus;
  /** `Binary files ... differ`: no lines to read. */
  readonly binary: boolean;
  /** A gitlink (mode 160000): its "lines" are `Subproject commit <id>`, never scanned. */
  readonly submodule: boolean;
  readonly oldMode: string | null;
  readonly newMode: string | null;
}

/** The path a file is known by: the new path, or the old one for a deletion. */
export function pathOf(file: DiffFile): string {
  return file.newPath ?? file.oldPath ?? '';
}

/** Kinds of content lines, as stored in `LineBatch.kinds`. */
export const LineKind = { ADDED: 1, REMOVED: 2, CONTEXT: 3 } as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

/**
 * A batch of content lines (from included files only), as parallel arrays over `bytes`.
 * Line `i` is `bytes[starts[i] .. ends[i])`: without the diff marker, the trailing CR or the LF.
 * When the parser has a LineSelector, only the lines it marked are in the batch; `contentLines`
 * counts every content line the batch covers. Every line of a batch comes from the selector's
 * last call before the sink's (so a selector may hand the sink more about them). Everything here
 * is only valid during the sink call that receives it.
 */
export interface LineBatch {
  readonly bytes: Uint8Array;
  readonly count: number;
  /** Content lines of included files read for this batch, marked or not (>= count). */
  readonly contentLines: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  /** 1-based: the new-file line for added and context lines, the old-file line for removed. */
  readonly lineNumbers: Int32Array;
  /** Index into the files seen so far (`DiffFile.index`). */
  readonly fileIndexes: Int32Array;
  /**
   * The line just above line `i` on its side (new file for added lines, old file for removed
   * ones) when the diff shows it: `bytes[aboveStarts[i] .. aboveEnds[i])`; ABOVE_CARRIED when it
   * arrived in an earlier chunk (then it is `carriedAbove(kind)`); ABOVE_NONE otherwise.
   */
  readonly aboveStarts: Int32Array;
  readonly aboveEnds: Int32Array;
  /** The line above kept from an earlier chunk, for ABOVE_CARRIED. */
  carriedAbove(kind: LineKind): Uint8Array;
}

/** `LineBatch.aboveStarts` values that are not offsets. */
export const ABOVE_NONE = -1;
export const ABOVE_CARRIED = -2;

/** A content line that was not scanned because it is longer than the cap. */
export interface SkippedLine {
  readonly file: DiffFile;
  readonly kind: LineKind;
  readonly line: number;
  readonly lengthBytes: number;
}

/** Receives what the parser finds, in diff order. */
export interface DiffSink {
  /**
   * Called once per file when its header is complete, before any of its lines.
   * Return false to skip the file's lines without reading them (exclude globs, binary).
   */
  onFile(file: DiffFile): boolean;
  /** A batch of content lines of included files; consume it synchronously. */
  onLines(batch: LineBatch): void;
  /** A content line of an included file over the length cap. */
  onSkippedLine(skip: SkippedLine): void;
  /**
   * A hunk header of an included file: its old lines `[oldStart, oldStart + oldCount)` and new
   * lines `[newStart, newStart + newCount)` (with -U0, exactly the removed and added lines).
   */
  onHunk?(fileIndex: number, oldStart: number, oldCount: number, newStart: number, newCount: number): void;
}

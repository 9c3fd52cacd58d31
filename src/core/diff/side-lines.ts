// The last content line read on each side of the diff (the new file's, the old file's): the
// line above the next one, where a suppression comment may be. Offsets into the parser's
// buffer, copied out (carried) before the buffer is reused for the next chunk.
import { ABOVE_CARRIED, ABOVE_NONE, LineKind } from './diff-types.js';
import type { LineBatchBuilder } from './line-batch.js';

const LF = 10;
const CR = 13;
/** SideLine.end of a plain line that was only counted: found when needed ({@link SideLines.resolve}). */
export const UNKNOWN_END = -1;

/** The last content line read on one side (new or old file), for LineBatch.aboveStarts. */
export interface SideLine {
  file: number;
  line: number;
  /** Offset in the buffer, ABOVE_CARRIED (kept in `carried`) or ABOVE_NONE (not readable). */
  start: number;
  /** UNKNOWN_END for a plain line that was only counted. */
  end: number;
}

export class SideLines {
  readonly newSide: SideLine = { file: -1, line: 0, start: ABOVE_NONE, end: 0 };
  readonly oldSide: SideLine = { file: -1, line: 0, start: ABOVE_NONE, end: 0 };

  /**
   * Remembers a content line `[start, end)` as the last one of its side; a context line is on
   * both, with `oldLine` its old-file number (`lineNumber` is its new-file number).
   */
  record(kind: LineKind, file: number, lineNumber: number, oldLine: number, start: number, end: number): void {
    if (kind !== LineKind.REMOVED) setSide(this.newSide, file, lineNumber, start, end);
    if (kind !== LineKind.ADDED) setSide(this.oldSide, file, kind === LineKind.CONTEXT ? oldLine : lineNumber, start, end);
  }

  /** The line just above line `lineNumber` of `file` on the side of `kind`, when it was read; its end found. */
  above(kind: LineKind, file: number, lineNumber: number, buffer: Uint8Array): SideLine | undefined {
    const side = kind === LineKind.REMOVED ? this.oldSide : this.newSide;
    if (side.file !== file || side.line !== lineNumber - 1) return undefined;
    this.resolve(side, buffer);
    return side;
  }

  /** Finds the end of a side's line that was only counted (without its CR, as read lines are). */
  resolve(side: SideLine, buffer: Uint8Array): void {
    if (side.start < 0 || side.end !== UNKNOWN_END) return;
    let end = buffer.indexOf(LF, side.start);
    if (end > side.start && buffer[end - 1] === CR) end -= 1;
    side.end = end;
  }

  /** Keeps a copy of both sides' last lines before the buffer is reused, for the next chunk. */
  carry(buffer: Uint8Array, batch: LineBatchBuilder): void {
    for (const side of [this.newSide, this.oldSide]) {
      this.resolve(side, buffer);
      if (side.start < 0) continue;
      // A copy (Buffer#slice would share the memory that the next chunk overwrites).
      const copy = Uint8Array.prototype.slice.call(buffer, side.start, side.end);
      if (side === this.oldSide) batch.carriedOld = copy;
      else batch.carriedNew = copy;
      side.start = ABOVE_CARRIED;
    }
  }
}

export function setSide(side: SideLine, file: number, line: number, start: number, end: number): void {
  side.file = file;
  side.line = line;
  side.start = start;
  side.end = end;
}

// Line splitting without a prefilter: the LineSplitter a parser uses when it is given none.
import type { LineSplitter } from './diff-types.js';

const LF = 10;

/** Writes every LF offset of `bytes[from, to)` to `ends` (as `~offset` when `mark`); returns how many. */
export function splitLines(bytes: Uint8Array, from: number, to: number, ends: Int32Array, mark: boolean): number {
  let count = 0;
  for (let p = bytes.indexOf(LF, from); p !== -1 && p < to; p = bytes.indexOf(LF, p + 1)) ends[count++] = mark ? ~p : p;
  return count;
}

/** Marks every line: the sink sees every content line. */
export const MARK_ALL_LINES: LineSplitter = { split: (bytes, from, to, ends) => splitLines(bytes, from, to, ends, true) };

/** Marks no line: the sink sees none (only counts). */
export const MARK_NO_LINES: LineSplitter = { split: (bytes, from, to, ends) => splitLines(bytes, from, to, ends, false) };

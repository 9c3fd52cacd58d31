// The prefilter's record format: what a LineSelector (the anchor kernel in JavaScript or
// WebAssembly, or the parser's own select-all) tells the diff parser about a chunk's lines. The
// prefilter owns it; the parser (core/diff/diff-parser.ts) reads it.

/**
 * The words of one LineSelection record, at `RECORD_WORDS * i + RecordField.*`: a line the parser
 * must read (`START` >= 0), or, with `START` -1, only counts up to the LF at `END`. Either way
 * the plain lines between the previous record and this one are counted, not listed.
 */
export const RecordField = {
  /** The offset of the line's first byte (its diff marker); -1 for a counts-only record. */
  START: 0,
  /** The offset of the line's LF, as `~offset` (a negative number) for a marked line. */
  END: 1,
  /** Plain `+` and `-` lines since the previous record. */
  PLUS: 2,
  MINUS: 3,
  /** The first byte of the last of those `+` lines (of `-` lines); meaningless when there are none. */
  LAST_PLUS: 4,
  LAST_MINUS: 5,
} as const;
export const RECORD_WORDS = 6;

/** What a LineSelector found in a chunk; valid until its next call. */
export interface LineSelection {
  readonly records: Int32Array;
  readonly count: number;
}

/**
 * Finds the lines of a chunk the parser must read (the prefilter), in one pass. A line is
 * "plain" when it is not marked, starts with `+` or `-`, and is not longer than the cap; the
 * others (headers, hunk headers, context, `\`, marked lines, long lines) are recorded one by
 * one, plain lines only counted. A line is marked when it may be of interest: marking too many
 * is allowed, too few is not.
 */
export interface LineSelector {
  /**
   * Selects in the whole lines of `bytes[from, to)`, which starts at a line's start; the last
   * record is always a counts-only one that ends at the last LF (`from - 1` without one), and
   * there may be others before it.
   * `maxLineBytes` is the parser's cap on content bytes after the marker.
   */
  select(bytes: Uint8Array, from: number, to: number, maxLineBytes: number): LineSelection;
}

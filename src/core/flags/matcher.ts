// The contract between the diff engine (which streams and prefilters diff text) and the flag
// knowledge side (registry, presets, custom patterns, aliases), so both can be built apart.

/** One place in a line where a flag is referenced. */
export interface FlagReference {
  /** The flag key as written (an alias is resolved to its registry key in `flag`). */
  readonly flag: string;
  /** 0-based offset in the line where the match starts. */
  readonly index: number;
  /** What found it: a preset name (`launchdarkly`), `custom:<n>`, or `alias`. */
  readonly source: string;
  /**
   * The name exactly as the code wrote it, when it differs from `flag`: an alias
   * (`NEW_CHECKOUT`), a camelCased key (`newCheckout`) or an env variable (`FF_NEW_CHECKOUT`).
   */
  readonly written?: string;
}

/**
 * A compiled matcher. Built once per process from the config and the registry; cheap to call.
 *
 * The engine runs ONE pass over the diff text looking for any of `anchors` (plain literals:
 * SDK call names, env-var prefixes, aliases). Only lines that contain an anchor are handed to
 * `matchLine`, so the regex cost does not grow with the size of the diff.
 */
export interface FlagMatcher {
  /** Literal strings; a line that contains none of them cannot contain a reference. */
  readonly anchors: readonly string[];
  /** All flag references in one line of source text (without the diff's +/- marker). */
  matchLine(line: string): FlagReference[];
  /**
   * The same as `matchLine`, for an engine whose prefilter already found where the anchors
   * occur, so the line is not searched for them again: anchor `anchors[k]` (an index into
   * `this.anchors`) ends at offset `ends[k]` of `line`, for k < count, in order of end (longest
   * first at one end), and these are all the anchors in the line.
   */
  matchAnchors?(line: string, anchors: Int32Array, ends: Int32Array, count: number): FlagReference[];
}

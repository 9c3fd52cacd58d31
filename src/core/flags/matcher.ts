// The contract between the diff engine (which streams and prefilters diff text) and the flag
// knowledge side (registry, presets, custom patterns, aliases), so both can be built apart.
import type { LexFamily, SourceRegions } from './source-lexer.js';
import type { TextFacts } from './text-facts.js';

/**
 * How the code names a flag: an SDK call (or its list or destructuring), a read of an SDK result
 * object or of a registry alias, a JSX attribute, an environment variable, a custom pattern, or
 * any of these inside a comment (listed, never judged).
 */
export type ReferenceKind = 'call' | 'alias-read' | 'jsx' | 'env' | 'comment' | 'custom';

/** Every reference kind, in documentation order. */
export const REFERENCE_KINDS: readonly ReferenceKind[] = ['call', 'alias-read', 'jsx', 'env', 'comment', 'custom'];

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
  /** How the code names it; absent means `call` (or `alias-read` for source `alias`). */
  readonly kind?: ReferenceKind;
}

/** A reference found in a whole text: `index` is the key's offset in it, `start` the match's. */
export interface TextReference extends FlagReference {
  readonly kind: ReferenceKind;
  readonly start: number;
  readonly end: number;
}

/** A call of an SDK method whose key argument is not a literal: it cannot be checked. */
export interface DynamicKey {
  /** Offsets in the text: the method name's start, and the argument's. */
  readonly start: number;
  readonly index: number;
  /** The argument as written (whitespace collapsed, at most 120 characters). */
  readonly expression: string;
  /** The preset that knows the method. */
  readonly source: string;
  /**
   * Set for a result object indexed by an expression (`flags[FLAG]`): how the object names its
   * keys, so a constant the expression names resolves as the object's keys do (LaunchDarkly
   * React camelCases them), as an alias read.
   */
  readonly readKeyForm?: 'exact' | 'normalized';
}

/** What the lexer says about a text: its family (for scopes) and what is at each offset. */
export interface LexedText {
  readonly family: LexFamily;
  /** 0 code, 1 comment, 2 string. */
  regionAt(offset: number): 0 | 1 | 2;
  /** The lexer's regions of the text, when `regionAt` reads exactly these: its comments are taken from them, not searched for. */
  readonly regions?: SourceRegions;
  /** True: leave result-object reads to {@link FlagMatcher.matchResultReads} (the text is a window of a file). */
  readonly withoutResultReads?: boolean;
  /** The anchors the caller's prefilter found in the text (as for {@link FlagMatcher.matchAnchors}), so it is not searched again. */
  readonly anchors?: FoundAnchors;
}

/** Anchor `anchors[k]` (an index into the matcher's anchors) ends at offset `ends[k]`, for k < count. */
export interface FoundAnchors {
  readonly anchors: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
}

/** Everything a whole-text match found. */
export interface TextMatch {
  readonly references: TextReference[];
  readonly dynamic: DynamicKey[];
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
  /**
   * References in a whole source text (calls may wrap over lines), classified by `regionAt`
   * (comment, string or code at an offset), and calls whose key is not a literal.
   */
  matchText?(text: string, lexed: LexedText): TextMatch;
  /**
   * Calls in `text` (the whole file) of SDK functions imported under another name
   * (`import { useFeatureFlagEnabled as useFlagOn }`, Python `from m import f as g`).
   */
  matchRenamedCalls?(text: string, family: LexFamily, isCode: (offset: number) => boolean): TextMatch;
  /**
   * `found` (a match of `text`, the whole file) without the calls of generic SDK method names
   * (`isEnabled`, `getValue`) made on a receiver that is not plausibly an SDK client
   * (sdk-receivers.ts); `found` itself when none is dropped.
   */
  keepSdkReceivers?(text: string, family: LexFamily, found: TextMatch): TextMatch;
  /**
   * Dynamic keys of `text` (the whole file) that name a string constant of the file
   * (file-constants.ts), or a name of `imported` (names bound to another file's constants,
   * imported-constants.ts), become references to the constant's key; the others stay dynamic.
   */
  resolveConstantKeys?(text: string, family: LexFamily, isCode: (offset: number) => boolean, dynamic: readonly DynamicKey[], imported?: ReadonlyMap<string, string>): TextMatch;
  /**
   * Reads of SDK result objects in a whole file, kept where they start inside one of `ranges`
   * (`[start, end)` offsets); `isCode` says what is code. Empty when no result method is named.
   * `text` is `wholeText` (the file, by default) or a part of it.
   */
  matchResultReads?(
    text: string,
    family: LexFamily,
    isCode: (offset: number) => boolean,
    ranges: readonly (readonly [number, number])[],
    wholeText?: string,
    /** `wholeText`'s facts when the caller has them ({@link FlagMatcher.textFacts}): it is not searched for them. */
    facts?: TextFacts,
  ): TextMatch;
  /**
   * The line-local facts of `text` that decide its whole-text searches, from its lines outside
   * `skip` (`[start, end)` offset pairs at line starts, sorted) only, when given (text-facts.ts).
   */
  textFacts?(text: string, skip?: readonly number[]): TextFacts;
}

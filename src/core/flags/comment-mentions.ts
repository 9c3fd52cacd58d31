// Registry keys named in comments as prose (`// 'dark-mode' hides the banner`, `# FF_X is only
// set locally`, `<!-- the old 'k' slider -->`): listed as `comment` references, never judged.
import { compileLiteralSet, type LiteralSet } from './literal-set.js';
import type { TextReference } from './matcher.js';
import type { RegistryIndex } from './registry.js';
import type { SourceRegions } from './source-lexer.js';
import { SUPPRESSION_MARKER } from './suppression.js';

/** What opens a comment in the lexed families (JS/Go/Java `//` and `/*`, Python/Ruby `#`, markup `<!--`). */
const OPENERS = ['//', '/*', '#', '<!--'] as const;

/** A run of characters a key may hold. */
const RUN = String.raw`[^\s'"\`\\()[\]{},;<>=*|!?]`;
/**
 * A word of a comment: a quoted run, or a bare run (whole, so the engine never backtracks inside
 * it: a pattern that looked for a key's character inside the run retried every start position of
 * every English word, which cost `prove-hooks flags` 85% more CPU on 20,000 files).
 */
const WORD = new RegExp(String.raw`(['"\`])([^'"\`\s\\]{1,256})\1|${RUN}{1,256}`, 'g');
/** A bare word that reads as a key rather than English: it holds `-`, `_`, `.`, `:`, `/`, a digit or an inner capital. */
const KEY_LIKE = /[-_.:/\d]|[a-z][A-Z]/;

/** Whether a registry key may be written whole in `text` from `from` to `to`; true when unsure. */
export type MayHoldKey = (text: string, from: number, to: number) => boolean;

/**
 * Comment text (UTF-16 units) split into words before the keys' automaton is built: building it
 * for 1,000 keys costs 10 to 50 ms (the most in a fresh process), about what splitting a million
 * characters of comments costs (0.7 ms for a 10 KB file's), which a hook that reads a few files
 * never repays.
 */
const WORDS_BEFORE_AUTOMATON = 1_048_576;

/** Reads the keys named in comments for one registry; builds the keys' automaton once it pays. */
export interface CommentMentionReader {
  /**
   * Adds to `references` the keys named in the comments of `text` (see `collectCommentMentions`);
   * `regions`, when given, are the lexer's regions of `text` that `regionAt` reads.
   */
  collect(text: string, regionAt: (offset: number) => 0 | 1 | 2, references: TextReference[], regions?: SourceRegions): void;
}

/** A reader for `index`; `wordsBeforeAutomaton` is the comment text split before the automaton is built. */
export function createCommentMentionReader(index: RegistryIndex, wordsBeforeAutomaton = WORDS_BEFORE_AUTOMATON): CommentMentionReader {
  let keys: LiteralSet | undefined;
  let splitChars = 0;
  // A unit every key holds one of (when every key holds one that is no lowercase ASCII letter):
  // a comment without any holds no key, which one native search tells (prose is mostly lowercase).
  let rare: RegExp | undefined;
  // The one unit as a string when there is one (`-` for keys like `dark-mode`): `indexOf` instead of the search.
  let rareUnit: string | undefined;
  // The first offset at or after `searchedFrom` holding a rare unit in the text being read (or its length).
  let searchedFrom = 0;
  let nextRare = -1;
  const rareFrom = (text: string, from: number): number => {
    if (from < searchedFrom || from > nextRare) {
      if (rareUnit !== undefined) {
        nextRare = text.indexOf(rareUnit, from);
        if (nextRare === -1) nextRare = text.length;
      } else {
        // `test`, not `exec`: no match array per comment; every unit is one code unit, so the match ends at lastIndex.
        rare!.lastIndex = from;
        nextRare = rare!.test(text) ? rare!.lastIndex - 1 : text.length;
      }
      searchedFrom = from;
    }
    return nextRare;
  };
  const mayHoldKey: MayHoldKey = (text, from, to) => {
    if (keys !== undefined) return (rare === undefined || rareFrom(text, from) < to) && keys.occursIn(text, from, to);
    splitChars += to - from;
    if (splitChars >= wordsBeforeAutomaton) {
      keys = compileLiteralSet(index.keys);
      const units = chooseRareUnits(index.keys);
      rare = compileRareUnits(index.keys);
      rareUnit = units?.length === 1 ? String.fromCharCode(units[0]!) : undefined;
    }
    return true;
  };
  return {
    collect: (text, regionAt, references, regions) => {
      searchedFrom = 0;
      nextRare = -1;
      collectCommentMentions(text, regionAt, index, mayHoldKey, references, regions);
    },
  };
}

/**
 * A search (`g`) for a set of code units every key holds one of, none a lowercase ASCII letter:
 * per key one of its own, preferring one already in the set, then `-` and `_`, digits, other
 * punctuation, capitals, and `.` last (sentences end with it). Undefined when a key has none.
 */
export function compileRareUnits(keys: readonly string[]): RegExp | undefined {
  const units = chooseRareUnits(keys);
  return units === undefined ? undefined : new RegExp(`[${units.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`, 'g');
}

/** The code units of `compileRareUnits`, undefined when a key has none. */
function chooseRareUnits(keys: readonly string[]): number[] | undefined {
  const rankOf = (code: number): number =>
    code === 0x2d || code === 0x5f ? 0 : code >= 0x30 && code <= 0x39 ? 1 : code === 0x2e ? 4 : code >= 0x41 && code <= 0x5a ? 3 : 2;
  const units = new Set<number>();
  for (const key of keys) {
    let best = -1;
    for (let at = 0; at < key.length; at += 1) {
      const code = key.charCodeAt(at);
      if (code >= 0x61 && code <= 0x7a) continue;
      if (units.has(code)) {
        best = -2;
        break;
      }
      if (best === -1 || rankOf(code) < rankOf(best)) best = code;
    }
    if (best === -1) return undefined;
    if (best >= 0) units.add(best);
  }
  return units.size === 0 ? undefined : [...units];
}

/**
 * Adds to `references` each registry key that a comment of `text` names (quoted, or bare when it
 * reads as a key), at the key's offset; `regionAt(offset)` is 1 inside a comment; a comment for
 * which `mayHoldKey` is false is not read. `regions`, when given, are the lexer's regions that
 * `regionAt` reads: the comments are taken from them instead of searching the text for every
 * opener (the same comments, in the same order). Linear in the comments' length.
 */
export function collectCommentMentions(
  text: string,
  regionAt: (offset: number) => 0 | 1 | 2,
  index: RegistryIndex,
  mayHoldKey: MayHoldKey,
  references: TextReference[],
  regions?: SourceRegions,
): void {
  if (index.keys.length === 0) return;
  for (const opener of OPENERS) {
    // The next suppression marker at or after the comment read, found once per stretch (a search
    // from each comment to the end of the text made a file of many comments quadratic).
    let directive = -2;
    const read = (at: number): void => {
      const end = commentEnd(text, at, opener, regionAt);
      if (directive !== -1 && directive < at) directive = text.indexOf(SUPPRESSION_MARKER, at);
      // A suppression (`// prove-allow-flag: k reason`) names the key it lets through: no mention.
      if (directive !== -1 && directive < end) return;
      // A mention is a key written whole inside the comment: a comment that holds none (most of
      // them) is passed over in one pass of the keys' automaton, not split into words (splitting
      // every comment cost `prove-hooks flags` 45% more CPU on 20,000 files).
      if (!mayHoldKey(text, at + opener.length, end)) return;
      readWords(text, at + opener.length, end, index, references);
    };
    if (regions === undefined) {
      for (let at = text.indexOf(opener); at !== -1; at = text.indexOf(opener, at + opener.length)) {
        // Only where a comment opens: one further inside (`// see #12`) was read with it.
        if (regionAt(at) !== 1 || (at > 0 && regionAt(at - 1) === 1)) continue;
        read(at);
      }
      continue;
    }
    // Where a comment region opens with this opener, as the search above finds it.
    const { starts, kinds } = regions;
    for (let r = 0; r < starts.length; r++) {
      const at = starts[r]!;
      if (kinds[r] !== 1 || !text.startsWith(opener, at) || (at > 0 && regionAt(at - 1) === 1)) continue;
      // The search above steps over an opener's length: in a run of slashes it finds `//` at
      // every second one from the run's start, so an odd count of slashes before `at` hides it.
      if (opener === '//' && slashesBefore(text, at) % 2 === 1) continue;
      read(at);
    }
  }
}

/** How many `/` come right before `at`. */
function slashesBefore(text: string, at: number): number {
  let count = 0;
  while (at - count > 0 && text.charCodeAt(at - count - 1) === 0x2f) count += 1;
  return count;
}

/** Adds the keys written as words of the comment text from `from` to `end`. */
function readWords(text: string, from: number, end: number, index: RegistryIndex, references: TextReference[]): void {
  WORD.lastIndex = from;
  for (let word = WORD.exec(text); word !== null && word.index < end; word = WORD.exec(text)) {
    const quoted = word[2] !== undefined;
    if (!quoted && !KEY_LIKE.test(word[0])) continue;
    const written = quoted ? word[2]! : word[0].replace(/[.:/]+$/, '');
    const offset = quoted ? word.index + 1 : word.index;
    if (offset + written.length > end) continue;
    const flag = index.get(written);
    if (flag !== undefined) references.push({ flag: flag.key, index: offset, source: 'comment', kind: 'comment', start: offset, end: offset + written.length });
  }
}

/** Where the comment opened at `at` ends: its line's end, or its closing `*\/` / `-->`. */
function commentEnd(text: string, at: number, opener: (typeof OPENERS)[number], regionAt: (offset: number) => 0 | 1 | 2): number {
  const closing = opener === '/*' ? '*/' : opener === '<!--' ? '-->' : undefined;
  if (closing === undefined) {
    const newline = text.indexOf('\n', at);
    return newline === -1 ? text.length : newline;
  }
  const close = text.indexOf(closing, at + opener.length);
  // An unclosed block comment (a window that ends inside it) runs while the text is comment.
  if (close === -1) {
    let end = at;
    while (end < text.length && regionAt(end) === 1) end += 1;
    return end;
  }
  return close;
}

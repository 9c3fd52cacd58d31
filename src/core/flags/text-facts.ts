// What a whole text names that decides which whole-text searches a file needs (a result method,
// a consumer, an environment object, ` as `): each fact holds when one line of the text has it, so
// the facts of a text made of lines of others (a pre-image: its post-image's unchanged lines and
// its removed lines, image-pair.ts) are theirs or-ed, and no second pass over the text is needed.

/** Line-local facts of a text: each is true when some line of the text holds it. */
export interface TextFacts {
  /** Names a result method (`useFlags`, `getAllFlags`). */
  readonly method: boolean;
  /** Names the environment prefix (`FF_`). */
  readonly envPrefix: boolean;
  /** Names an environment object as a whole value (`process.env` not followed by `.`); may be computed when read. */
  readonly envObject: boolean;
  /** Names a consumer (a component that renders flags). */
  readonly consumer: boolean;
  /** Holds ` as ` (a renamed import may be there). */
  readonly as: boolean;
}

/** The facts of a text made of the lines of two others (`envObject` looked at when asked). */
export function orFacts(a: TextFacts, b: TextFacts): TextFacts {
  return {
    method: a.method || b.method,
    envPrefix: a.envPrefix || b.envPrefix,
    get envObject() {
      return a.envObject || b.envObject;
    },
    consumer: a.consumer || b.consumer,
    as: a.as || b.as,
  };
}

/**
 * Whether a match found by `find(from)` (its start, or -1: none from `from` on) starts outside
 * every `[start, end)` pair of `skip` (sorted, disjoint, at line boundaries). A match of a
 * line-local fact lies within one line, so it starts in a skipped range exactly when it lies in
 * one; the search goes on past each range it started in.
 */
export function foundOutside(find: (from: number) => number, skip: readonly number[]): boolean {
  let range = 0;
  for (let at = find(0); at !== -1; ) {
    while (range < skip.length && skip[range + 1]! <= at) range += 2;
    if (range >= skip.length || at < skip[range]!) return true;
    at = find(skip[range + 1]!);
  }
  return false;
}

/** `find` for a literal: the next `needle` from an offset. */
export function literalFinder(text: string, needle: string): (from: number) => number {
  return (from) => text.indexOf(needle, from);
}

/**
 * How often a character is met in source code, roughly (lower: rarer): capitals and digits are
 * rare, lower-case letters as often as in English text, `_` and `$` in between.
 */
function commonnessOf(code: number): number {
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return 1;
  if (code >= 97 && code <= 122) return 40 - LETTERS_BY_FREQUENCY.indexOf(String.fromCharCode(code));
  if (code === 95 || code === 36) return 20;
  return 30;
}
const LETTERS_BY_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';

/**
 * `find` for any of several literals: the leftmost start of one of them from an offset, or -1.
 * Each literal is looked for by its rarest character (commonnessOf), one native search per such
 * character: several times faster on source code than a regular expression alternation of the
 * literals, which steps on every character. Empty literals are ignored.
 */
export function compileLiteralsFinder(literals: readonly string[]): (text: string, from: number) => number {
  const groups = new Map<string, { offsets: number[]; literals: string[]; minOffset: number; maxOffset: number }>();
  for (const literal of literals) {
    if (literal.length === 0) continue;
    let pivot = 0;
    for (let k = 1; k < literal.length; k++) if (commonnessOf(literal.charCodeAt(k)) < commonnessOf(literal.charCodeAt(pivot))) pivot = k;
    const char = literal.charAt(pivot);
    let group = groups.get(char);
    if (group === undefined) groups.set(char, (group = { offsets: [], literals: [], minOffset: pivot, maxOffset: pivot }));
    group.offsets.push(pivot);
    group.literals.push(literal);
    group.minOffset = Math.min(group.minOffset, pivot);
    group.maxOffset = Math.max(group.maxOffset, pivot);
  }
  const entries = [...groups];
  return (text, from) => {
    let best = -1;
    for (const [char, group] of entries) {
      for (let at = text.indexOf(char, from + group.minOffset); at !== -1; at = text.indexOf(char, at + 1)) {
        // No later occurrence can start a literal before the best one found.
        if (best !== -1 && at - group.maxOffset >= best) break;
        for (let k = 0; k < group.literals.length; k++) {
          const start = at - group.offsets[k]!;
          if (start >= from && (best === -1 || start < best) && text.startsWith(group.literals[k]!, start)) best = start;
        }
      }
    }
    return best;
  };
}

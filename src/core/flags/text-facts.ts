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

// A set of literal strings found in one pass over a text (Aho-Corasick), so the cost of looking
// for 10 or 10,000 anchors in a line is the same: one step per character.

/** A compiled set of literals. */
export interface LiteralSet {
  readonly literals: readonly string[];
  /**
   * Calls `onMatch(literalIndex, end)` for every occurrence of every literal in `text`, where
   * `end` is the offset just past the occurrence. Occurrences are reported in order of `end`.
   */
  forEachMatch(text: string, onMatch: (literalIndex: number, end: number) => void): void;
}

/** Builds the automaton. Empty literals are ignored; duplicates are reported once per index. */
export function compileLiteralSet(literals: readonly string[]): LiteralSet {
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  literals.forEach((literal, literalIndex) => {
    if (literal.length === 0) return;
    let state = 0;
    for (let i = 0; i < literal.length; i += 1) {
      const code = literal.charCodeAt(i);
      let next = children[state]!.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push([]);
        children[state]!.set(code, next);
      }
      state = next;
    }
    outputs[state]!.push(literalIndex);
  });

  // Failure links (breadth first) and dictionary links: the nearest suffix state with outputs.
  const fail = new Int32Array(children.length);
  const dictionary = new Int32Array(children.length).fill(-1);
  const queue: number[] = [];
  for (const child of children[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head]!;
    for (const [code, child] of children[state]!) {
      let fallback = fail[state]!;
      while (fallback !== 0 && !children[fallback]!.has(code)) fallback = fail[fallback]!;
      const target = children[fallback]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const failState = fail[child]!;
      dictionary[child] = outputs[failState]!.length > 0 ? failState : dictionary[failState]!;
      queue.push(child);
    }
  }

  // The root's transitions for 7-bit characters in a flat table: most characters of most lines
  // are read at the root, so this is the hot path.
  const rootAscii = new Int32Array(128);
  for (const [code, child] of children[0]!) if (code < 128) rootAscii[code] = child;

  return {
    literals,
    forEachMatch(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        if (state === 0 && code < 128) {
          state = rootAscii[code]!;
        } else {
          let next = children[state]!.get(code);
          while (next === undefined && state !== 0) {
            state = fail[state]!;
            next = children[state]!.get(code);
          }
          state = next ?? 0;
        }
        if (state === 0) continue;
        for (let out = state; out !== -1; out = dictionary[out]!) {
          for (const literalIndex of outputs[out]!) onMatch(literalIndex, i + 1);
        }
      }
    },
  };
}

// A set of literal strings found in one pass over a text (Aho-Corasick), so looking for 10 or
// 10,000 anchors in a line costs the same per character. Built in time linear in the total
// length of the literals: it is compiled on every hook run, so building must be cheap too.

/** A compiled set of literals. */
export interface LiteralSet {
  readonly literals: readonly string[];
  /**
   * Calls `onMatch(literalIndex, end)` for every occurrence of every literal in `text`, where
   * `end` is the offset just past the occurrence. Occurrences are reported in order of `end`.
   */
  forEachMatch(text: string, onMatch: (literalIndex: number, end: number) => void): void;
  /** Whether some literal occurs whole inside `text` from offset `from` to offset `to` (exclusive). */
  occursIn(text: string, from: number, to: number): boolean;
}

/**
 * Most table cells the lazily filled DFA may have (4 bytes each); beyond it, transitions are
 * followed through the trie and failure links on every step instead of being remembered.
 */
const MAX_DFA_CELLS = 4_000_000;

/** Builds the automaton. Empty literals are ignored. */
export function compileLiteralSet(literals: readonly string[]): LiteralSet {
  // Edges of the trie in one map keyed by `state * 65536 + charCode` (exact in a double).
  const edges = new Map<number, number>();
  // The root's edges for 7-bit characters in a flat table: most characters are read at the root.
  const rootAscii = new Int32Array(128);
  const outputs: (number[] | undefined)[] = [undefined];
  let states = 1;
  literals.forEach((literal, literalIndex) => {
    if (literal.length === 0) return;
    let state = 0;
    for (let i = 0; i < literal.length; i += 1) {
      const key = state * 65536 + literal.charCodeAt(i);
      let next = edges.get(key);
      if (next === undefined) {
        next = states++;
        edges.set(key, next);
        outputs.push(undefined);
        if (state === 0 && literal.charCodeAt(i) < 128) rootAscii[literal.charCodeAt(i)] = next;
      }
      state = next;
    }
    (outputs[state] ??= []).push(literalIndex);
  });

  // Failure links, breadth first over the edges grouped by parent; `dictionary` links a state to
  // its nearest proper suffix state that has output.
  const children: number[][] = Array.from({ length: states }, () => []);
  for (const [key, child] of edges) children[Math.floor(key / 65536)]!.push(key % 65536, child);
  const fail = new Int32Array(states);
  const dictionary = new Int32Array(states).fill(-1);
  const queue: number[] = [];
  for (let i = 0; i < children[0]!.length; i += 2) queue.push(children[0]![i + 1]!);
  const step = (from: number, code: number): number => {
    let state = from;
    for (;;) {
      const next = edges.get(state * 65536 + code);
      if (next !== undefined) return next;
      if (state === 0) return 0;
      state = fail[state]!;
    }
  };
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head]!;
    const list = children[state]!;
    for (let i = 0; i < list.length; i += 2) {
      const child = list[i + 1]!;
      const target = step(fail[state]!, list[i]!);
      fail[child] = target;
      dictionary[child] = outputs[target] !== undefined ? target : dictionary[target]!;
      queue.push(child);
    }
  }

  // 1 where a state reports something (its own output or a suffix's): the others are skipped.
  const reports = new Uint8Array(states);
  for (let state = 0; state < states; state += 1) reports[state] = outputs[state] !== undefined || dictionary[state] !== -1 ? 1 : 0;

  // A DFA over a compact alphabet (one class per character some literal uses, class 0 for the
  // rest), filled lazily: a transition is computed through the failure links the first time it
  // is taken and remembered (stored +1, so 0 means "not computed yet").
  const asciiClass = new Uint16Array(128);
  const otherClass = new Map<number, number>();
  const representative: number[] = [-1];
  for (const literal of literals) {
    for (let i = 0; i < literal.length; i += 1) {
      const code = literal.charCodeAt(i);
      if (code < 128 ? asciiClass[code] === 0 : !otherClass.has(code)) {
        if (code < 128) asciiClass[code] = representative.length;
        else otherClass.set(code, representative.length);
        representative.push(code);
      }
    }
  }
  const classes = representative.length;
  const dfa = states * classes <= MAX_DFA_CELLS ? new Int32Array(states * classes) : undefined;
  const next = (state: number, code: number): number => {
    const cls = code < 128 ? asciiClass[code]! : (otherClass.get(code) ?? 0);
    // A character no literal uses leads back to the root from anywhere.
    if (cls === 0) return 0;
    if (dfa === undefined) return step(state, code);
    const cell = state * classes + cls;
    const known = dfa[cell]!;
    if (known !== 0) return known - 1;
    const target = step(state, representative[cls]!);
    dfa[cell] = target + 1;
    return target;
  };

  return {
    literals,
    forEachMatch(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        state = state === 0 && code < 128 ? rootAscii[code]! : next(state, code);
        if (reports[state] === 0) continue;
        for (let out = state; out !== -1; out = dictionary[out]!) {
          const found = outputs[out];
          if (found !== undefined) for (const literalIndex of found) onMatch(literalIndex, i + 1);
        }
      }
    },
    occursIn(text, from, to) {
      let state = 0;
      for (let i = Math.max(0, from); i < to && i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        state = state === 0 && code < 128 ? rootAscii[code]! : next(state, code);
        if (reports[state] !== 0) return true;
      }
      return false;
    },
  };
}

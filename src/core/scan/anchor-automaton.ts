// The literal prefilter's automaton: every anchor compiled into one byte-level DFA
// (Aho-Corasick with the failure links folded in), so one pass finds any of them at a cost that
// does not depend on how many there are.
import { DetectionError } from '../../errors.js';

/**
 * The compiled prefilter. States are premultiplied row offsets (`state * width`); an entry below
 * zero marks an accepting state (an anchor ends at this byte) and encodes it as `-offset - 1`.
 */
export interface AnchorAutomaton {
  /** `table[state + classes[byte]]` is the next state: a row offset, or `-offset - 1` when accepting. */
  readonly table: Int32Array;
  /** Byte -> column (0 for bytes that appear in no anchor, so LF always leads back to 0). */
  readonly classes: Uint8Array;
  /** Columns per state row (a power of two). */
  readonly width: number;
  readonly stateCount: number;
  /**
   * The anchors that end in each state, longest first, as indexes into the compiled `anchors`
   * (CSR: state `i`'s are `outputs[outputStarts[i] .. outputStarts[i + 1])`).
   */
  readonly outputStarts: Int32Array;
  readonly outputs: Int32Array;
  /** An empty anchor: every line is a candidate. */
  readonly matchesEverything: boolean;
  /** No anchors at all: no line is a candidate. */
  readonly matchesNothing: boolean;
}

/** Above this the table would dominate memory; the registry's aliases are the usual cause. */
export const MAX_AUTOMATON_BYTES = 48 * 1024 * 1024;

/**
 * Compiles anchors (matched as UTF-8 bytes, case-sensitively) into an AnchorAutomaton. An anchor
 * with a LF can never occur within a line and is dropped. Throws DetectionError when the table
 * would exceed MAX_AUTOMATON_BYTES.
 */
export function compileAnchors(anchors: readonly string[]): AnchorAutomaton {
  const encoder = new TextEncoder();
  const firstIndex = new Map<string, number>();
  anchors.forEach((anchor, index) => {
    if (!firstIndex.has(anchor) && !anchor.includes('\n')) firstIndex.set(anchor, index);
  });
  const words = [...firstIndex.keys()].map((anchor) => encoder.encode(anchor));
  const ids = [...firstIndex.values()];
  const matchesEverything = words.some((word) => word.length === 0);
  const classes = new Uint8Array(256);
  let classCount = 1;
  for (const word of words) {
    for (const byte of word) if (classes[byte] === 0) classes[byte] = classCount++;
  }
  let width = 1;
  while (width < classCount) width *= 2;
  const maxStates = Math.floor(MAX_AUTOMATON_BYTES / (width * 4));
  // The trie in flat arrays (no per-state objects: this runs on every hook start): each state's
  // children are linked (firstChild, nextSibling; 0 ends a list, as no edge leads back to the
  // root), so building it and the breadth-first pass below visit edges, not every column.
  const bound = Math.min(maxStates, 1 + words.reduce((sum, word) => sum + word.length, 0));
  const ownAnchor = new Int32Array(bound).fill(-1);
  const firstChild = new Int32Array(bound);
  const nextSibling = new Int32Array(bound);
  const columnOf = new Int32Array(bound);
  let stateCount = 1;
  words.forEach((word, w) => {
    let state = 0;
    for (const byte of word) {
      const column = classes[byte]!;
      let next = firstChild[state]!;
      while (next !== 0 && columnOf[next] !== column) next = nextSibling[next]!;
      if (next === 0) {
        if (stateCount >= maxStates) throw tooLarge(words.length);
        next = stateCount++;
        columnOf[next] = column;
        nextSibling[next] = firstChild[state]!;
        firstChild[state] = next;
      }
      state = next;
    }
    ownAnchor[state] = ids[w]!;
  });
  const table = new Int32Array(stateCount * width);
  // Breadth-first, so a state's failure row is complete before the state's own row: each row
  // starts as a copy of its failure row (one memcpy), then its own edges overwrite it. A state
  // accepts when it ends an anchor or its failure state accepts (a suffix is an anchor).
  const failure = new Int32Array(stateCount);
  const order = new Int32Array(stateCount);
  const accepting = new Uint8Array(stateCount);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const state = order[head]!;
    const row = state * width;
    if (state !== 0) table.copyWithin(row, failure[state]! * width, failure[state]! * width + width);
    for (let next = firstChild[state]!; next !== 0; next = nextSibling[next]!) {
      const column = columnOf[next]!;
      if (state !== 0) {
        const fallback = table[row + column]!;
        failure[next] = (fallback < 0 ? -fallback - 1 : fallback) / width;
      }
      if (ownAnchor[next]! >= 0 || accepting[failure[next]!] === 1) accepting[next] = 1;
      table[row + column] = accepting[next] === 1 ? -(next * width) - 1 : next * width;
      order[tail++] = next;
    }
  }
  // Outputs in breadth-first order, so a state's failure state (shallower) is listed already.
  const outputStarts = new Int32Array(stateCount + 1);
  const collected: number[][] = new Array<number[]>(stateCount);
  collected[0] = [];
  let total = 0;
  for (let k = 0; k < stateCount; k++) {
    const state = order[k]!;
    if (state === 0) continue;
    const inherited = accepting[failure[state]!] === 1 ? collected[failure[state]!]! : [];
    const own = ownAnchor[state]!;
    collected[state] = own >= 0 ? [own, ...inherited] : inherited;
    total += collected[state]!.length;
  }
  const outputs = new Int32Array(total);
  for (let state = 0, at = 0; state < stateCount; state++) {
    outputStarts[state] = at;
    for (const id of collected[state] ?? []) outputs[at++] = id;
    outputStarts[state + 1] = at;
  }
  return { table, classes, width, stateCount, outputStarts, outputs, matchesEverything, matchesNothing: words.length === 0 };
}

function tooLarge(anchorCount: number): DetectionError {
  return new DetectionError(`the ${anchorCount} flag anchors are too many to prefilter in ${MAX_AUTOMATON_BYTES >> 20} MiB`, {
    hint: 'Reduce the registry aliases or their case variants, or split the registry by path.',
  });
}

/**
 * Walks the automaton over `bytes[start, end)` and records every anchor occurrence: its index
 * (into the compiled anchors) in `found`, the offset just past it (from `start`) in `ends`, in
 * order of end, longest first at one end. Returns how many, at most `found.length`.
 */
export function findAnchors(automaton: AnchorAutomaton, bytes: Uint8Array, start: number, end: number, found: Int32Array, ends: Int32Array): number {
  const { table, classes, width, outputStarts, outputs } = automaton;
  let count = 0;
  let state = 0;
  for (let p = start; p < end; p++) {
    state = table[state + classes[bytes[p]!]!]!;
    if (state >= 0) continue;
    state = -state - 1;
    const index = state / width;
    for (let k = outputStarts[index]!, last = outputStarts[index + 1]!; k < last && count < found.length; k++) {
      found[count] = outputs[k]!;
      ends[count++] = p + 1 - start;
    }
  }
  return count;
}

// The literal prefilter's automaton: every anchor compiled into one byte-level DFA
// (Aho-Corasick with the failure links folded in), so one pass finds any of them at a cost that
// does not depend on how many there are.
import { DetectionError } from '../../errors.js';

/** The compiled prefilter. States are premultiplied row offsets; -1 means "an anchor ends here". */
export interface AnchorAutomaton {
  /** `table[state + classes[byte]]` is the next state (a row offset) or -1. */
  readonly table: Int32Array;
  /** Byte -> column (0 for bytes that appear in no anchor, so LF always leads back to 0). */
  readonly classes: Uint8Array;
  /** Columns per state row (a power of two). */
  readonly width: number;
  readonly stateCount: number;
  /** An empty anchor: every line is a candidate. */
  readonly matchesEverything: boolean;
  /** No anchors at all: no line is a candidate. */
  readonly matchesNothing: boolean;
}

const ANCHOR_FOUND = -1;

/** Above this the table would dominate memory; the registry's aliases are the usual cause. */
export const MAX_AUTOMATON_BYTES = 48 * 1024 * 1024;

/**
 * Compiles anchors (matched as UTF-8 bytes, case-sensitively) into an AnchorAutomaton. An anchor
 * with a LF can never occur within a line and is dropped. Throws DetectionError when the table
 * would exceed MAX_AUTOMATON_BYTES.
 */
export function compileAnchors(anchors: readonly string[]): AnchorAutomaton {
  const encoder = new TextEncoder();
  const words = [...new Set(anchors)].filter((anchor) => !anchor.includes('\n')).map((anchor) => encoder.encode(anchor));
  const matchesEverything = words.some((word) => word.length === 0);
  const classes = new Uint8Array(256);
  let classCount = 1;
  for (const word of words) {
    for (const byte of word) if (classes[byte] === 0) classes[byte] = classCount++;
  }
  let width = 1;
  while (width < classCount) width *= 2;
  const maxStates = Math.floor(MAX_AUTOMATON_BYTES / (width * 4));
  // The trie in flat arrays (no per-state objects: this runs on every hook start):
  // trie[state * width + column] is the child state, 0 for none (no edge leads back to the
  // root); each state's children are also linked (firstChild, nextSibling) so the breadth-first
  // pass below visits edges, not every column of every state.
  const bound = Math.min(maxStates, 1 + words.reduce((sum, word) => sum + word.length, 0));
  const trie = new Int32Array(bound * width);
  const accepting = new Uint8Array(bound);
  const firstChild = new Int32Array(bound);
  const nextSibling = new Int32Array(bound);
  const columnOf = new Int32Array(bound);
  let stateCount = 1;
  for (const word of words) {
    let state = 0;
    for (const byte of word) {
      const column = classes[byte]!;
      const slot = state * width + column;
      let next = trie[slot]!;
      if (next === 0) {
        if (stateCount >= maxStates) throw tooLarge(words.length);
        next = stateCount++;
        trie[slot] = next;
        columnOf[next] = column;
        nextSibling[next] = firstChild[state]!;
        firstChild[state] = next;
      }
      state = next;
    }
    accepting[state] = 1;
  }
  const table = new Int32Array(stateCount * width);
  const encode = (state: number): number => (accepting[state] === 1 ? ANCHOR_FOUND : state * width);
  // Breadth-first, so a state's failure row is complete before the state's own row: each row
  // starts as a copy of its failure row (one memcpy), then its own edges overwrite it.
  const failure = new Int32Array(stateCount);
  const order = new Int32Array(stateCount);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const state = order[head]!;
    const row = state * width;
    if (state !== 0) table.copyWithin(row, failure[state]! * width, failure[state]! * width + width);
    for (let next = firstChild[state]!; next !== 0; next = nextSibling[next]!) {
      const column = columnOf[next]!;
      if (state !== 0) {
        const fallback = table[row + column]!;
        failure[next] = fallback < 0 ? findState(trie, width, failure, state, column) : fallback / width;
        if (accepting[failure[next]!] === 1) accepting[next] = 1;
      }
      table[row + column] = encode(next);
      order[tail++] = next;
    }
  }
  return { table, classes, width, stateCount, matchesEverything, matchesNothing: words.length === 0 };
}

function tooLarge(anchorCount: number): DetectionError {
  return new DetectionError(`the ${anchorCount} flag anchors are too many to prefilter in ${MAX_AUTOMATON_BYTES >> 20} MiB`, {
    hint: 'Reduce the registry aliases or their case variants, or split the registry by path.',
  });
}

/** The failure target when the folded row says "accept": follow the failure chain in the trie. */
function findState(trie: Int32Array, width: number, failure: Int32Array, state: number, column: number): number {
  let candidate = failure[state]!;
  for (;;) {
    const next = trie[candidate * width + column]!;
    if (next !== 0) return next;
    if (candidate === 0) return 0;
    candidate = failure[candidate]!;
  }
}

// The literal prefilter's automaton: every anchor compiled into one byte-level DFA
// (Aho-Corasick with the failure links folded in), so one pass finds any of them at a cost that
// does not depend on how many there are.
import { DetectionError } from '../../errors.js';

/**
 * The compiled prefilter. A state is the byte offset of its row in `table` (`index * width * 4`),
 * so a kernel steps with one addition and one load; a negative entry is `~state` for an
 * accepting state (an anchor ends at this byte).
 */
export interface AnchorAutomaton {
  /** `table[(state + classes[byte]) >> 2]` is the next state (a row's byte offset), `~state` when accepting. */
  readonly table: Int32Array;
  /**
   * Byte -> the byte offset of its column in a row (0 for bytes in no anchor, which lead back to
   * the root). LF has a column of its own whose every entry is LINE_END.
   */
  readonly classes: Int32Array;
  /** Columns per state row. */
  readonly width: number;
  readonly stateCount: number;
  /**
   * The anchors that end in each state, longest first, as indexes into the compiled `anchors`
   * (CSR: state index `i`'s are `outputs[outputStarts[i] .. outputStarts[i + 1])`).
   */
  readonly outputStarts: Int32Array;
  readonly outputs: Int32Array;
  /** An empty anchor: every line is a candidate. */
  readonly matchesEverything: boolean;
  /** No anchors at all: no line is a candidate. */
  readonly matchesNothing: boolean;
}

const LF = 10;

/**
 * The table entry for LF in every state: `~0`, the root as if accepting, which no anchor can make
 * it (an empty anchor is matchesEverything). A kernel thus learns of line ends and anchor ends
 * from one test (a negative entry) and comes back to the root after each line.
 */
export const LINE_END = ~0;

/** Above this the table would dominate memory; the registry's aliases are the usual cause. */
export const MAX_AUTOMATON_BYTES = 48 * 1024 * 1024;

/**
 * Compiles anchors (matched as UTF-8 bytes, case-sensitively) into an AnchorAutomaton. An anchor
 * with a LF can never occur within a line and is dropped. Throws DetectionError when the table
 * would exceed MAX_AUTOMATON_BYTES.
 */
export function compileAnchors(anchors: readonly string[]): AnchorAutomaton {
  // This runs on every hook start, mostly before the JIT has warmed up: indexed loops over flat
  // arrays only (no iterators, no per-state objects), and one UTF-8 encoding for all anchors.
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < anchors.length; i++) {
    const anchor = anchors[i]!;
    if (!firstIndex.has(anchor) && !anchor.includes('\n')) firstIndex.set(anchor, i);
  }
  const ids = Int32Array.from(firstIndex.values());
  // LF separates the anchors (none contains one) and ends the last.
  const joined = new TextEncoder().encode(firstIndex.size === 0 ? '' : `${[...firstIndex.keys()].join('\n')}\n`);
  const classes = new Int32Array(256);
  let classCount = 1;
  for (let i = 0; i < joined.length; i++) {
    const byte = joined[i]!;
    if (byte !== LF && classes[byte] === 0) classes[byte] = 4 * classCount++;
  }
  const lineEndColumn = classCount++;
  classes[LF] = 4 * lineEndColumn;
  const width = classCount;
  const rowBytes = width * 4;
  const maxStates = Math.floor(MAX_AUTOMATON_BYTES / rowBytes);
  // The trie in flat arrays: each state's children are linked (firstChild, nextSibling; 0 ends a
  // list, as no edge leads back to the root), so building it and the breadth-first pass below
  // visit edges, not every column. States are numbered by index here, offsets come later.
  const bound = Math.min(maxStates, 1 + joined.length);
  const ownAnchor = new Int32Array(bound).fill(-1);
  const firstChild = new Int32Array(bound);
  const nextSibling = new Int32Array(bound);
  const columnOf = new Int32Array(bound);
  let stateCount = 1;
  let matchesEverything = false;
  for (let i = 0, word = 0, state = 0, length = 0; i < joined.length; i++) {
    const byte = joined[i]!;
    if (byte === LF) {
      if (length === 0) matchesEverything = true;
      ownAnchor[state] = ids[word++]!;
      state = 0;
      length = 0;
      continue;
    }
    length += 1;
    const column = classes[byte]! >> 2;
    let next = firstChild[state]!;
    while (next !== 0 && columnOf[next] !== column) next = nextSibling[next]!;
    if (next === 0) {
      if (stateCount >= maxStates) throw tooLarge(ids.length);
      next = stateCount++;
      columnOf[next] = column;
      nextSibling[next] = firstChild[state]!;
      firstChild[state] = next;
    }
    state = next;
  }
  const table = new Int32Array(stateCount * width);
  // The root's row is every other row's first failure row: its LF entry reaches them all (no
  // trie edge is labelled LF).
  table[lineEndColumn] = LINE_END;
  // Breadth-first, so a state's failure row is complete before the state's own row: each row
  // starts as a copy of its failure row (one memcpy), then its
  // own edges overwrite it. A state accepts when it ends an anchor or its failure state accepts
  // (a suffix is an anchor).
  const failure = new Int32Array(stateCount);
  const order = new Int32Array(stateCount);
  const accepting = new Uint8Array(stateCount);
  // How many anchors end in each state: its own, then its failure state's.
  const outputCount = new Int32Array(stateCount);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const state = order[head]!;
    const row = state * width;
    if (state !== 0) table.copyWithin(row, failure[state]! * width, failure[state]! * width + width);
    for (let next = firstChild[state]!; next !== 0; next = nextSibling[next]!) {
      const column = columnOf[next]!;
      if (state !== 0) {
        const fallback = table[row + column]!;
        failure[next] = (fallback < 0 ? ~fallback : fallback) / rowBytes;
      }
      const inherited = accepting[failure[next]!] === 1 ? outputCount[failure[next]!]! : 0;
      outputCount[next] = (ownAnchor[next]! >= 0 ? 1 : 0) + inherited;
      if (outputCount[next]! > 0) accepting[next] = 1;
      table[row + column] = accepting[next] === 1 ? ~(next * rowBytes) : next * rowBytes;
      order[tail++] = next;
    }
  }
  const outputStarts = new Int32Array(stateCount + 1);
  for (let state = 0; state < stateCount; state++) outputStarts[state + 1] = outputStarts[state]! + outputCount[state]!;
  // Filled breadth-first, so a state's failure state (shallower) is filled already.
  const outputs = new Int32Array(outputStarts[stateCount]!);
  for (let k = 1; k < stateCount; k++) {
    const state = order[k]!;
    let at = outputStarts[state]!;
    if (ownAnchor[state]! >= 0) outputs[at++] = ownAnchor[state]!;
    const fallback = failure[state]!;
    if (at < outputStarts[state + 1]!) outputs.copyWithin(at, outputStarts[fallback]!, outputStarts[fallback + 1]!);
  }
  return { table, classes, width, stateCount, outputStarts, outputs, matchesEverything, matchesNothing: ids.length === 0 };
}

function tooLarge(anchorCount: number): DetectionError {
  return new DetectionError(`the ${anchorCount} flag anchors are too many to prefilter in ${MAX_AUTOMATON_BYTES >> 20} MiB`, {
    hint: 'Reduce the registry aliases or their case variants, or split the registry by path.',
  });
}

/**
 * Walks the automaton over `bytes[start, end)` (one line: no LF) and records every anchor
 * occurrence: its index (into the compiled anchors) in `found`, the offset just past it (from
 * `start`) in `ends`, in order of end, longest first at one end. Returns how many, at most
 * `found.length`.
 */
export function findAnchors(automaton: AnchorAutomaton, bytes: Uint8Array, start: number, end: number, found: Int32Array, ends: Int32Array): number {
  const { table, classes, width, outputStarts, outputs } = automaton;
  const rowBytes = width * 4;
  let count = 0;
  let state = 0;
  for (let p = start; p < end; p++) {
    state = table[(state + classes[bytes[p]!]!) >> 2]!;
    if (state >= 0) continue;
    state = ~state;
    const index = state / rowBytes;
    for (let k = outputStarts[index]!, last = outputStarts[index + 1]!; k < last && count < found.length; k++) {
      found[count] = outputs[k]!;
      ends[count++] = p + 1 - start;
    }
  }
  return count;
}

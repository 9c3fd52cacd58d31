// The records a LineSelector writes (the lines the parser must read, and counts of those it need
// not), and the selectors a parser uses without a prefilter.
import { RECORD_WORDS, type LineSelection, type LineSelector } from '../scan/line-records.js';

const LF = 10;
const PLUS = 43;
const MINUS = 45;

/**
 * Builds one selection's records in a growable array reused from one call to the next. A line
 * is kept as a record unless it is "plain": unmarked, starting with `+` or `-`, and no longer
 * than the cap (its bytes after the marker, CR included: never shorter than the parser's length).
 */
export class LineRecords implements LineSelection {
  records = new Int32Array(RECORD_WORDS * 256);
  count = 0;
  private plus = 0;
  private minus = 0;
  private lastPlus = 0;
  private lastMinus = 0;

  /** Starts a new selection. */
  reset(): void {
    this.count = 0;
    this.plus = 0;
    this.minus = 0;
  }

  /** The line `[start, end)` ended at the LF at `end`. */
  endLine(bytes: Uint8Array, start: number, end: number, marked: boolean, maxLineBytes: number): void {
    const first = bytes[start];
    if (!marked && (first === PLUS || first === MINUS) && end - start - 1 <= maxLineBytes) {
      if (first === PLUS) {
        this.plus += 1;
        this.lastPlus = start;
      } else {
        this.minus += 1;
        this.lastMinus = start;
      }
      return;
    }
    this.push(start, marked ? ~end : end);
  }

  /** Ends the selection: a counts-only record for the plain lines after the last record, up to the LF at `lastLineEnd`. */
  finish(lastLineEnd: number): void {
    this.push(-1, lastLineEnd);
  }

  private push(start: number, end: number): void {
    let at = this.count * RECORD_WORDS;
    if (at + RECORD_WORDS > this.records.length) {
      const grown = new Int32Array(this.records.length * 2);
      grown.set(this.records);
      this.records = grown;
    }
    const records = this.records;
    records[at++] = start;
    records[at++] = end;
    records[at++] = this.plus;
    records[at++] = this.minus;
    records[at++] = this.lastPlus;
    records[at] = this.lastMinus;
    this.count += 1;
    this.plus = 0;
    this.minus = 0;
  }
}

/** Selects by `isMarked` (every line, or none): the selectors without a prefilter. */
function createLineSelector(marked: boolean): LineSelector {
  const records = new LineRecords();
  return {
    select(bytes, from, to, maxLineBytes) {
      records.reset();
      let start = from;
      for (let end = bytes.indexOf(LF, from); end !== -1 && end < to; end = bytes.indexOf(LF, end + 1)) {
        records.endLine(bytes, start, end, marked, maxLineBytes);
        start = end + 1;
      }
      records.finish(start - 1);
      return records;
    },
  };
}

/** Marks every line: the sink sees every content line. */
export function selectAllLines(): LineSelector {
  return createLineSelector(true);
}

/** Marks no line: the sink sees none (only counts). */
export function selectNoLines(): LineSelector {
  return createLineSelector(false);
}

// The growable parallel arrays behind a LineBatch, reused from one chunk to the next.
import { LineKind, type LineBatch } from './diff-types.js';

const EMPTY = new Uint8Array(0);

/** Collects content lines for one chunk; `view` hands them out, `clear` starts over. */
export class LineBatchBuilder {
  count = 0;
  /** Content lines read since the last `clear`, added or not. */
  contentLines = 0;
  /** The lines above kept from earlier chunks (LineBatch.carriedAbove), per side. */
  carriedNew: Uint8Array = EMPTY;
  carriedOld: Uint8Array = EMPTY;
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  private lineNumbers = new Int32Array(1024);
  private fileIndexes = new Int32Array(1024);
  private aboveStarts = new Int32Array(1024);
  private aboveEnds = new Int32Array(1024);
  private readonly carriedAbove = (kind: LineKind): Uint8Array => (kind === LineKind.REMOVED ? this.carriedOld : this.carriedNew);

  add(start: number, end: number, kind: LineKind, lineNumber: number, fileIndex: number, aboveStart: number, aboveEnd: number): void {
    const i = this.count;
    if (i === this.starts.length) this.grow();
    this.starts[i] = start;
    this.ends[i] = end;
    this.kinds[i] = kind;
    this.lineNumbers[i] = lineNumber;
    this.fileIndexes[i] = fileIndex;
    this.aboveStarts[i] = aboveStart;
    this.aboveEnds[i] = aboveEnd;
    this.count = i + 1;
  }

  clear(): void {
    this.count = 0;
    this.contentLines = 0;
  }

  /** The current lines over `bytes`; valid until the next `add` or `clear`. */
  view(bytes: Uint8Array): LineBatch {
    return {
      bytes,
      count: this.count,
      contentLines: this.contentLines,
      starts: this.starts,
      ends: this.ends,
      kinds: this.kinds,
      lineNumbers: this.lineNumbers,
      fileIndexes: this.fileIndexes,
      aboveStarts: this.aboveStarts,
      aboveEnds: this.aboveEnds,
      carriedAbove: this.carriedAbove,
    };
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(array);
      return next;
    };
    this.starts = widen(this.starts, (n) => new Int32Array(n));
    this.ends = widen(this.ends, (n) => new Int32Array(n));
    this.kinds = widen(this.kinds, (n) => new Uint8Array(n));
    this.lineNumbers = widen(this.lineNumbers, (n) => new Int32Array(n));
    this.fileIndexes = widen(this.fileIndexes, (n) => new Int32Array(n));
    this.aboveStarts = widen(this.aboveStarts, (n) => new Int32Array(n));
    this.aboveEnds = widen(this.aboveEnds, (n) => new Int32Array(n));
  }
}

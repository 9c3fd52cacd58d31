// A line over the length cap whose end has not arrived yet: the parser drops its bytes as they
// come and reports the skip (with the line's full length) once its LF arrives.
import type { DiffSink, SkippedLine } from './diff-types.js';

const CR = 13;

export class DiscardedLine {
  /** True while the bytes of such a line are being dropped. */
  active = false;
  /** The skip to report when the line ends (null for a header line: nothing to report). */
  private skip: SkippedLine | null = null;
  private endsWithCr = false;

  /** A line starts being dropped: `skip` counts its bytes so far; `endsWithCr` for its last byte. */
  start(skip: SkippedLine | null, endsWithCr: boolean): void {
    this.active = true;
    this.skip = skip;
    this.endsWithCr = endsWithCr;
  }

  /** The line goes on with `data[0, upTo)`. */
  extend(data: Uint8Array, upTo: number): void {
    if (upTo === 0) return;
    if (this.skip !== null) this.skip = { ...this.skip, lengthBytes: this.skip.lengthBytes + upTo };
    this.endsWithCr = data[upTo - 1] === CR;
  }

  /** The line ended: its skip goes to `sink` (without a CR before the LF). */
  finish(sink: DiffSink): void {
    const skip = this.skip;
    if (skip !== null) sink.onSkippedLine(this.endsWithCr ? { ...skip, lengthBytes: skip.lengthBytes - 1 } : skip);
    this.active = false;
    this.skip = null;
    this.endsWithCr = false;
  }
}

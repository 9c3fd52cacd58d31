// The line counters of the hunk being read: where its old and new lines are, and how many of
// each its `@@` header promised are still to come. A line that does not fit them is not a
// hunk line (the diff is malformed, or the hunk has ended).

const PLUS = 43;
const MINUS = 45;
const SPACE = 32;
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export class HunkCounter {
  /** The old-file number of the next `-` (or context) line. */
  oldLine = 0;
  /** The new-file number of the next `+` (or context) line. */
  newLine = 0;
  /** Old-side lines still to come. */
  oldLeft = 0;
  /** New-side lines still to come. */
  newLeft = 0;

  /** Starts the hunk of an `@@ -a,b +c,d @@` line; false (nothing changed) for any other text. */
  begin(text: string): boolean {
    const match = HUNK_HEADER.exec(text);
    if (match === null) return false;
    this.oldLine = Number(match[1]);
    this.oldLeft = match[2] === undefined ? 1 : Number(match[2]);
    this.newLine = Number(match[3]);
    this.newLeft = match[4] === undefined ? 1 : Number(match[4]);
    return true;
  }

  /** Every promised line has come. */
  get finished(): boolean {
    return this.oldLeft === 0 && this.newLeft === 0;
  }

  /** Moves past one line with this marker; its line number, or -1 (nothing moved) if it does not fit. */
  advance(marker: number): number {
    if (marker === PLUS && this.newLeft > 0) {
      this.newLeft -= 1;
      return this.newLine++;
    }
    if (marker === MINUS && this.oldLeft > 0) {
      this.oldLeft -= 1;
      return this.oldLine++;
    }
    if (marker === SPACE && this.oldLeft > 0 && this.newLeft > 0) {
      this.oldLine += 1;
      this.oldLeft -= 1;
      this.newLeft -= 1;
      return this.newLine++;
    }
    return -1;
  }

  /** Whether `plus` added and `minus` removed lines, in any order, all fit. */
  fits(plus: number, minus: number): boolean {
    return plus <= this.newLeft && minus <= this.oldLeft;
  }

  /** Moves past `plus` added and `minus` removed lines (that fit). */
  advanceBy(plus: number, minus: number): void {
    this.newLine += plus;
    this.newLeft -= plus;
    this.oldLine += minus;
    this.oldLeft -= minus;
  }
}

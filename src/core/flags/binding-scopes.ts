// Where the scope of a binding ends, for every binding of one text from one pass over it: the
// close of the enclosing brace block (C-like families), or the first later code line indented
// less than the binding's line (Python). Built on the first question, then each answer is a
// binary search, so a file with many bindings is read once, not once per binding.
import type { LexFamily } from './source-lexer.js';

/** The scope ends of one text's bindings. */
export class ScopeEnds {
  /** Brace families: offsets of the code braces, the depth after each, and the first later brace below it. */
  private braces: Int32Array | undefined;
  private nextLower: Int32Array | undefined;
  /** The first brace at which the depth goes below 0 (a `}` closing a block that opened above the text), or -1. */
  private firstNegative = -1;
  /** Python: offsets of the line breaks before code lines, their lines' indents, and the first later line indented less. */
  private lineBreaks: Int32Array | undefined;
  private indents: Int32Array | undefined;
  private lessIndented: Int32Array | undefined;

  constructor(
    private readonly text: string,
    private readonly family: LexFamily,
    private readonly isCode: (offset: number) => boolean,
  ) {}

  /** Where the scope of a binding written at `at` ends (exclusive offset; the text's length when it runs to the end). */
  endOf(at: number): number {
    return this.family === 'python' ? this.pythonEnd(at) : this.braceEnd(at);
  }

  private braceEnd(at: number): number {
    if (this.braces === undefined) this.indexBraces();
    const braces = this.braces!;
    // The first brace at or after `at`: the depth before it is the binding's depth.
    let low = 0;
    let high = braces.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (braces[middle]! < at) low = middle + 1;
      else high = middle;
    }
    const close = low === 0 ? this.firstNegative : this.nextLower![low - 1]!;
    return close === -1 ? this.text.length : braces[close]!;
  }

  private indexBraces(): void {
    const { text, isCode } = this;
    const offsets: number[] = [];
    const depths: number[] = [];
    let depth = 0;
    for (let at = text.indexOf('{'), close = text.indexOf('}'); at !== -1 || close !== -1; ) {
      const next = close === -1 || (at !== -1 && at < close) ? at : close;
      const opens = next === at;
      if (opens) at = text.indexOf('{', at + 1);
      else close = text.indexOf('}', close + 1);
      if (!isCode(next)) continue;
      depth += opens ? 1 : -1;
      offsets.push(next);
      depths.push(depth);
    }
    // For each brace, the first later one whose depth is below its own (a monotonic stack).
    const nextLower = new Int32Array(offsets.length).fill(-1);
    const stack: number[] = [];
    for (let k = 0; k < depths.length; k++) {
      while (stack.length > 0 && depths[stack[stack.length - 1]!]! > depths[k]!) nextLower[stack.pop()!] = k;
      stack.push(k);
    }
    this.firstNegative = depths.findIndex((value) => value < 0);
    this.braces = Int32Array.from(offsets);
    this.nextLower = nextLower;
  }

  private pythonEnd(at: number): number {
    const { text } = this;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, at))![0].length;
    if (indent === 0) return text.length;
    if (this.lineBreaks === undefined) this.indexLines();
    const breaks = this.lineBreaks!;
    const indents = this.indents!;
    // The first code line after `at`'s line.
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (breaks[middle]! < at) low = middle + 1;
      else high = middle;
    }
    // The binding's own line is the code line before it, as indented: its answer is indexed.
    const own = low - 1;
    if (own >= 0 && breaks[own]! + 1 === lineStart && indents[own] === indent) {
      const less = this.lessIndented![own]!;
      return less === -1 ? text.length : breaks[less]!;
    }
    for (let k = low; k < breaks.length; k++) if (indents[k]! < indent) return breaks[k]!;
    return text.length;
  }

  private indexLines(): void {
    const { text } = this;
    const breaks: number[] = [];
    const indents: number[] = [];
    // A code line: its indent followed by neither white space nor `#` (blank and comment lines end no scope).
    for (const match of text.matchAll(/\n([ \t]*)(?=[^\s#])/g)) {
      breaks.push(match.index);
      indents.push(match[1]!.length);
    }
    const lessIndented = new Int32Array(breaks.length).fill(-1);
    const stack: number[] = [];
    for (let k = 0; k < indents.length; k++) {
      while (stack.length > 0 && indents[stack[stack.length - 1]!]! > indents[k]!) lessIndented[stack.pop()!] = k;
      stack.push(k);
    }
    this.lineBreaks = Int32Array.from(breaks);
    this.indents = Int32Array.from(indents);
    this.lessIndented = lessIndented;
  }
}

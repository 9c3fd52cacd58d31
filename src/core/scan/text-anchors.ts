// The context scan's prefilter: a matcher's anchors in windows of a file's text, found by the
// diff's automaton and kernel (DiffScanner.findTextAnchors hands its calls here). A short text is
// walked once, whole, at its first window, and every window of it takes its anchors from that walk.
import { Buffer } from 'node:buffer';
import type { FlagMatcher, FoundAnchors } from '../flags/matcher.js';
import type { AnchorAutomaton } from './anchor-automaton.js';
import type { AnchorKernel } from './anchor-kernel.js';

/**
 * A text up to this many characters is walked whole at its first window that starts a line: one
 * kernel call (25 KB: tens of microseconds) instead of one per window (a new file of 500 lines has
 * a window per anchor line, each a slice, a test for non-ASCII, a copy and a kernel call). Longer
 * texts (a large file with a few changed lines) are walked window by window.
 */
export const WHOLE_TEXT_MAX_CHARS = 64 * 1024;

/** A character above U+007F (one above U+00FF is written as its low byte in latin1, which may look ASCII). */
const NON_ASCII = /[^\x00-\x7f]/;
const LF = 10;

/** One walk of a whole text for one matcher: its anchors (the matcher's indexes) and their ends, in order of end. */
interface WholeWalk {
  readonly text: string;
  readonly matcher: FlagMatcher;
  /** Undefined: the text is not ASCII (or the kernel could not tell), so its windows are walked one by one. */
  readonly found: { readonly anchors: Int32Array; readonly ends: Int32Array; readonly count: number } | undefined;
}

export class TextAnchorSearch {
  /** Bytes and result arrays, reused from call to call. */
  private bytes = Buffer.alloc(0);
  private found = new Int32Array(0);
  private foundEnds = new Int32Array(0);
  private walk: WholeWalk | undefined;

  constructor(
    private readonly automaton: AnchorAutomaton,
    private readonly kernel: AnchorKernel,
    /** Index in the automaton's anchors -> index in the matcher's anchors (-1: not its). */
    private readonly anchorMapOf: (matcher: FlagMatcher) => Int32Array,
  ) {}

  /**
   * The matcher's anchors in `text.slice(start, end)`, ends relative to `start`; undefined when that
   * part is not ASCII (byte and character offsets differ) or the kernel cannot tell. Valid until the
   * next call. A window that starts a line is given exactly what a walk of the window alone finds:
   * the automaton is at its root at every line's start (an anchor holds no LF), so the whole walk's
   * anchors that end inside the window begin inside it too, and are found in the same order.
   */
  find(matcher: FlagMatcher, text: string, start: number, end: number): FoundAnchors | undefined {
    if (text.length <= WHOLE_TEXT_MAX_CHARS && (start === 0 || text.charCodeAt(start - 1) === LF)) {
      const walk = this.walkWhole(matcher, text);
      if (walk !== undefined) return this.windowOf(walk, start, end);
    }
    return this.walkWindow(matcher, text, start, end);
  }

  /** The whole text's walk for this matcher, from the last call's when it is the same text; undefined when the text is not ASCII. */
  private walkWhole(matcher: FlagMatcher, text: string): WholeWalk | undefined {
    const known = this.walk;
    if (known !== undefined && known.text === text && known.matcher === matcher) return known.found === undefined ? undefined : known;
    const walked = NON_ASCII.test(text) ? undefined : this.walkBytes(matcher, text, 0, text.length);
    const found = walked === undefined ? undefined : { anchors: walked.anchors.slice(0, walked.count), ends: walked.ends.slice(0, walked.count), count: walked.count };
    const walk: WholeWalk = { text, matcher, found };
    this.walk = walk;
    return found === undefined ? undefined : walk;
  }

  /** The walk's anchors that end in `(start, end]`, ends relative to `start`. */
  private windowOf(walk: WholeWalk, start: number, end: number): FoundAnchors {
    const { ends, anchors, count } = walk.found!;
    // The first anchor that ends past `start` (ends are in order).
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ends[middle]! <= start) low = middle + 1;
      else high = middle;
    }
    let kept = 0;
    for (let k = low; k < count && ends[k]! <= end; k++) {
      if (kept === this.found.length) this.grow(2 * kept + 64);
      this.found[kept] = anchors[k]!;
      this.foundEnds[kept++] = ends[k]! - start;
    }
    return { anchors: this.found, ends: this.foundEnds, count: kept };
  }

  /** One window walked alone. */
  private walkWindow(matcher: FlagMatcher, text: string, start: number, end: number): FoundAnchors | undefined {
    if (NON_ASCII.test(text.slice(start, end))) return undefined;
    return this.walkBytes(matcher, text, start, end);
  }

  /** The kernel's walk of `text.slice(start, end)` (ASCII), as the matcher's anchors with ends relative to `start`. */
  private walkBytes(matcher: FlagMatcher, text: string, start: number, end: number): FoundAnchors | undefined {
    const length = end - start;
    if (this.bytes.length < length) this.bytes = Buffer.allocUnsafe(Math.max(length, 2 * this.bytes.length));
    this.bytes.write(text.slice(start, end), 0, length, 'latin1');
    // The prefilter's kernel (WebAssembly where available) walks the bytes: the diff has been
    // read, so its hits are no longer wanted, and a hook's short life leaves a JavaScript loop
    // little time to be optimized. Lines are never over the cap here (only hits are read).
    this.kernel.select(this.bytes, 0, length, 0x7fffffff);
    const taken = this.kernel.takeHits();
    if (taken === undefined) return undefined;
    const { hits, count } = taken;
    const { outputStarts, outputs, width } = this.automaton;
    const rowBytes = width * 4;
    const map = this.anchorMapOf(matcher);
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const anchorEnd = hits[2 * k]! + 1;
      const index = hits[2 * k + 1]! / rowBytes;
      for (let o = outputStarts[index]!, last = outputStarts[index + 1]!; o < last; o++) {
        const own = map[outputs[o]!]!;
        if (own < 0) continue;
        if (kept === this.found.length) this.grow(2 * kept + 64);
        this.found[kept] = own;
        this.foundEnds[kept++] = anchorEnd;
      }
    }
    return { anchors: this.found, ends: this.foundEnds, count: kept };
  }

  private grow(size: number): void {
    const found = new Int32Array(size);
    const ends = new Int32Array(size);
    found.set(this.found);
    ends.set(this.foundEnds);
    this.found = found;
    this.foundEnds = ends;
  }
}

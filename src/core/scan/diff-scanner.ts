// The scan engine: a DiffSink whose one-pass literal prefilter (the parser's LineSelector) marks
// the lines with an anchor, so only those reach the flag matcher.
import { Buffer } from 'node:buffer';
import { ABOVE_CARRIED, LineKind, pathOf, type DiffFile, type DiffSink, type LineBatch, type SkippedLine } from '../diff/diff-types.js';
import type { LineSelector } from './line-records.js';
import type { FlagMatcher, FlagReference, FoundAnchors } from '../flags/matcher.js';
import type { FlagLine } from '../flags/rules.js';
import { SUPPRESSION_MARKER } from '../flags/suppression.js';
import { compileAnchors, findAnchors, type AnchorAutomaton } from './anchor-automaton.js';
import { createAnchorKernel, type AnchorHits, type AnchorKernel } from './anchor-kernel.js';

/**
 * A changed line with the flag references found in it: exactly the rules' FlagLine (one type
 * from engine to rules). Only lines with at least one reference are reported; `previousText` is
 * set when the line above is in the diff and holds a suppression marker (`prove-allow-flag:`),
 * the only reason it is read.
 */
export type ScannedLine = FlagLine;

/**
 * A changed line handed over unmatched ({@link DiffScannerOptions.onDeferred}): what a ScannedLine
 * holds but its references, which {@link matchDeferred} finds when they are wanted after all.
 */
export interface DeferredLine {
  readonly file: string;
  readonly line: number;
  readonly side: 'added' | 'removed';
  readonly text: string;
  readonly previousText?: string;
  readonly matcher: FlagMatcher;
}

/**
 * The ScannedLine the scanner would have reported for a deferred line (undefined: it has no
 * reference). The matcher's own search finds the anchors the prefilter would have given it.
 */
export function matchDeferred(deferred: DeferredLine): ScannedLine | undefined {
  const references = deferred.matcher.matchLine(deferred.text);
  if (references.length === 0) return undefined;
  const { file, line, side, text, previousText } = deferred;
  return previousText === undefined ? { file, line, side, text, references } : { file, line, side, text, previousText, references };
}

/** Which matcher governs a path: one per registry scope; undefined means "not scanned". */
export interface MatcherSelection {
  /** Every anchor of every matcher: the prefilter's literals. */
  readonly anchors: readonly string[];
  matcherFor(path: string): FlagMatcher | undefined;
}

/** A selection with one matcher for every path. */
export function selectAlways(matcher: FlagMatcher): MatcherSelection {
  return { anchors: matcher.anchors, matcherFor: () => matcher };
}

export interface ScanStats {
  files: number;
  /** Files whose lines were read (not excluded, not binary, not submodules). */
  scannedFiles: number;
  /** Files skipped by the include/exclude globs or because no registry scope contains them. */
  excludedFiles: number;
  binaryFiles: number;
  submodules: number;
  /** Content lines read (added, removed and context) in scanned files. */
  lines: number;
  /** Lines where an anchor hit, so the matcher ran (context lines are never matched). */
  candidateLines: number;
  /** Content lines over the length cap, not scanned. */
  skippedLines: number;
}

export interface DiffScannerOptions {
  /** True when a path's lines should be read (include/exclude globs). Default: every path. */
  readonly includePath?: (path: string) => boolean;
  /** Keep at most this many SkippedLine records (all are counted). Default 100. */
  readonly maxSkipRecords?: number;
  /** Clock for the phase timings, in ms; without it nothing is timed. */
  readonly now?: () => number;
  /** Force the JavaScript kernel (tests and benchmarks). */
  readonly kernel?: 'wasm' | 'js';
  /** Receives each line with references as it is found, instead of collecting them in `lines`. */
  readonly onLine?: (line: ScannedLine) => void;
  /** Told of each file of the diff and whether its lines are scanned (the context scan picks its files here). */
  readonly onFile?: (file: DiffFile, included: boolean) => void;
  /** Each changed line where an anchor occurs (before it is matched): its file, new or old line number, side. */
  readonly onCandidate?: (fileIndex: number, line: number, added: boolean) => void;
  /** Each hunk of a scanned file (DiffSink.onHunk). */
  readonly onHunk?: (fileIndex: number, oldStart: number, oldCount: number, newStart: number, newCount: number) => void;
  /**
   * True for a file whose changed lines are not matched now but handed to `onDeferred` (the
   * context scan reads the whole file instead, and matches them only if it cannot).
   */
  readonly defer?: (fileIndex: number) => boolean;
  /** Receives the deferred lines (see `defer`), in diff order. */
  readonly onDeferred?: (fileIndex: number, line: DeferredLine) => void;
  /** Builds the prefilter automaton (default compileAnchors; hooks pass one backed by a persisted cache). */
  readonly compileAnchors?: (anchors: readonly string[]) => AnchorAutomaton;
}

/** Finds flag references in a diff; feed it to a DiffParser as its sink. */
export class DiffScanner implements DiffSink {
  /** Lines with references, in diff order (unless `onLine` takes them). */
  readonly lines: ScannedLine[] = [];
  readonly skipped: SkippedLine[] = [];
  readonly stats: ScanStats = { files: 0, scannedFiles: 0, excludedFiles: 0, binaryFiles: 0, submodules: 0, lines: 0, candidateLines: 0, skippedLines: 0 };
  /** Time in the matchers (and `onLine`), in ms; the prefilter runs inside the parser. */
  readonly timings = { regexMs: 0 };
  private readonly kernel: AnchorKernel;
  private readonly automaton: AnchorAutomaton;
  /** Per matcher: index in `selection.anchors` -> index in the matcher's anchors (-1: not its). */
  private readonly anchorMaps = new Map<FlagMatcher, Int32Array>();
  private lastMatcher: FlagMatcher | undefined;
  private lastMap: Int32Array | undefined;
  /** The anchors found in one line, as selection indexes, then as the matcher's. */
  private found = new Int32Array(1024);
  private foundEnds = new Int32Array(1024);
  private local = new Int32Array(1024);
  private localEnds = new Int32Array(1024);
  private readonly files: DiffFile[] = [];
  private readonly matchers: (FlagMatcher | undefined)[] = [];
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  /** The kernel's hits for the batch being matched (undefined: search each line), and how far it has been read. */
  private hits: AnchorHits | undefined;
  private hitCursor = 0;
  /** The text of the line findReferences read last. */
  private text = '';
  /** `batch.bytes` as a Buffer (for its fast latin1 decoding of ASCII lines), per batch. */
  private view: { bytes: Uint8Array; buffer: Buffer } | undefined;
  /** findTextAnchors' bytes and result arrays (reused from call to call). */
  private textBytes = Buffer.alloc(0);
  private textFound = new Int32Array(0);
  private textEnds = new Int32Array(0);

  constructor(
    private readonly selection: MatcherSelection,
    private readonly options: DiffScannerOptions = {},
  ) {
    this.automaton = (options.compileAnchors ?? compileAnchors)(selection.anchors);
    this.kernel = createAnchorKernel(this.automaton, options.kernel);
  }

  /** The prefilter: give it to the DiffParser that feeds this scanner. */
  get selector(): LineSelector {
    return this.kernel;
  }

  /** Which inner loop runs the prefilter. */
  get kernelKind(): 'wasm' | 'js' {
    return this.kernel.kind;
  }

  onFile(file: DiffFile): boolean {
    this.files[file.index] = file;
    this.stats.files += 1;
    if (file.binary) this.stats.binaryFiles += 1;
    if (file.submodule) this.stats.submodules += 1;
    if (file.binary || file.submodule) {
      this.options.onFile?.(file, false);
      return false;
    }
    const path = pathOf(file);
    const matcher = (this.options.includePath?.(path) ?? true) ? this.selection.matcherFor(path) : undefined;
    this.matchers[file.index] = matcher;
    const included = matcher !== undefined;
    if (included) this.stats.scannedFiles += 1;
    else this.stats.excludedFiles += 1;
    this.options.onFile?.(file, included);
    return included;
  }

  onHunk(fileIndex: number, oldStart: number, oldCount: number, newStart: number, newCount: number): void {
    this.options.onHunk?.(fileIndex, oldStart, oldCount, newStart, newCount);
  }

  onSkippedLine(skip: SkippedLine): void {
    this.stats.skippedLines += 1;
    if (this.skipped.length < (this.options.maxSkipRecords ?? 100)) this.skipped.push(skip);
  }

  onLines(batch: LineBatch): void {
    const now = this.options.now;
    const started = now?.() ?? 0;
    this.stats.lines += batch.contentLines;
    this.stats.candidateLines += batch.count;
    this.hits = this.kernel.takeHits();
    this.hitCursor = 0;
    for (let i = 0; i < batch.count; i++) this.matchLine(batch, i);
    if (now) this.timings.regexMs += now() - started;
  }

  private matchLine(batch: LineBatch, index: number): void {
    const kind = batch.kinds[index]!;
    if (kind === LineKind.CONTEXT) return;
    const fileIndex = batch.fileIndexes[index]!;
    const matcher = this.matchers[fileIndex];
    if (matcher === undefined) return;
    this.options.onCandidate?.(fileIndex, batch.lineNumbers[index]!, kind === LineKind.ADDED);
    const file = this.files[fileIndex]!;
    const added = kind === LineKind.ADDED;
    if (this.options.defer?.(fileIndex) === true && this.options.onDeferred !== undefined) {
      // Matched once, by the context scan, unless that cannot read the file.
      const text = this.decode(batch.bytes, batch.starts[index]!, batch.ends[index]!);
      const previousText = this.readTextAbove(batch, index);
      const path = (added ? file.newPath : file.oldPath) ?? pathOf(file);
      const side = added ? 'added' : 'removed';
      const line = batch.lineNumbers[index]!;
      this.options.onDeferred(fileIndex, previousText === undefined ? { file: path, line, side, text, matcher } : { file: path, line, side, text, previousText, matcher });
      return;
    }
    const references = this.findReferences(matcher, batch.bytes, batch.starts[index]!, batch.ends[index]!);
    if (references.length === 0) return;
    const text = this.text;
    const previousText = this.readTextAbove(batch, index);
    const path = (added ? file.newPath : file.oldPath) ?? pathOf(file);
    const side = added ? 'added' : 'removed';
    const line = batch.lineNumbers[index]!;
    const scanned: ScannedLine =
      previousText === undefined ? { file: path, line, side, text, references } : { file: path, line, side, text, previousText, references };
    if (this.options.onLine) this.options.onLine(scanned);
    else this.lines.push(scanned);
  }

  /**
   * The matcher's anchors in `text.slice(start, end)` found by this scanner's automaton (persisted
   * between runs), for the context scan, with ends relative to `start`; undefined when that part
   * is not ASCII (byte and character offsets differ) or the automaton cannot tell (the matcher
   * then searches itself). The result is valid until the next call (its arrays are reused).
   */
  findTextAnchors(matcher: FlagMatcher, text: string, start = 0, end = text.length): FoundAnchors | undefined {
    if (this.automaton.matchesEverything) return undefined;
    // Windows are searched one after another: the bytes and result arrays are reused, not
    // allocated for each (the context scan of a typical commit searches hundreds of windows).
    const part = text.slice(start, end);
    if (NON_ASCII.test(part)) return undefined;
    const length = end - start;
    if (this.textBytes.length < length) this.textBytes = Buffer.allocUnsafe(Math.max(length, 2 * this.textBytes.length));
    this.textBytes.write(part, 0, length, 'latin1');
    // The prefilter's kernel (WebAssembly where available) walks the bytes: the diff has been
    // read, so its hits are no longer wanted, and a hook's short life leaves a JavaScript loop
    // little time to be optimized. Lines are never over the cap here (only hits are read).
    this.kernel.select(this.textBytes, 0, length, 0x7fffffff);
    const taken = this.kernel.takeHits();
    if (taken === undefined) return undefined;
    const { hits, count } = taken;
    const { outputStarts, outputs, width } = this.automaton;
    const rowBytes = width * 4;
    const map = this.anchorMapOf(matcher);
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const end = hits[2 * k]! + 1;
      const index = hits[2 * k + 1]! / rowBytes;
      for (let o = outputStarts[index]!, last = outputStarts[index + 1]!; o < last; o++) {
        const own = map[outputs[o]!]!;
        if (own < 0) continue;
        if (kept === this.textFound.length) this.growTextFound(2 * kept + 64);
        this.textFound[kept] = own;
        this.textEnds[kept++] = end;
      }
    }
    return { anchors: this.textFound, ends: this.textEnds, count: kept };
  }

  private growTextFound(size: number): void {
    const found = new Int32Array(size);
    const ends = new Int32Array(size);
    found.set(this.textFound);
    ends.set(this.textEnds);
    this.textFound = found;
    this.textEnds = ends;
  }

  /** The previous line of the same side of the same file, if the diff shows it with a suppression. */
  private readTextAbove(batch: LineBatch, index: number): string | undefined {
    let bytes = batch.bytes;
    let start = batch.aboveStarts[index]!;
    let end = batch.aboveEnds[index]!;
    if (start === ABOVE_CARRIED) {
      bytes = batch.carriedAbove(batch.kinds[index] as LineKind);
      start = 0;
      end = bytes.length;
    } else if (start < 0) {
      return undefined;
    }
    return containsMarker(bytes, start, end) ? this.decode(bytes, start, end) : undefined;
  }

  /**
   * The line's references; its text is left in `text`. An ASCII line (the usual case) is matched
   * on the anchors this scanner's automaton finds in its bytes (byte and character offsets agree),
   * so the matcher does not search it again; other lines go through the matcher's own search.
   */
  private findReferences(matcher: FlagMatcher, bytes: Uint8Array, start: number, end: number): FlagReference[] {
    if (matcher.matchAnchors === undefined || this.automaton.matchesEverything || !isAscii(bytes, start, end)) {
      const text = this.decode(bytes, start, end);
      this.text = text;
      return matcher.matchLine(text);
    }
    const text = this.latin1(bytes, start, end);
    this.text = text;
    const room = 4 * (end - start) + 16;
    if (this.found.length < room) this.growFound(room);
    const count = this.hits === undefined ? findAnchors(this.automaton, bytes, start, end, this.found, this.foundEnds) : this.readHits(start, end);
    if (count === this.found.length) return matcher.matchLine(text);
    const map = this.anchorMapOf(matcher);
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const own = map[this.found[k]!]!;
      if (own < 0) continue;
      this.local[kept] = own;
      this.localEnds[kept++] = this.foundEnds[k]!;
    }
    return matcher.matchAnchors(text, this.local, this.localEnds, kept);
  }

  /**
   * The same as findAnchors, from the kernel's hits: the anchors that end in `[start, end)` and
   * start there too (the kernel's walk began at the line's diff marker). Lines come in order of
   * offset, so the hits are read with one cursor.
   */
  private readHits(start: number, end: number): number {
    const { hits, count } = this.hits!;
    const { outputStarts, outputs, width } = this.automaton;
    const anchors = this.selection.anchors;
    const rowBytes = width * 4;
    let k = this.hitCursor;
    while (k < count && hits[2 * k]! < start) k++;
    let found = 0;
    for (; k < count && hits[2 * k]! < end; k++) {
      const anchorEnd = hits[2 * k]! + 1 - start;
      const index = hits[2 * k + 1]! / rowBytes;
      for (let o = outputStarts[index]!, last = outputStarts[index + 1]!; o < last && found < this.found.length; o++) {
        const anchor = outputs[o]!;
        // An ASCII line holds only ASCII anchors, whose length in bytes is their length.
        if (anchorEnd < anchors[anchor]!.length) continue;
        this.found[found] = anchor;
        this.foundEnds[found++] = anchorEnd;
      }
    }
    this.hitCursor = k;
    return found;
  }

  private growFound(size: number): void {
    this.found = new Int32Array(size);
    this.foundEnds = new Int32Array(size);
    this.local = new Int32Array(size);
    this.localEnds = new Int32Array(size);
  }

  private anchorMapOf(matcher: FlagMatcher): Int32Array {
    // Lines of one file, and usually of every file, share a matcher: no map lookup for them.
    if (matcher === this.lastMatcher) return this.lastMap!;
    let map = this.anchorMaps.get(matcher);
    if (map === undefined) {
      const own = new Map(matcher.anchors.map((anchor, position) => [anchor, position]));
      map = Int32Array.from(this.selection.anchors, (anchor) => own.get(anchor) ?? -1);
      this.anchorMaps.set(matcher, map);
    }
    this.lastMatcher = matcher;
    this.lastMap = map;
    return map;
  }

  /** Bytes below 0x80 as text (latin1 and UTF-8 agree on them). */
  private latin1(bytes: Uint8Array, start: number, end: number): string {
    if (this.view?.bytes !== bytes) this.view = { bytes, buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    return this.view.buffer.toString('latin1', start, end);
  }

  /** UTF-8 (invalid bytes become U+FFFD); ASCII, the usual case, through the faster latin1 path. */
  private decode(bytes: Uint8Array, start: number, end: number): string {
    return isAscii(bytes, start, end) ? this.latin1(bytes, start, end) : this.decoder.decode(bytes.subarray(start, end));
  }
}

/** A character above U+007F (one above U+00FF is written as its low byte in latin1, which may look ASCII). */
const NON_ASCII = /[^\x00-\x7f]/;

function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

const MARKER_BYTES = Uint8Array.from(SUPPRESSION_MARKER, (char) => char.charCodeAt(0));

/** True when `bytes[start, end)` contains the suppression marker. */
function containsMarker(bytes: Uint8Array, start: number, end: number): boolean {
  const first = MARKER_BYTES[0]!;
  for (let i = start; i <= end - MARKER_BYTES.length; i++) {
    if (bytes[i] !== first) continue;
    let k = 1;
    while (k < MARKER_BYTES.length && bytes[i + k] === MARKER_BYTES[k]) k++;
    if (k === MARKER_BYTES.length) return true;
  }
  return false;
}

/** Everything a scan found, for reporting. */
export interface DiffScanResult {
  readonly lines: readonly ScannedLine[];
  readonly skipped: readonly SkippedLine[];
  readonly stats: Readonly<ScanStats>;
  readonly files: readonly DiffFile[];
}

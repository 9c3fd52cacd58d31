// The scan engine: a DiffSink that runs the one-pass literal prefilter over each batch of diff
// lines and hands only the lines with an anchor to the flag matcher.
import { LineKind, pathOf, type DiffFile, type DiffSink, type LineBatch, type SkippedLine } from '../diff/diff-types.js';
import type { FlagMatcher } from '../flags/matcher.js';
import { compileAnchors } from './anchor-automaton.js';
import { createAnchorKernel, type AnchorKernel } from './anchor-kernel.js';

/** One flag reference on a changed line of the diff. */
export interface DiffReference {
  /** The registry key (an alias is already resolved by the matcher). */
  readonly flag: string;
  /** What found it: a preset name, `custom:<n>` or `alias`. */
  readonly source: string;
  readonly change: 'added' | 'removed';
  /** Repository-relative path: the new path for added lines, the old path for removed ones. */
  readonly file: string;
  /** 1-based line in the new file (added) or the old file (removed). */
  readonly line: number;
  /** 1-based column, in UTF-16 code units of the decoded line. */
  readonly column: number;
  /** The whole line, decoded as UTF-8 (invalid bytes become U+FFFD), without marker or CR. */
  readonly text: string;
  /** The line just above in the same file, when the diff shows it (for suppression comments). */
  readonly textAbove?: string;
}

export interface ScanStats {
  files: number;
  /** Files whose lines were read (not excluded, not binary, not submodules). */
  scannedFiles: number;
  excludedFiles: number;
  binaryFiles: number;
  submodules: number;
  /** Content lines read (added, removed and context) in scanned files. */
  lines: number;
  /** Lines where an anchor hit, so the matcher ran. */
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
}

/** Collects DiffReferences from a diff; feed it to a DiffParser as its sink. */
export class DiffScanner implements DiffSink {
  readonly references: DiffReference[] = [];
  readonly skipped: SkippedLine[] = [];
  readonly stats: ScanStats = { files: 0, scannedFiles: 0, excludedFiles: 0, binaryFiles: 0, submodules: 0, lines: 0, candidateLines: 0, skippedLines: 0 };
  readonly timings = { prefilterMs: 0, regexMs: 0 };
  private readonly kernel: AnchorKernel;
  private readonly files: DiffFile[] = [];
  private hitLines = new Int32Array(1024);
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  /** The last line of the previous batch, for the `textAbove` of a batch's first line. */
  private previous: { file: number; kind: number; line: number; text: string } | null = null;

  constructor(
    private readonly matcher: FlagMatcher,
    private readonly options: DiffScannerOptions = {},
  ) {
    this.kernel = createAnchorKernel(compileAnchors(matcher.anchors), options.kernel);
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
    if (file.binary || file.submodule) return false;
    const included = this.options.includePath?.(pathOf(file)) ?? true;
    if (included) this.stats.scannedFiles += 1;
    else this.stats.excludedFiles += 1;
    return included;
  }

  onSkippedLine(skip: SkippedLine): void {
    this.stats.skippedLines += 1;
    if (this.skipped.length < (this.options.maxSkipRecords ?? 100)) this.skipped.push(skip);
  }

  onLines(batch: LineBatch): void {
    const now = this.options.now;
    const started = now?.() ?? 0;
    if (this.hitLines.length < batch.count) this.hitLines = new Int32Array(Math.max(batch.count, this.hitLines.length * 2));
    const hits = this.kernel.findLines(batch, this.hitLines);
    const filtered = now?.() ?? 0;
    this.stats.lines += batch.count;
    this.stats.candidateLines += hits;
    for (let h = 0; h < hits; h++) this.matchLine(batch, this.hitLines[h]!);
    const last = batch.count - 1;
    this.previous = { file: batch.fileIndexes[last]!, kind: batch.kinds[last]!, line: batch.lineNumbers[last]!, text: this.decode(batch, last) };
    if (now) {
      const matched = now();
      this.timings.prefilterMs += filtered - started;
      this.timings.regexMs += matched - filtered;
    }
  }

  private matchLine(batch: LineBatch, index: number): void {
    const kind = batch.kinds[index]!;
    if (kind === LineKind.CONTEXT) return;
    const text = this.decode(batch, index);
    const found = this.matcher.matchLine(text);
    if (found.length === 0) return;
    const file = this.files[batch.fileIndexes[index]!]!;
    const added = kind === LineKind.ADDED;
    const path = (added ? file.newPath : file.oldPath) ?? pathOf(file);
    const line = batch.lineNumbers[index]!;
    const textAbove = this.findTextAbove(batch, index);
    for (const reference of found) {
      this.references.push({
        flag: reference.flag,
        source: reference.source,
        change: added ? 'added' : 'removed',
        file: path,
        line,
        column: reference.index + 1,
        text,
        ...(textAbove === undefined ? {} : { textAbove }),
      });
    }
  }

  /** The previous line of the same side of the same file, if it is in the diff. */
  private findTextAbove(batch: LineBatch, index: number): string | undefined {
    const kind = batch.kinds[index]!;
    const file = batch.fileIndexes[index]!;
    const wanted = batch.lineNumbers[index]! - 1;
    const sameSide = (otherKind: number): boolean => (kind === LineKind.REMOVED ? otherKind === LineKind.REMOVED : otherKind !== LineKind.REMOVED);
    // Lines of the other side sit between (a -U0 hunk lists its removed lines first): skip them.
    let above = index - 1;
    while (above >= 0 && batch.fileIndexes[above] === file && !sameSide(batch.kinds[above]!)) above -= 1;
    if (above >= 0) {
      if (batch.fileIndexes[above] === file && batch.lineNumbers[above] === wanted && sameSide(batch.kinds[above]!)) return this.decode(batch, above);
      return undefined;
    }
    const previous = this.previous;
    if (previous !== null && previous.file === file && sameSide(previous.kind) && previous.line === wanted) return previous.text;
    return undefined;
  }

  private decode(batch: LineBatch, index: number): string {
    return this.decoder.decode(batch.bytes.subarray(batch.starts[index]!, batch.ends[index]!));
  }
}

/** Everything a scan found, for reporting. */
export interface DiffScanResult {
  readonly references: readonly DiffReference[];
  readonly skipped: readonly SkippedLine[];
  readonly stats: Readonly<ScanStats>;
  readonly files: readonly DiffFile[];
}

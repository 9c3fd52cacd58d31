// The context half of the flag check: picks the changed files whose whole text is read (the
// staged or committed post-image, and the pre-image), holds their diff lines meanwhile, reads
// the images in one `git cat-file --batch`, and hands the core's context scan to the rules.
// A change too large for it keeps the context of the files whose images were already being read
// when the budget ran out, and the diff-line results of the others (as does a file git cannot give).
import { isAscii } from 'node:buffer';
import type { DiffFile } from '../core/diff/diff-types.js';
import { decodeSourceBytes, detectUtf16 } from '../core/diff/utf16-text.js';
import { stripTypeAssertion } from '../core/flags/imported-constants.js';
import type { FlagMatcher } from '../core/flags/matcher.js';
import type { FlagLine, FlagRuleEvaluator } from '../core/flags/rules.js';
import { matchDeferred, type DeferredLine } from '../core/scan/diff-scanner.js';
import { lineSetOf, scanChangedFile, type AnchorFinder, type ContextResult } from '../core/scan/source-scan.js';
import type { DiffTarget } from '../git/diff-stream.js';
import { startBlobReads, type BlobReads } from '../git/run-git.js';
import { readImportedKeys, type UnresolvedFile } from './imported-keys.js';

/**
 * Most files a change may have for the context to be read: a guard only, the diff bytes are the
 * bound (a thousand new files of 5 kB, an initial import, lost every wrapped call at 400).
 */
export const MAX_CONTEXT_FILES = 20_000;
/** Most diff bytes a change may have for all its files to be read whole (see ContextCollector.giveUpUnread for more). */
export const MAX_CONTEXT_DIFF_BYTES = 8 * 1024 * 1024;
/** A file whose image is larger is judged by its diff lines. */
export const MAX_CONTEXT_FILE_BYTES = 2 * 1024 * 1024;
/**
 * Images of files that start within this much diff are asked for at once (git reads them while
 * the diff is scanned); later ones when the diff has ended. A large diff, whose context is given
 * up at MAX_CONTEXT_DIFF_BYTES, thus makes git read (and this process hold) only a few images
 * for nothing.
 */
export const EARLY_READ_DIFF_BYTES = 1024 * 1024;

interface ContextFile {
  readonly file: DiffFile;
  readonly matcher: FlagMatcher;
  /** `[start, count]` pairs of added and removed lines. */
  readonly added: number[];
  readonly removed: number[];
  /** The hunks, `oldStart, oldCount, newStart, newCount` quads. */
  readonly hunks: number[];
  /** Changed lines where an anchor occurs, added and removed. */
  readonly addedHits: number[];
  readonly removedHits: number[];
  /** The changed lines, unmatched: matched as diff lines only when the context cannot be read. */
  readonly lines: DeferredLine[];
  /** Slots of the post-image and pre-image in the blob reads; -1: not read. */
  post: number;
  pre: number;
  /** Its context scan, when it ran while the diff or the other images were still being read ({@link ContextCollector.scanReady}). */
  early?: Scanned | { readonly error: unknown };
}

/** A context file's scan: its input (kept for a second scan with imported constants) and result; both undefined when its images could not be read. */
interface Scanned {
  readonly entry: ContextFile;
  readonly input: Parameters<typeof scanChangedFile>[0] | undefined;
  result: ContextResult | undefined;
}

/** What the context scan of each file needs besides its images. */
export interface ContextScanOptions {
  readonly maxLineLength: number;
  readonly findAnchors?: AnchorFinder;
  /** A monotonic clock in ms, to time the scans made while git still reads ({@link ContextCollector.earlyScanMs}). */
  readonly now?: () => number;
}

/** An image asked for after the diff (see EARLY_READ_DIFF_BYTES). */
interface DeferredRead {
  readonly entry: ContextFile;
  readonly side: 'post' | 'pre';
  readonly name: string;
}

/** Where the images of the changed files are read from: the diff's target, in this repository. */
export interface ImageSource {
  readonly target: DiffTarget;
  readonly repoRoot: string;
  readonly env: NodeJS.ProcessEnv;
}

/** Collects the context files while the diff streams. */
export class ContextCollector {
  private readonly files = new Map<number, ContextFile>();
  /** The budget ran out: later files are judged by their diff lines. */
  private full = false;
  /** Files judged by their diff lines for the budget (for the user's notice). */
  private fellBack = 0;
  /** Held lines of files given up when the budget ran out, handed back at the next checkSize. */
  private released: FlagLine[] = [];
  /** Where the diff is being read (bytes from its start): set by the diff check to its parser's offset. */
  private offsetNow: (() => number) | undefined;
  private readonly reads: BlobReads;
  private readonly deferred: DeferredRead[] = [];
  /** Diff bytes read so far (as of the last checkSize). */
  private streamed = 0;
  /** Where the budget ran out (onFile), for the user's notice. */
  private givenUpAt: { readonly diffBytes: number; readonly files: number } | undefined;
  /** The context files in diff order, and the first of them whose scan has not run yet. */
  private readonly queue: ContextFile[] = [];
  private queueHead = 0;
  /** The index of the last file the diff scan has met: the files before it have all their lines (outside the parser's calls). */
  private lastFileIndex = -1;
  /** Set by {@link scanWhileReading}: files are then scanned as soon as their diff and images are in. */
  private scanOptions: ContextScanOptions | undefined;
  /** Time spent in the scans {@link scanReady} made, in ms (with `now` given): rules' time, not git's. */
  earlyScanMs = 0;

  constructor(
    private readonly matcherFor: (path: string) => FlagMatcher | undefined,
    private readonly source: ImageSource,
  ) {
    this.reads = startBlobReads({ cwd: source.repoRoot, env: source.env, maxBlobBytes: MAX_CONTEXT_FILE_BYTES, onRead: () => this.scanReady() });
  }

  /**
   * From now on, each context file is scanned as soon as its diff lines and images are in (at
   * {@link scanReady}), while git still writes the rest of the diff or reads the other images,
   * instead of all of them after the diff (fixture (c): the scan of the first files overlaps git).
   * The results are the same: each file's scan depends only on its own images and lines, and
   * {@link evaluate} hands them to the rules in diff order.
   */
  scanWhileReading(options: ContextScanOptions): void {
    this.scanOptions = options;
  }

  /**
   * Scans the context files that are ready, in diff order: every line of theirs has been handed
   * over (a later file has been met) and their images have been read. Call it outside the diff
   * parser's calls (between chunks): within one, a file's last lines may still wait in a batch.
   * A file whose images are read only after the diff (EARLY_READ_DIFF_BYTES) waits for
   * {@link evaluate}, and so do the files after it.
   */
  scanReady(): void {
    const options = this.scanOptions;
    if (options === undefined) return;
    const read = this.reads.readSoFar();
    while (this.queueHead < this.queue.length) {
      const entry = this.queue[this.queueHead]!;
      if (entry.file.index >= this.lastFileIndex || entry.post === -2 || entry.pre === -2 || entry.post >= read.length || entry.pre >= read.length) return;
      this.queueHead += 1;
      // Given up for the budget meanwhile: judged by its diff lines.
      if (this.files.get(entry.file.index) !== entry) continue;
      const started = options.now?.() ?? 0;
      try {
        entry.early = scanEntry(entry, read, options);
      } catch (error) {
        // Thrown where evaluate() would have scanned it, so a failure surfaces as before.
        entry.early = { error };
      }
      if (options.now !== undefined) this.earlyScanMs += options.now() - started;
    }
  }

  /** Tells where the diff parser is (its offset), so each file is placed against the budget where its header is. */
  readDiffOffsetFrom(offset: () => number): void {
    this.offsetNow = offset;
  }

  /** DiffScanner's onFile. */
  onFile(file: DiffFile, included: boolean): void {
    this.lastFileIndex = file.index;
    if (!included) return;
    if (!this.full && ((this.offsetNow?.() ?? this.streamed) > MAX_CONTEXT_DIFF_BYTES || this.files.size >= MAX_CONTEXT_FILES)) this.giveUpUnread();
    const path = file.newPath ?? file.oldPath;
    if (path === null || (file.newPath ?? '').includes('\n') || (file.oldPath ?? '').includes('\n')) return;
    const matcher = this.matcherFor(path);
    if (matcher?.matchText === undefined) return;
    // After the budget: judged by its diff lines.
    if (this.full) {
      this.fellBack += 1;
      return;
    }
    // The post-image is asked for now: git reads it while the rest of the diff is scanned.
    const entry: ContextFile = { file, matcher, added: [], removed: [], hunks: [], addedHits: [], removedHits: [], lines: [], post: -1, pre: -1 };
    if (file.newPath !== null && file.status !== 'deleted') this.ask(entry, 'post', this.postName(file.newPath));
    this.files.set(file.index, entry);
    this.queue.push(entry);
  }

  /** DiffScanner's onHunk. */
  onHunk(fileIndex: number, oldStart: number, oldCount: number, newStart: number, newCount: number): void {
    const entry = this.files.get(fileIndex);
    if (entry === undefined) return;
    entry.hunks.push(oldStart, oldCount, newStart, newCount);
    if (newCount > 0) entry.added.push(newStart, newCount);
    if (oldCount > 0) {
      entry.removed.push(oldStart, oldCount);
      // The pre-image is needed only around removed lines: asked for at the first.
      const { file } = entry;
      if (entry.pre === -1 && file.oldPath !== null && file.status !== 'added') this.ask(entry, 'pre', this.preName(file.oldPath));
    }
  }

  /** Asks git for an image now, or after the diff when the diff is already large. */
  private ask(entry: ContextFile, side: 'post' | 'pre', name: string): void {
    if ((this.offsetNow?.() ?? this.streamed) <= EARLY_READ_DIFF_BYTES) {
      entry[side] = this.reads.request(name);
    } else {
      // A slot is given when it is asked for, in evaluate(); -2 until then.
      entry[side] = -2;
      this.deferred.push({ entry, side, name });
    }
  }

  private postName(path: string): string {
    const { target } = this.source;
    return target.kind === 'staged' ? `:0:${path}` : `${target.tip}:${path}`;
  }

  private preName(path: string): string {
    const { target } = this.source;
    return target.kind === 'staged' ? `HEAD:${path}` : `${target.base}:${path}`;
  }

  /** Stops the image reads (a run that ends without {@link evaluate}, or a change too large for the context). */
  cancel(): void {
    this.reads.cancel();
  }

  /** DiffScanner's onCandidate. */
  onCandidate(fileIndex: number, line: number, added: boolean): void {
    const entry = this.files.get(fileIndex);
    if (entry === undefined) return;
    (added ? entry.addedHits : entry.removedHits).push(line);
  }

  /**
   * DiffScanner's defer: the changed lines of a context file are matched once, by the context
   * scan, not also line by line (a new file's added lines are its whole text).
   */
  defer(fileIndex: number): boolean {
    return this.files.has(fileIndex);
  }

  /** DiffScanner's onDeferred. */
  onDeferred(fileIndex: number, line: DeferredLine): void {
    this.files.get(fileIndex)?.lines.push(line);
  }

  /**
   * The budget ran out: the files whose images are being read keep their context (those within
   * EARLY_READ_DIFF_BYTES); the others, and every later file, are judged by their diff lines, so a
   * change of any size costs no more than the early reads (fixture (a): the 54 MB diff).
   */
  private giveUpUnread(): void {
    this.full = true;
    this.givenUpAt = { diffBytes: this.offsetNow?.() ?? this.streamed, files: this.files.size + 1 };
    for (const [index, entry] of this.files) {
      if (entry.post !== -2 && entry.pre !== -2) continue;
      this.files.delete(index);
      this.fellBack += 1;
      // Its lines so far are judged at the next checkSize; the rest as the diff scan meets them.
      this.released.push(...diffLines(entry));
    }
    this.deferred.length = 0;
  }

  /** Notes the diff bytes streamed so far; returns the held lines of files given up since the last call, to be judged now. */
  checkSize(diffBytes: number): FlagLine[] {
    this.streamed = diffBytes;
    if (this.released.length === 0) return [];
    const lines = this.released;
    this.released = [];
    return lines;
  }

  /** When files of the change were judged by their diff lines for its size: one line telling the user what that costs. */
  get givenUpNotice(): string | undefined {
    if (this.givenUpAt === undefined || this.fellBack === 0) return undefined;
    const size = this.givenUpAt.files > MAX_CONTEXT_FILES ? `over ${MAX_CONTEXT_FILES} files` : `over ${MAX_CONTEXT_DIFF_BYTES / (1024 * 1024)} MiB of diff`;
    const files = this.fellBack === 1 ? '1 changed file' : `${this.fellBack} changed files`;
    return (
      `prove-hooks: this change is ${size}, too large to read all its files whole: the flag references of ${files} ` +
      'were judged one line at a time (a call wrapped over lines, or a result object read later, is not seen there; the first files ' +
      'were read whole). Check it in smaller parts for the full check.'
    );
  }

  /**
   * Reads the images and evaluates each context file; returns the flags whose references the
   * change removed. Throws GitError when git cannot read the objects.
   */
  async evaluate(
    input: ContextScanOptions,
    evaluator: FlagRuleEvaluator,
    onLine: (line: FlagLine) => void,
  ): Promise<Set<string>> {
    const removedFlags = new Set<string>();
    const entries = [...this.files.values()];
    if (entries.length === 0) return removedFlags;
    for (const { entry, side, name } of this.deferred) entry[side] = this.reads.request(name);
    // The diff has ended: every file has its lines, and each is scanned as its images come in.
    this.lastFileIndex = Number.POSITIVE_INFINITY;
    this.scanOptions ??= input;
    this.scanReady();
    const blobs = await this.reads.results();
    const scanned: Scanned[] = entries.map((entry) => {
      const { early } = entry;
      if (early === undefined) return scanEntry(entry, blobs, input);
      if ('error' in early) throw early.error;
      return early;
    });
    // Dynamic keys written as names may be constants imported from other files: read those files
    // (only when there are such keys) and scan the importing files again with what they bind.
    const unresolved: UnresolvedFile[] = [];
    for (const { input: scanInput, result } of scanned) {
      if (result === undefined || scanInput?.post === undefined || scanInput.newPath === undefined) continue;
      const expressions = result.lines.flatMap((line) => (line.dynamic ?? []).map((key) => key.expression)).filter((expression) => NAMED_KEY.test(stripTypeAssertion(expression)));
      if (expressions.length > 0) unresolved.push({ path: scanInput.newPath, text: scanInput.post, expressions });
    }
    if (unresolved.length > 0) {
      const changedPaths = entries.flatMap((entry) => (entry.file.newPath === null ? [] : [entry.file.newPath]));
      const imported = await readImportedKeys(unresolved, { ...this.source, changedPaths });
      for (const item of scanned) {
        const names = item.input?.newPath === undefined ? undefined : imported.get(item.input.newPath);
        if (names === undefined || item.input === undefined) continue;
        item.result = scanChangedFile({ ...item.input, postImported: names }, item.entry.matcher, input.findAnchors);
      }
    }
    for (const { entry, result } of scanned) emitResult(entry, result, input.maxLineLength, evaluator, onLine, removedFlags);
    return removedFlags;
  }

}

/** The context scan of one file, its images in `blobs` (undefined input and result: git could not give them, or one is too large). */
function scanEntry(entry: ContextFile, blobs: readonly (Buffer | undefined)[], options: ContextScanOptions): Scanned {
  const { post, pre } = entry;
  const postBlob = post === -1 ? undefined : blobs[post];
  const preBlob = pre === -1 ? undefined : blobs[pre];
  const readable = (slot: number, blob: Buffer | undefined) => slot === -1 || (blob !== undefined && blob.length <= MAX_CONTEXT_FILE_BYTES);
  // Git could not give an image, or it is too large: the diff lines as they are.
  if (!readable(post, postBlob) || !readable(pre, preBlob)) return { entry, input: undefined, result: undefined };
  const { file } = entry;
  const scanInput = {
    newPath: file.newPath ?? undefined,
    oldPath: file.oldPath ?? undefined,
    ...(postBlob === undefined ? {} : { post: decode(postBlob) }),
    ...(preBlob === undefined ? {} : { pre: decode(preBlob) }),
    added: lineSetOf(entry.added),
    removed: lineSetOf(entry.removed),
    postWindows: windowsAround(entry.added, entry.addedHits),
    preWindows: windowsAround(entry.removed, entry.removedHits),
    postReadWindows: rangesAsWindows(entry.added),
    preReadWindows: rangesAsWindows(entry.removed),
    hunks: entry.hunks,
  };
  return { entry, input: scanInput, result: scanChangedFile(scanInput, entry.matcher, options.findAnchors) };
}

/**
 * Most source files are ASCII: latin1 makes the same string several times faster than UTF-8
 * decoding. A UTF-16 image (scanned through utf16-files.ts) is decoded as such; telling it costs
 * a look at the first bytes of any other file.
 */
function decode(blob: Buffer): string {
  if (detectUtf16(blob) !== undefined) return decodeSourceBytes(blob) ?? '';
  return isAscii(blob) ? blob.toString('latin1') : new TextDecoder('utf-8', { fatal: false }).decode(blob);
}

/** Hands a context file's result to the rules: the context scan's lines and removals, or (undefined) its diff lines. */
function emitResult(
  entry: ContextFile,
  result: ContextResult | undefined,
  maxLineLength: number,
  evaluator: FlagRuleEvaluator,
  onLine: (line: FlagLine) => void,
  removedFlags: Set<string>,
): void {
  if (result === undefined) {
    for (const line of diffLines(entry)) {
      if (line.side === 'removed') for (const reference of line.references) removedFlags.add(reference.flag);
      evaluator.addLine(line);
      onLine(line);
    }
    return;
  }
  for (const line of result.lines) {
    // Lines over the length cap are reported as skipped by the diff scan.
    if (Buffer.byteLength(line.text) > maxLineLength) continue;
    evaluator.addLine(line);
    onLine(line);
  }
  for (const removal of result.removals) {
    evaluator.addRemovalCounts(removal.flag, removal.removed, removal.added, removal.at);
    if (removal.removed > 0) removedFlags.add(removal.flag);
  }
}

/** A dynamic key written as a name or member (`FLAG`, `FLAGS.X`, `str(F.X)`): possibly an imported constant. */
const NAMED_KEY = /^(?:(?:string|str|String)\(\s*)?[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*){0,3}(?:\s*\))?$/;

/** A context file's changed lines matched one by one, as the diff scan would have (the lines with references). */
function diffLines(entry: ContextFile): FlagLine[] {
  const lines: FlagLine[] = [];
  for (const deferred of entry.lines) {
    const line = matchDeferred(deferred);
    if (line !== undefined) lines.push(line);
  }
  return lines;
}

/** Lines a call may span below the line its name is on, and above a changed line it reaches into. */
const CALL_LINES = 15;
/** Lines above an anchor's line where the call or read it belongs to may begin. */
const ACCESSOR_LINES = 2;
/** A changed range up to this many lines is searched whole (with CALL_LINES around it). */
const SMALL_RANGE_LINES = 60;

/**
 * The line windows a file image is searched in: around each small changed range; for a large
 * one (a new file), the lines above it and each line where an anchor occurs, with the lines
 * below it a call may span and the few above it where an env read's accessor may be.
 */
function windowsAround(ranges: readonly number[], hits: readonly number[]): [number, number][] {
  const windows: [number, number][] = [];
  for (let k = 0; k < ranges.length; k += 2) {
    const first = ranges[k]!;
    const last = first + ranges[k + 1]! - 1;
    if (last - first < SMALL_RANGE_LINES) {
      windows.push([first - CALL_LINES, last + CALL_LINES]);
    } else {
      windows.push([first - CALL_LINES, first]);
    }
  }
  // A few lines above too: an env read's anchor is its `FF_` name, which a formatter may put on
  // the line after the accessor (`os.getenv(` then `"FF_X",`).
  for (const line of hits) windows.push([line - ACCESSOR_LINES, line + CALL_LINES]);
  return windows;
}

/** `[start, count]` pairs as `[first, last]` windows. */
function rangesAsWindows(ranges: readonly number[]): [number, number][] {
  const windows: [number, number][] = [];
  for (let k = 0; k < ranges.length; k += 2) windows.push([ranges[k]!, ranges[k]! + ranges[k + 1]! - 1]);
  return windows;
}

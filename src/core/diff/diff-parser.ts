// The streaming parser of `git diff` patch output: bytes in, in any chunking; files, line
// batches and skips out. Never throws on any input; lines it cannot place are ignored.
import { Buffer } from 'node:buffer';
import { ABOVE_NONE, LineKind, type DiffFile, type DiffSink, type SkippedLine } from './diff-types.js';
import { RECORD_WORDS, RecordField, type LineSelector } from '../scan/line-records.js';
import { buildFile, newHeader, parseExtendedHeader, parseGitLine, type FileHeader } from './diff-header.js';
import { DiscardedLine } from './discarded-line.js';
import { HunkCounter } from './hunk-counter.js';
import { LineBatchBuilder } from './line-batch.js';
import { selectAllLines } from './line-selection.js';
import { setSide, SideLines, UNKNOWN_END } from './side-lines.js';

const LF = 10;
const CR = 13;
const PLUS = 43;
const MINUS = 45;
const BACKSLASH = 92;
/** Header lines (paths) are never capped by `maxLineBytes`, only by this sanity bound. */
const MAX_HEADER_LINE_BYTES = 1 << 20;

export interface DiffParserOptions {
  /** Content lines longer than this many bytes are not scanned; each skip is reported. */
  readonly maxLineBytes: number;
  /**
   * Finds the lines of each chunk the parser must read and marks those the sink wants (the
   * prefilter). Default: every line marked.
   */
  readonly selector?: LineSelector;
  /** Lines are read once this many bytes have gathered (and at the end). Default 128 KiB. */
  readonly batchBytes?: number;
}

const DEFAULT_BATCH_BYTES = 128 * 1024;

/**
 * Free bytes the parser offers each {@link DiffParser.readFrom} at least (a spool file reads up
 * to 512 KiB at a time): asking for a whole read would make a buffer that already holds a few
 * bytes (a line cut at the end of the last read) double for them.
 */
export const MIN_READ_ROOM_BYTES = 256 * 1024;

/**
 * Reads up to `length` bytes of input into `into` from `offset` on and returns how many it read
 * (0 when none are there yet).
 */
export type ReadBytes = (into: Uint8Array, offset: number, length: number) => number;


const enum State {
  /** Before the first `diff --git`, or after a line that could not be placed. */
  Idle,
  /** Inside a file's extended header lines. */
  Header,
  /** Inside a hunk, with lines left to read. */
  Hunk,
  /** After a hunk's last line: `\ No newline`, the next hunk or the next file. */
  AfterHunk,
}

/**
 * Parses a diff as it streams. Feed it with `push(chunk)` as chunks arrive (or let a reader fill
 * its memory: `readFrom`) and call `end()` once;
 * the sink is called synchronously from both (lines are handed over in batches of about
 * `batchBytes`). Memory stays bounded by the longest header line plus one batch and one chunk:
 * the whole diff is never held.
 */
export class DiffParser {
  private buffer: Buffer = Buffer.allocUnsafe(1 << 16);
  private length = 0;
  private state = State.Idle;
  private header: FileHeader | null = null;
  private file: DiffFile | null = null;
  private include = false;
  private readonly files: DiffFile[] = [];
  private readonly hunk = new HunkCounter();
  /** A line over the cap whose end has not arrived yet: its bytes are dropped as they come. */
  private readonly discarded = new DiscardedLine();
  private readonly batch = new LineBatchBuilder();
  private readonly selector: LineSelector;
  private readonly sides = new SideLines();
  /** Bytes buffered since lines were last read: a read of none reads them (see readFrom). */
  private unreadBytes = 0;
  /** Bytes of the diff dropped from the buffer (read and done with), and where the line being read starts in the buffer. */
  private droppedBytes = 0;
  private lineStart = 0;

  constructor(
    private readonly sink: DiffSink,
    private readonly options: DiffParserOptions,
  ) {
    this.selector = options.selector ?? selectAllLines();
  }

  /** Every file seen so far, by `DiffFile.index`. */
  get seenFiles(): readonly DiffFile[] {
    return this.files;
  }

  /**
   * Feeds the next chunk of diff output, read by `read` straight into the parser's own memory
   * (no copy): `read` is called once with the free space, at least {@link MIN_READ_ROOM_BYTES}
   * bytes, and returns how many bytes it put there (0: none yet). Returns that count.
   */
  readFrom(read: ReadBytes): number {
    const start = this.length;
    if (start + MIN_READ_ROOM_BYTES > this.buffer.length) this.grow(start + MIN_READ_ROOM_BYTES);
    const free = this.buffer.length - start;
    const count = read(this.buffer, start, free);
    if (!Number.isInteger(count) || count < 0 || count > free) throw new RangeError(`a diff reader returned ${count} bytes for ${free} bytes of room`);
    // A read of none: the writer (git) is behind. The complete lines buffered so far are read
    // now rather than when a batch has gathered, so the sink learns of each file while git still
    // works on the next (the flag check asks for a file's images at its header, and git reads
    // them meanwhile instead of after the whole diff). Each line is still read once.
    if (count === 0) {
      if (this.unreadBytes > 0 && !this.discarded.active) this.processLines();
      return 0;
    }
    this.unreadBytes += count;
    if (this.discarded.active) {
      // The rest of a line over the cap: its bytes are dropped, what follows its LF is kept.
      const data = this.buffer.subarray(start, start + count);
      const newline = data.indexOf(LF);
      if (newline === -1) {
        this.discarded.extend(data, count);
        return count;
      }
      this.discarded.extend(data, newline);
      this.discarded.finish(this.sink);
      this.buffer.copyWithin(start, start + newline + 1, start + count);
      this.length = start + count - newline - 1;
    } else {
      this.length = start + count;
    }
    this.readFullBatch();
    return count;
  }

  /** Feeds the next chunk of diff output (copied: the chunk stays the caller's). */
  push(chunk: Uint8Array): void {
    let data = chunk;
    if (this.discarded.active) {
      const newline = data.indexOf(LF);
      if (newline === -1) {
        this.discarded.extend(data, data.length);
        return;
      }
      this.discarded.extend(data, newline);
      this.discarded.finish(this.sink);
      data = data.subarray(newline + 1);
    }
    if (this.length + data.length > this.buffer.length) this.grow(this.length + data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    this.unreadBytes += data.length;
    this.readFullBatch();
  }

  /**
   * A pipe hands over what git wrote since the last read, often a few KiB: reading lines only
   * once a batch has gathered keeps the per-batch costs (prefilter call, sink call) small.
   */
  private readFullBatch(): void {
    if (this.length >= (this.options.batchBytes ?? DEFAULT_BATCH_BYTES)) this.processLines();
  }

  /**
   * Reads every complete line pushed so far and, when no partial line is left (a whole diff was
   * pushed), closes the last file's header, so that file is in {@link seenFiles} even when it has
   * no hunk (a binary file). More diff text may follow, starting with its `diff --git` line.
   */
  finishFile(): void {
    if (!this.discarded.active && this.length > 0) this.processLines();
    if (!this.discarded.active && this.length === 0) this.closeHeader();
  }

  /** Ends the input: a last line without a newline is read, and the last file is closed. */
  end(): void {
    if (!this.discarded.active && this.length > 0) this.processLines();
    if (!this.discarded.active && this.length > 0) {
      // A last line without a LF gets one, so it goes through the selector like every other line:
      // each batch then comes from the split just before it (a sink may rely on that).
      if (this.length + 1 > this.buffer.length) this.grow(this.length + 1);
      this.buffer[this.length++] = LF;
      this.processLines();
    }
    if (this.discarded.active) this.discarded.finish(this.sink);
    this.length = 0;
    this.closeHeader();
  }

  private processLines(): void {
    this.unreadBytes = 0;
    const buffer = this.buffer;
    const length = this.length;
    const { records, count } = this.selector.select(buffer, 0, length, this.options.maxLineBytes);
    let position = 0;
    for (let r = 0; r < count * RECORD_WORDS; r += RECORD_WORDS) {
      const start = records[r + RecordField.START]!;
      const raw = records[r + RecordField.END]!;
      // A counts-only record's END is never marked (and is -1 when the chunk has no LF).
      const newline = raw < 0 && start >= 0 ? ~raw : raw;
      const plus = records[r + RecordField.PLUS]!;
      const minus = records[r + RecordField.MINUS]!;
      // A large diff has a million plain lines: they are counted in bulk, not read one by one.
      if (plus > 0 || minus > 0) {
        const runEnd = start < 0 ? newline + 1 : start;
        this.countPlainLines(position, runEnd, plus, minus, records[r + RecordField.LAST_PLUS]!, records[r + RecordField.LAST_MINUS]!);
      }
      if (start >= 0) this.handleLine(start, newline, raw < 0);
      position = newline + 1;
    }
    this.flush();
    this.sides.carry(this.buffer, this.batch);
    const tail = length - position;
    if (tail > 0 && position > 0) buffer.copyWithin(0, position, length);
    this.droppedBytes += position;
    this.lineStart = 0;
    this.length = tail;
    const overCap = this.state === State.Hunk && tail - 1 > this.options.maxLineBytes;
    if (overCap || tail > MAX_HEADER_LINE_BYTES) {
      // The line is over the cap whatever the rest holds: count it now, drop its bytes as they come.
      this.discarded.start(this.state === State.Hunk ? this.startOverlong(tail) : null, buffer[tail - 1] === CR);
      this.length = 0;
    }
  }

  /**
   * The plain lines `[from, to)` (unmarked `+` and `-` lines within the cap): `plus` and `minus`
   * of them, the last ones starting at `lastPlus` and `lastMinus`. When all of them fit the hunk
   * being read they only move its counters, whatever their order; otherwise (a malformed diff,
   * or `---`/`+++` header lines) each is read as the all-lines path would.
   */
  private countPlainLines(from: number, to: number, plus: number, minus: number, lastPlus: number, lastMinus: number): void {
    // The run's last line starts at the later of lastPlus and lastMinus (of the kinds it has)
    // and ends at the LF before `to`: its end is known without a search.
    const lastStart = plus === 0 ? lastMinus : minus === 0 ? lastPlus : Math.max(lastPlus, lastMinus);
    const hunk = this.hunk;
    if (this.state !== State.Hunk || !hunk.fits(plus, minus)) {
      // Usually a file's `---` and `+++` lines: two lines, found without a search.
      if (plus + minus <= 2) {
        if (lastStart > from) this.handleLine(from, lastStart - 1, false);
        this.handleLine(lastStart, to - 1, false);
        return;
      }
      const buffer = this.buffer;
      for (let start = from; start < to; ) {
        const end = buffer.indexOf(LF, start);
        this.handleLine(start, end, false);
        start = end + 1;
      }
      return;
    }
    hunk.advanceBy(plus, minus);
    if (hunk.finished) this.state = State.AfterHunk;
    if (!this.include) return;
    this.batch.contentLines += plus + minus;
    const fileIndex = this.file!.index;
    const lastEnd = to - 1 > lastStart + 1 && this.buffer[to - 2] === CR ? to - 2 : to - 1;
    if (plus > 0) setSide(this.sides.newSide, fileIndex, hunk.newLine - 1, lastPlus + 1, lastPlus === lastStart ? lastEnd : UNKNOWN_END);
    if (minus > 0) setSide(this.sides.oldSide, fileIndex, hunk.oldLine - 1, lastMinus + 1, lastMinus === lastStart ? lastEnd : UNKNOWN_END);
  }

  private flush(): void {
    if (this.batch.count > 0 || this.batch.contentLines > 0) {
      this.sink.onLines(this.batch.view(this.buffer));
      this.batch.clear();
    }
  }

  /** One line `[start, end)` (end at the LF, excluded); `marked` by the selector. */
  /** Where in the diff (bytes from its start) the line being read begins: at a sink's onFile, where that file's header is. */
  get offset(): number {
    return this.droppedBytes + this.lineStart;
  }

  private handleLine(start: number, end: number, marked: boolean): void {
    this.lineStart = start;
    if (this.state !== State.Hunk) {
      this.handleHeaderLine(start, end);
      return;
    }
    const buffer = this.buffer;
    const marker = buffer[start]!;
    if (marker === BACKSLASH) return;
    const lineNumber = this.advanceHunk(marker);
    if (lineNumber === -1) {
      // Counts and content disagree: not a hunk line after all; read it as a header line.
      this.state = State.AfterHunk;
      this.handleHeaderLine(start, end);
      return;
    }
    if (!this.include) return;
    const kind = kindOf(marker);
    let contentEnd = end;
    if (contentEnd > start + 1 && buffer[contentEnd - 1] === CR) contentEnd -= 1;
    const fileIndex = this.file!.index;
    if (contentEnd - (start + 1) > this.options.maxLineBytes) {
      this.sink.onSkippedLine({ file: this.file!, kind, line: lineNumber, lengthBytes: contentEnd - start - 1 });
      this.sides.record(kind, fileIndex, lineNumber, this.hunk.oldLine - 1, ABOVE_NONE, 0);
      return;
    }
    this.batch.contentLines += 1;
    if (marked) {
      const above = this.sides.above(kind, fileIndex, lineNumber, buffer);
      this.batch.add(start + 1, contentEnd, kind, lineNumber, fileIndex, above === undefined ? ABOVE_NONE : above.start, above === undefined ? 0 : above.end);
    }
    this.sides.record(kind, fileIndex, lineNumber, this.hunk.oldLine - 1, start + 1, contentEnd);
  }

  /** Moves the hunk counters past one line with this marker; its line number, or -1 if it does not fit. */
  private advanceHunk(marker: number): number {
    const lineNumber = this.hunk.advance(marker);
    if (lineNumber !== -1 && this.hunk.finished) this.state = State.AfterHunk;
    return lineNumber;
  }

  /** A content line over the cap whose end has not arrived (it starts the buffer): counted now. */
  private startOverlong(length: number): SkippedLine | null {
    const marker = this.buffer[0]!;
    const lineNumber = this.advanceHunk(marker);
    if (lineNumber === -1 || !this.include || this.file === null) return null;
    const kind = kindOf(marker);
    this.sides.record(kind, this.file.index, lineNumber, this.hunk.oldLine - 1, ABOVE_NONE, 0);
    return { file: this.file, kind, line: lineNumber, lengthBytes: length - 1 };
  }

  private handleHeaderLine(start: number, end: number): void {
    const first = this.buffer[start];
    if (this.state === State.AfterHunk && first === BACKSLASH) return;
    let text = this.buffer.toString('latin1', start, end);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.startsWith('diff --git ')) {
      this.closeHeader();
      this.header = newHeader();
      parseGitLine(text.slice('diff --git '.length), this.header);
      this.state = State.Header;
      return;
    }
    if (text.startsWith('@@ ') && (this.state === State.Header || this.state === State.AfterHunk)) {
      if (!this.hunk.begin(text)) return;
      this.closeHeader();
      const hunk = this.hunk;
      if (this.include && this.file !== null) this.sink.onHunk?.(this.file.index, hunk.oldLine, hunk.oldLeft, hunk.newLine, hunk.newLeft);
      this.state = this.hunk.finished ? State.AfterHunk : State.Hunk;
      return;
    }
    if (this.state === State.Header && this.header !== null) parseExtendedHeader(text, this.header);
  }

  /** Turns the pending header into a DiffFile and asks the sink whether to read its lines. */
  private closeHeader(): void {
    const header = this.header;
    if (header === null) return;
    this.header = null;
    const file = buildFile(header, this.files.length);
    this.files.push(file);
    this.file = file;
    this.include = this.sink.onFile(file) && !file.binary && !file.submodule;
  }

  private grow(needed: number): void {
    let size = this.buffer.length * 2;
    while (size < needed) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
}

function kindOf(marker: number): LineKind {
  return marker === PLUS ? LineKind.ADDED : marker === MINUS ? LineKind.REMOVED : LineKind.CONTEXT;
}

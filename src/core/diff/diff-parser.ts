// The streaming parser of `git diff` patch output: bytes in, in any chunking; files, line
// batches and skips out. Never throws on any input; lines it cannot place are ignored.
import { Buffer } from 'node:buffer';
import { LineKind, type DiffFile, type DiffSink, type FileStatus, type SkippedLine } from './diff-types.js';
import { decodeBytes, decodeGitPath, unquoteC } from './quoted-path.js';
import { LineBatchBuilder } from './line-batch.js';

const LF = 10;
const CR = 13;
const PLUS = 43;
const MINUS = 45;
const SPACE = 32;
const BACKSLASH = 92;
/** Header lines (paths) are never capped by `maxLineBytes`, only by this sanity bound. */
const MAX_HEADER_LINE_BYTES = 1 << 20;
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export interface DiffParserOptions {
  /** Content lines longer than this many bytes are not scanned; each skip is reported. */
  readonly maxLineBytes: number;
}

interface FileHeader {
  gitOld: string | null;
  gitNew: string | null;
  minus: string | null | undefined;
  plus: string | null | undefined;
  renameFrom: string | null;
  renameTo: string | null;
  copy: boolean;
  created: boolean;
  deleted: boolean;
  binary: boolean;
  oldMode: string | null;
  newMode: string | null;
  indexMode: string | null;
}

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
 * Parses a diff as it streams. Feed it with `push(chunk)` as chunks arrive and call `end()` once;
 * the sink is called synchronously from both. Memory stays bounded by the longest header line
 * plus one chunk: the whole diff is never held.
 */
export class DiffParser {
  private buffer: Buffer = Buffer.allocUnsafe(1 << 16);
  private length = 0;
  private state = State.Idle;
  private header: FileHeader | null = null;
  private file: DiffFile | null = null;
  private include = false;
  private readonly files: DiffFile[] = [];
  private oldLine = 0;
  private newLine = 0;
  private oldLeft = 0;
  private newLeft = 0;
  /** A line over the cap whose end has not arrived yet: its bytes are dropped as they come. */
  private discarding = false;
  /** The skip to report when the discarded line ends (null for a header line). */
  private pendingSkip: SkippedLine | null = null;
  private pendingEndsWithCr = false;
  private readonly batch = new LineBatchBuilder();

  constructor(
    private readonly sink: DiffSink,
    private readonly options: DiffParserOptions,
  ) {}

  /** Every file seen so far, by `DiffFile.index`. */
  get seenFiles(): readonly DiffFile[] {
    return this.files;
  }

  /** Feeds the next chunk of diff output. */
  push(chunk: Uint8Array): void {
    let data = chunk;
    if (this.discarding) {
      const newline = data.indexOf(LF);
      if (newline === -1) {
        this.extendPendingSkip(data, data.length);
        return;
      }
      this.extendPendingSkip(data, newline);
      this.finishDiscarding();
      data = data.subarray(newline + 1);
    }
    if (this.length + data.length > this.buffer.length) this.grow(this.length + data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    this.processLines();
  }

  /** Ends the input: a last line without a newline is read, and the last file is closed. */
  end(): void {
    if (this.discarding) this.finishDiscarding();
    else if (this.length > 0) {
      this.handleLine(0, this.length);
      this.flush();
    }
    this.length = 0;
    this.closeHeader();
  }

  private extendPendingSkip(data: Uint8Array, upTo: number): void {
    if (upTo === 0) return;
    if (this.pendingSkip !== null) {
      const lengthBytes = this.pendingSkip.lengthBytes + upTo;
      this.pendingSkip = { ...this.pendingSkip, lengthBytes };
    }
    this.pendingEndsWithCr = data[upTo - 1] === CR;
  }

  private finishDiscarding(): void {
    const skip = this.pendingSkip;
    if (skip !== null) this.sink.onSkippedLine(this.pendingEndsWithCr ? { ...skip, lengthBytes: skip.lengthBytes - 1 } : skip);
    this.discarding = false;
    this.pendingSkip = null;
    this.pendingEndsWithCr = false;
  }

  private processLines(): void {
    const buffer = this.buffer;
    const length = this.length;
    let position = 0;
    for (;;) {
      const newline = buffer.indexOf(LF, position);
      if (newline === -1 || newline >= length) break;
      this.handleLine(position, newline);
      position = newline + 1;
    }
    this.flush();
    const tail = length - position;
    if (tail > 0 && position > 0) buffer.copyWithin(0, position, length);
    this.length = tail;
    const overCap = this.state === State.Hunk && tail - 1 > this.options.maxLineBytes;
    if (overCap || tail > MAX_HEADER_LINE_BYTES) {
      // The line is over the cap whatever the rest holds: count it now, drop its bytes as they come.
      this.pendingSkip = this.state === State.Hunk ? this.startOverlong(tail) : null;
      this.pendingEndsWithCr = buffer[tail - 1] === CR;
      this.length = 0;
      this.discarding = true;
    }
  }

  private flush(): void {
    if (this.batch.count > 0) {
      this.sink.onLines(this.batch.view(this.buffer));
      this.batch.clear();
    }
  }

  /** One line `[start, end)` (end at the LF, excluded). */
  private handleLine(start: number, end: number): void {
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
    if (contentEnd - (start + 1) > this.options.maxLineBytes) {
      this.sink.onSkippedLine({ file: this.file!, kind, line: lineNumber, lengthBytes: contentEnd - start - 1 });
      return;
    }
    this.batch.add(start + 1, contentEnd, kind, lineNumber, this.file!.index);
  }

  /** Moves the hunk counters past one line with this marker; its line number, or -1 if it does not fit. */
  private advanceHunk(marker: number): number {
    let lineNumber: number;
    if (marker === PLUS && this.newLeft > 0) {
      lineNumber = this.newLine++;
      this.newLeft -= 1;
    } else if (marker === MINUS && this.oldLeft > 0) {
      lineNumber = this.oldLine++;
      this.oldLeft -= 1;
    } else if (marker === SPACE && this.oldLeft > 0 && this.newLeft > 0) {
      lineNumber = this.newLine++;
      this.oldLine += 1;
      this.oldLeft -= 1;
      this.newLeft -= 1;
    } else {
      return -1;
    }
    if (this.oldLeft === 0 && this.newLeft === 0) this.state = State.AfterHunk;
    return lineNumber;
  }

  /** A content line over the cap whose end has not arrived (it starts the buffer): counted now. */
  private startOverlong(length: number): SkippedLine | null {
    const marker = this.buffer[0]!;
    const lineNumber = this.advanceHunk(marker);
    if (lineNumber === -1 || !this.include || this.file === null) return null;
    return { file: this.file, kind: kindOf(marker), line: lineNumber, lengthBytes: length - 1 };
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
      const match = HUNK_HEADER.exec(text);
      if (match === null) return;
      this.closeHeader();
      this.oldLine = Number(match[1]);
      this.oldLeft = match[2] === undefined ? 1 : Number(match[2]);
      this.newLine = Number(match[3]);
      this.newLeft = match[4] === undefined ? 1 : Number(match[4]);
      this.state = this.oldLeft > 0 || this.newLeft > 0 ? State.Hunk : State.AfterHunk;
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

function newHeader(): FileHeader {
  return {
    gitOld: null,
    gitNew: null,
    minus: undefined,
    plus: undefined,
    renameFrom: null,
    renameTo: null,
    copy: false,
    created: false,
    deleted: false,
    binary: false,
    oldMode: null,
    newMode: null,
    indexMode: null,
  };
}

/** `a/<old> b/<new>`: quoted tokens are exact; unquoted ones are split where both halves agree. */
function parseGitLine(rest: string, header: FileHeader): void {
  if (rest.startsWith('"')) {
    const first = unquoteC(rest);
    const second = first.rest.startsWith(' ') ? first.rest.slice(1) : first.rest;
    header.gitOld = decodeBytes(stripPrefix(first.value));
    header.gitNew = decodeBytes(stripPrefix(second.startsWith('"') ? unquoteC(second).value : second));
    return;
  }
  const quoted = rest.indexOf(' "');
  if (quoted !== -1) {
    header.gitOld = decodeBytes(stripPrefix(rest.slice(0, quoted)));
    header.gitNew = decodeBytes(stripPrefix(unquoteC(rest.slice(quoted + 1)).value));
    return;
  }
  // Unquoted and unrenamed: "a/P b/P", so the middle is at (length - 1) / 2.
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === ' ' && rest.slice(2, half) === rest.slice(half + 3)) {
    header.gitOld = decodeBytes(rest.slice(2, half));
    header.gitNew = decodeBytes(rest.slice(half + 3));
    return;
  }
  // Renamed with spaces: ambiguous here; the `rename from/to` or ---/+++ lines will say.
  const split = rest.indexOf(' b/');
  if (split !== -1) {
    header.gitOld = decodeBytes(stripPrefix(rest.slice(0, split)));
    header.gitNew = decodeBytes(stripPrefix(rest.slice(split + 1)));
  }
}

function stripPrefix(raw: string): string {
  return raw.startsWith('a/') || raw.startsWith('b/') ? raw.slice(2) : raw;
}

/** The path of a `---`/`+++` line: null for /dev/null; a trailing TAB marks a path with spaces. */
function parseMarkerPath(field: string): string | null {
  if (field === '/dev/null') return null;
  if (field.startsWith('"')) return decodeBytes(stripPrefix(unquoteC(field).value));
  const raw = field.endsWith('\t') ? field.slice(0, -1) : field;
  return decodeBytes(stripPrefix(raw));
}

function parseExtendedHeader(text: string, header: FileHeader): void {
  if (text.startsWith('--- ')) header.minus = parseMarkerPath(text.slice(4));
  else if (text.startsWith('+++ ')) header.plus = parseMarkerPath(text.slice(4));
  else if (text.startsWith('new file mode ')) {
    header.created = true;
    header.newMode = text.slice(14);
  } else if (text.startsWith('deleted file mode ')) {
    header.deleted = true;
    header.oldMode = text.slice(18);
  } else if (text.startsWith('old mode ')) header.oldMode = text.slice(9);
  else if (text.startsWith('new mode ')) header.newMode = text.slice(9);
  else if (text.startsWith('rename from ')) header.renameFrom = decodeGitPath(text.slice(12));
  else if (text.startsWith('rename to ')) header.renameTo = decodeGitPath(text.slice(10));
  else if (text.startsWith('copy from ')) {
    header.copy = true;
    header.renameFrom = decodeGitPath(text.slice(10));
  } else if (text.startsWith('copy to ')) {
    header.copy = true;
    header.renameTo = decodeGitPath(text.slice(8));
  } else if (text.startsWith('Binary files ') || text === 'GIT binary patch') header.binary = true;
  else if (text.startsWith('index ')) {
    const space = text.indexOf(' ', 6);
    if (space !== -1) header.indexMode = text.slice(space + 1);
  }
}

function buildFile(header: FileHeader, index: number): DiffFile {
  let oldPath = header.renameFrom ?? (header.minus !== undefined ? header.minus : header.gitOld);
  let newPath = header.renameTo ?? (header.plus !== undefined ? header.plus : header.gitNew);
  if (header.created) oldPath = null;
  if (header.deleted) newPath = null;
  let status: FileStatus = 'modified';
  if (header.created || (oldPath === null && newPath !== null)) status = 'added';
  else if (header.deleted || (newPath === null && oldPath !== null)) status = 'deleted';
  else if (header.renameFrom !== null || header.renameTo !== null) status = header.copy ? 'copied' : 'renamed';
  const modes = [header.oldMode, header.newMode, header.indexMode];
  return {
    index,
    oldPath,
    newPath,
    status,
    binary: header.binary,
    submodule: modes.includes('160000'),
    oldMode: header.oldMode ?? (header.created ? null : header.indexMode),
    newMode: header.newMode ?? (header.deleted ? null : header.indexMode),
  };
}

// The flag references in one whole file (a blob's text): the single place the inventory
// (`prove-hooks flags`) asks the detection engine, so a new engine is a change here only.
// TODO(issue 14): switch to the context-aware scan (scanSourceText) when it lands on main.
import { compileAnchors, type AnchorAutomaton } from '../scan/anchor-automaton.js';
import type { FlagMatcher } from './matcher.js';
import { SUPPRESSION_MARKER, findSuppression } from './suppression.js';

/**
 * Bumped whenever what {@link findReferencesInBlob} returns for a text can change: it is part of
 * the fingerprint that keys the persisted per-blob results.
 */
export const BLOB_SCANNER_VERSION = 'line-matcher@2';

/** One reference found in a file. */
export interface BlobReference {
  /** The registry key (an alias or a normalized spelling resolved), or the key as written when unknown. */
  readonly flag: string;
  /** 1-based line and column (UTF-16 code units of the decoded line before it, plus one). */
  readonly line: number;
  readonly column: number;
  /** What found it: a preset name, `custom:<n>`, or `alias`. */
  readonly source: string;
  /** The name as written, when it differs from `flag`. */
  readonly written?: string;
  /** The reason of a `prove-allow-flag:` suppression that covers it (a suppression without a reason does not count). */
  readonly suppressed?: string;
}

/** A reference whose key is not a string literal (a variable, a template): it cannot be checked. */
export interface DynamicReference {
  readonly line: number;
  readonly column: number;
  readonly source: string;
  /** The expression as written (truncated). */
  readonly text: string;
}

/** What one file holds. Plain data: persisted per blob by the inventory cache. */
export interface BlobScan {
  readonly references: readonly BlobReference[];
  /** Today's matcher reports none; the context-aware engine of issue 14 will. */
  readonly dynamic: readonly DynamicReference[];
  /** Lines not scanned because they are longer than the cap (1-based line numbers, at most {@link MAX_LISTED_LONG_LINES}). */
  readonly longLines: readonly number[];
  /** How many lines were over the cap in all (may exceed the listed ones). */
  readonly longLineCount: number;
}

export const MAX_LISTED_LONG_LINES = 20;

/** A matcher ready for whole files: its anchors compiled once into the byte-level automaton. */
export interface ReferenceDetector {
  readonly matcher: FlagMatcher;
  readonly automaton: AnchorAutomaton;
  /** Lines longer than this many UTF-8 bytes are not scanned (flags.maxLineLength). */
  readonly maxLineBytes: number;
}

/** Prepares a matcher for {@link findReferencesInBlob}; `compile` may be a cached compileAnchors. */
export function createReferenceDetector(matcher: FlagMatcher, maxLineBytes: number, compile: (anchors: readonly string[]) => AnchorAutomaton = compileAnchors): ReferenceDetector {
  return { matcher, automaton: compile(matcher.anchors), maxLineBytes };
}

const LF = 10;
const CR = 13;

/**
 * The references in a whole file (UTF-8 bytes): one pass of the anchor automaton over the bytes,
 * then the matcher on each line with an anchor (only those lines are decoded). Lines over the
 * cap are listed, never scanned. `path` names the language for engines that lex by it. Pure.
 */
export function findReferencesInBlob(bytes: Buffer, path: string, detector: ReferenceDetector): BlobScan {
  void path;
  const { automaton, maxLineBytes, matcher } = detector;
  const length = bytes.length;
  const references: BlobReference[] = [];
  const longLines: number[] = [];
  let longLineCount = 0;
  const markLong = (lineNumber: number): void => {
    longLineCount += 1;
    if (longLines.length < MAX_LISTED_LONG_LINES) longLines.push(lineNumber);
  };
  const scanLine = (lineStart: number, lineEnd: number, lineNumber: number): void => {
    if (lineEnd - lineStart > maxLineBytes) {
      markLong(lineNumber);
      return;
    }
    const line = decodeLine(bytes, lineStart, lineEnd);
    const found = matcher.matchLine(line);
    if (found.length === 0) return;
    const previous = lineStart > 0 ? decodeLine(bytes, bytes.lastIndexOf(LF, lineStart - 2) + 1, lineStart - 1) : undefined;
    for (const reference of found) {
      const names = reference.written === undefined ? [reference.flag] : [reference.flag, reference.written];
      const suppression = line.includes(SUPPRESSION_MARKER) || previous?.includes(SUPPRESSION_MARKER) === true ? findSuppression(names, line, previous) : undefined;
      references.push({
        flag: reference.flag,
        line: lineNumber,
        column: reference.index + 1,
        source: reference.source,
        ...(reference.written === undefined ? {} : { written: reference.written }),
        ...(suppression === undefined || suppression.reason === '' ? {} : { suppressed: suppression.reason }),
      });
    }
  };
  if (automaton.matchesEverything || automaton.matchesNothing) {
    for (let start = 0, lineNumber = 1; start < length; lineNumber++) {
      let end = bytes.indexOf(LF, start);
      if (end === -1) end = length;
      if (automaton.matchesEverything) scanLine(start, end, lineNumber);
      else if (end - start > maxLineBytes) markLong(lineNumber);
      start = end + 1;
    }
    return { references, dynamic: [], longLines, longLineCount };
  }
  const { table, classes } = automaton;
  let state = 0;
  let lineStart = 0;
  let lineNumber = 1;
  let lastLineDone = false;
  // One pass: the automaton's table also stops at every line end (~0), where long lines are
  // measured. Indexed loop over typed arrays: this runs over every byte of every scanned file.
  for (let p = 0; p < length; p++) {
    state = table[(state + classes[bytes[p]!]!) >> 2]!;
    if (state >= 0) continue;
    state = ~state;
    if (state === 0) {
      if (p - lineStart > maxLineBytes) markLong(lineNumber);
      lineNumber += 1;
      lineStart = p + 1;
      continue;
    }
    // An anchor ends at p: scan its line, and go on after it.
    let lineEnd = bytes.indexOf(LF, p);
    if (lineEnd === -1) lineEnd = length;
    scanLine(lineStart, lineEnd, lineNumber);
    if (lineEnd === length) {
      lastLineDone = true;
      break;
    }
    lineNumber += 1;
    lineStart = lineEnd + 1;
    p = lineEnd;
    state = 0;
  }
  if (!lastLineDone && length - lineStart > maxLineBytes) markLong(lineNumber);
  return { references, dynamic: [], longLines, longLineCount };
}

/** A line's text without its CR. */
function decodeLine(bytes: Buffer, start: number, end: number): string {
  const stop = end > start && bytes[end - 1] === CR ? end - 1 : end;
  return bytes.toString('utf8', start, stop);
}

/** True when the bytes look binary the way git decides it: a NUL in the first 8000 bytes. */
export function isBinaryContent(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).indexOf(0) !== -1;
}

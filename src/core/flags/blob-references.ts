// The flag references in one whole file (a blob's text): the single place the inventory
// (`prove-hooks flags`) asks the detection engine, so a new engine is a change here only.
// TODO(issue 14): switch to the context-aware scan (scanSourceText) when it lands on main.
import { compileLiteralSet, type LiteralSet } from './literal-set.js';
import type { FlagMatcher } from './matcher.js';
import { findSuppression } from './suppression.js';

/**
 * Bumped whenever what {@link findReferencesInBlob} returns for a text can change: it is part of
 * the fingerprint that keys the persisted per-blob results.
 */
export const BLOB_SCANNER_VERSION = 'line-matcher@1';

/** One reference found in a file. */
export interface BlobReference {
  /** The registry key (an alias or a normalized spelling resolved), or the key as written when unknown. */
  readonly flag: string;
  /** 1-based line and column (UTF-16 code units from the line's start, plus one). */
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

/** A matcher ready for whole texts: its anchors compiled once into one literal set. */
export interface ReferenceDetector {
  readonly matcher: FlagMatcher;
  readonly literals: LiteralSet;
  /** Lines longer than this many UTF-8 bytes are not scanned (flags.maxLineLength). */
  readonly maxLineBytes: number;
}

/** Prepares a matcher for {@link findReferencesInBlob}. */
export function createReferenceDetector(matcher: FlagMatcher, maxLineBytes: number): ReferenceDetector {
  return { matcher, literals: compileLiteralSet(matcher.anchors), maxLineBytes };
}

/**
 * The references in a whole text: one pass for the matcher's anchors over the text, then the
 * matcher on each line with an anchor. Lines over the cap are listed, never scanned. Pure.
 */
export function findReferencesInBlob(text: string, detector: ReferenceDetector): BlobScan {
  const { maxLineBytes } = detector;
  // Offsets where an anchor ends: usually a handful per file.
  const ends: number[] = [];
  detector.literals.forEachMatch(text, (_literal, end) => {
    ends.push(end);
  });
  const longStarts = text.length > maxLineBytes ? findLongLines(text, maxLineBytes) : [];
  const longLines: number[] = [];
  const references: BlobReference[] = [];
  let lineNumber = 1;
  let cursor = 0;
  let lineStart = 0;
  let previousLineStart = -1;
  let done = -1;
  let longIndex = 0;
  const advanceTo = (offset: number): void => {
    for (let at = text.indexOf('\n', cursor); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
      lineNumber += 1;
      previousLineStart = lineStart;
      lineStart = at + 1;
    }
    cursor = Math.max(cursor, lineStart);
  };
  for (const end of ends) {
    advanceTo(end - 1);
    if (lineStart === done) continue;
    done = lineStart;
    while (longIndex < longStarts.length && longStarts[longIndex]! < lineStart) longIndex++;
    if (longStarts[longIndex] === lineStart) continue;
    const lineEnd = endOfLine(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    const found = detector.matcher.matchLine(line);
    if (found.length === 0) continue;
    const previous = previousLineStart < 0 ? undefined : text.slice(previousLineStart, endOfLine(text, previousLineStart));
    for (const reference of found) {
      const names = reference.written === undefined ? [reference.flag] : [reference.flag, reference.written];
      const suppression = line.includes('prove-allow-flag:') || previous?.includes('prove-allow-flag:') === true ? findSuppression(names, line, previous) : undefined;
      references.push({
        flag: reference.flag,
        line: lineNumber,
        column: reference.index + 1,
        source: reference.source,
        ...(reference.written === undefined ? {} : { written: reference.written }),
        ...(suppression === undefined || suppression.reason === '' ? {} : { suppressed: suppression.reason }),
      });
    }
  }
  if (longStarts.length > 0) {
    // Line numbers of the long lines, counted once over the text.
    let number = 1;
    let k = 0;
    for (let at = 0; k < longStarts.length && longLines.length < MAX_LISTED_LONG_LINES; ) {
      const next = text.indexOf('\n', at);
      if (at === longStarts[k]) {
        longLines.push(number);
        k++;
      }
      if (next === -1) break;
      at = next + 1;
      number++;
    }
  }
  return { references, dynamic: [], longLines, longLineCount: longStarts.length };
}

function endOfLine(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  const stop = end === -1 ? text.length : end;
  return stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
}

/** Start offsets of the lines longer than `maxBytes` UTF-8 bytes. */
function findLongLines(text: string, maxBytes: number): number[] {
  const starts: number[] = [];
  let start = 0;
  while (start <= text.length) {
    const next = text.indexOf('\n', start);
    const end = next === -1 ? text.length : next;
    // A UTF-16 unit is 1 to 3 UTF-8 bytes: only lines in between need counting.
    if (end - start > maxBytes || (end - start) * 3 > maxBytes && Buffer.byteLength(text.slice(start, end), 'utf8') > maxBytes) starts.push(start);
    if (next === -1) break;
    start = next + 1;
  }
  return starts;
}

/** True when the bytes look binary the way git decides it: a NUL in the first 8000 bytes. */
export function isBinaryContent(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 8000);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}

// The flag references in one whole file (a blob's text), for the inventory (`prove-hooks flags`):
// the same context scan the hooks run on a changed file's image (scanSourceText: the whole text
// lexed, wrapped calls, result-object reads, JSX, dynamic keys, comment references), prefiltered
// by the anchor automaton so a file that names no anchor is never decoded or lexed.
import { Buffer, isAscii } from 'node:buffer';
import { compileAnchors, type AnchorAutomaton } from '../scan/anchor-automaton.js';
import { createFileAnchorFinder, type FileAnchorFinder } from '../scan/file-anchors.js';
import { scanSourceText } from '../scan/source-scan.js';
import type { FlagMatcher, FoundAnchors, ReferenceKind } from './matcher.js';
import { SUPPRESSION_MARKER, findSuppression } from './suppression.js';

/**
 * Bumped whenever what {@link findReferencesInBlob} returns for a text can change (this file, the
 * context scan, the lexer or the matcher's whole-text search): it is part of the fingerprint that
 * keys the persisted per-blob results, with the tool's version.
 */
export const BLOB_SCANNER_VERSION = 'context-scan@4';

/** One reference found in a file. */
export interface BlobReference {
  /** The registry key (an alias or a normalized spelling resolved), or the key as written when unknown. */
  readonly flag: string;
  /** 1-based line and column of the key (UTF-16 code units of the decoded line before it, plus one). */
  readonly line: number;
  readonly column: number;
  /** What found it: a preset name, `custom:<n>`, or `alias`. */
  readonly source: string;
  /** How the code names it; `comment` is listed but never counted as a use of the flag. */
  readonly kind: ReferenceKind;
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
  readonly dynamic: readonly DynamicReference[];
  /** Lines whose references are not counted because they are longer than the cap (1-based, at most {@link MAX_LISTED_LONG_LINES}). */
  readonly longLines: readonly number[];
  /** How many lines were over the cap in all (may exceed the listed ones). */
  readonly longLineCount: number;
}

export const MAX_LISTED_LONG_LINES = 20;

/** A matcher ready for whole files: its anchors compiled once into the byte-level automaton. */
export interface ReferenceDetector {
  readonly matcher: FlagMatcher;
  readonly automaton: AnchorAutomaton;
  /** The automaton's walk over whole files (WebAssembly where available). */
  readonly anchorFinder: FileAnchorFinder;
  /** Lines longer than this many UTF-8 bytes are not counted (flags.maxLineLength), as the hooks skip them. */
  readonly maxLineBytes: number;
  /** The prefilter's output buffers, reused from file to file (the scan is synchronous). */
  readonly found: Int32Array;
  readonly ends: Int32Array;
  /** Names found so far, each held once as its own string (see {@link ownCopy}). */
  readonly names: Map<string, string>;
}

/** Prepares a matcher for {@link findReferencesInBlob}; `compile` may be a cached compileAnchors. */
export function createReferenceDetector(matcher: FlagMatcher, maxLineBytes: number, compile: (anchors: readonly string[]) => AnchorAutomaton = compileAnchors): ReferenceDetector {
  const automaton = compile(matcher.anchors);
  return { matcher, automaton, anchorFinder: createFileAnchorFinder(automaton), maxLineBytes, found: new Int32Array(MAX_PREFOUND_ANCHORS), ends: new Int32Array(MAX_PREFOUND_ANCHORS), names: new Map() };
}

const LF = 10;
/** Most anchor occurrences handed to the matcher from the prefilter; beyond, the matcher searches itself. */
const MAX_PREFOUND_ANCHORS = 1 << 16;

/**
 * The references in a whole file (UTF-8 bytes). One pass of the anchor automaton over the bytes
 * finds the anchors; a file with none holds no reference. Otherwise the text goes to the hooks'
 * context scan whole ({@link scanSourceText}), given the anchors found (when the text is ASCII,
 * where byte and character offsets agree). References on lines over the cap are not counted and
 * those lines are listed, as the hooks report such lines skipped. `path` names the language. Pure.
 */
export function findReferencesInBlob(bytes: Buffer, path: string, detector: ReferenceDetector): BlobScan {
  const { automaton, maxLineBytes, matcher } = detector;
  const long = findLongLines(bytes, maxLineBytes);
  const empty: BlobScan = { references: [], dynamic: [], longLines: long.listed, longLineCount: long.count };
  if (automaton.matchesNothing || matcher.matchText === undefined) return empty;
  let prefound: FoundAnchors | undefined;
  let ascii: boolean | undefined;
  if (!automaton.matchesEverything) {
    const { found, ends } = detector;
    const capacity = found.length;
    const count = detector.anchorFinder.find(bytes, found, ends);
    if (count === 0) return empty;
    ascii = isAscii(bytes);
    // Offsets are bytes: they are the text's only when every byte is ASCII.
    if (count < capacity && ascii) prefound = { anchors: found, ends, count };
  }
  // ASCII decoded as latin1 (the same string, several times faster than UTF-8 decoding).
  const text = (ascii ?? isAscii(bytes)) ? bytes.toString('latin1') : bytes.toString('utf8');
  const scan = scanSourceText(text, path, matcher, undefined, undefined, prefound === undefined ? undefined : () => prefound);
  const references: BlobReference[] = [];
  for (const placed of scan.references) {
    if (long.all.has(placed.line)) continue;
    const { reference } = placed;
    const line = scan.lineText(placed.line);
    const previous = placed.line > 1 ? scan.lineText(placed.line - 1) : undefined;
    const names = reference.written === undefined ? [reference.flag] : [reference.flag, reference.written];
    const suppression = line.includes(SUPPRESSION_MARKER) || previous?.includes(SUPPRESSION_MARKER) === true ? findSuppression(names, line, previous) : undefined;
    const found: { -readonly [K in keyof BlobReference]: BlobReference[K] } = { flag: nameOf(detector, reference.flag), line: placed.line, column: placed.column, source: reference.source, kind: reference.kind };
    if (reference.written !== undefined) found.written = nameOf(detector, reference.written);
    if (suppression !== undefined && suppression.reason !== '') found.suppressed = ownCopy(suppression.reason);
    references.push(found);
  }
  const dynamic = scan.dynamic
    .filter((placed) => !long.all.has(placed.line))
    .map((placed): DynamicReference => ({ line: placed.line, column: placed.column, source: placed.key.source, text: ownCopy(placed.key.expression) }));
  return { references, dynamic, longLines: long.listed, longLineCount: long.count };
}

/** The detector's one copy of a name. */
function nameOf(detector: ReferenceDetector, name: string): string {
  let own = detector.names.get(name);
  if (own === undefined) detector.names.set((own = ownCopy(name)), own);
  return own;
}

/**
 * A copy of a string cut from a file's text that does not hold on to that text: the engine keeps
 * a piece of a string as a view of the whole, and the inventory keeps every reference of every
 * file, which otherwise kept every file's text alive (a quarter of a gigabyte on a large repository).
 */
function ownCopy(text: string): string {
  return text.length < 13 ? text : text.split('').join('');
}

/** The lines longer than `maxLineBytes` (without their LF): all of them, the first few, and how many. */
function findLongLines(bytes: Buffer, maxLineBytes: number): { all: Set<number>; listed: number[]; count: number } {
  const all = new Set<number>();
  const listed: number[] = [];
  if (!hasLineLongerThan(bytes, maxLineBytes)) return { all, listed, count: 0 };
  for (let start = 0, line = 1; start < bytes.length; line++) {
    let end = bytes.indexOf(LF, start);
    if (end === -1) end = bytes.length;
    if (end - start > maxLineBytes) {
      all.add(line);
      if (listed.length < MAX_LISTED_LONG_LINES) listed.push(line);
    }
    start = end + 1;
  }
  return { all, listed, count: all.size };
}

/**
 * Whether a line (without its LF) is longer than `maxLineBytes`. Most files have none, and need
 * no line numbers: the last LF within `maxLineBytes + 1` bytes of a line's start ends a short
 * line and every line before it, so the search jumps about `maxLineBytes` bytes at a time.
 */
export function hasLineLongerThan(bytes: Uint8Array, maxLineBytes: number): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let start = 0; buffer.length - start > maxLineBytes; ) {
    const lf = buffer.lastIndexOf(LF, start + maxLineBytes);
    if (lf < start) return true;
    start = lf + 1;
  }
  return false;
}

/** True when the bytes look binary the way git decides it: a NUL in the first 8000 bytes. */
export function isBinaryContent(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).indexOf(0) !== -1;
}

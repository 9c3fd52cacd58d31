// The context scan of one file: its whole text (the staged post-image, or the pre-image) lexed
// and matched at once, so wrapped calls, JSX elements and result-object reads are seen, then
// turned into the rules' FlagLines for the lines the change added, and into per-key counts
// for the removed-reference comparison.
import type { DynamicKey, FlagMatcher, FlagReference, TextReference } from '../flags/matcher.js';
import type { FlagLine } from '../flags/rules.js';
import { lexFamilyOf, lexSource, regionAt } from '../flags/source-lexer.js';
import { SUPPRESSION_MARKER } from '../flags/suppression.js';

/** A file's references and dynamic keys with their lines (1-based) and columns (1-based). */
export interface SourceScan {
  readonly references: readonly PlacedReference[];
  readonly dynamic: readonly PlacedDynamicKey[];
  /** The text's lines (without line endings). */
  readonly lines: readonly string[];
}

export interface PlacedReference {
  readonly reference: TextReference;
  /** The key's line and column. */
  readonly line: number;
  readonly column: number;
  /** The lines the whole match spans. */
  readonly firstLine: number;
  readonly lastLine: number;
}

export interface PlacedDynamicKey {
  readonly key: DynamicKey;
  readonly line: number;
  readonly column: number;
  readonly firstLine: number;
}

/** Scans a whole text with the matcher's text search (which it must have). */
export function scanSourceText(text: string, path: string, matcher: FlagMatcher): SourceScan {
  const family = lexFamilyOf(path);
  const regions = lexSource(text, family);
  const found = matcher.matchText!(text, { family, regionAt: (offset) => regionAt(regions, offset) });
  const starts = lineStartsOf(text);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const references = found.references.map((reference) => {
    const line = lineOf(reference.index);
    return { reference, line, column: reference.index - starts[line - 1]! + 1, firstLine: lineOf(reference.start), lastLine: lineOf(Math.max(reference.start, reference.end - 1)) };
  });
  const dynamic = found.dynamic.map((key) => {
    const line = lineOf(key.index);
    return { key, line, column: key.index - starts[line - 1]! + 1, firstLine: lineOf(key.start) };
  });
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  return { references, dynamic, lines };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** Line numbers given as hunk ranges: `[start, count]` pairs (1-based starts). */
export interface LineSet {
  has(line: number): boolean;
}

/** A LineSet of the ranges `[start, start + count)` given as flat pairs. */
export function lineSetOf(ranges: readonly number[]): LineSet {
  let last = 0;
  for (let k = 0; k < ranges.length; k += 2) last = Math.max(last, ranges[k]! + ranges[k + 1]!);
  const marks = new Uint8Array(last + 1);
  for (let k = 0; k < ranges.length; k += 2) marks.fill(1, ranges[k]!, ranges[k]! + ranges[k + 1]!);
  return { has: (line) => line < marks.length && marks[line] === 1 };
}

/** The first line of `[first, last]` in `added`. */
function touches(added: LineSet, first: number, last: number): number | undefined {
  for (let line = first; line <= last; line++) if (added.has(line)) return line;
  return undefined;
}

/**
 * The FlagLines of the references (and dynamic keys) a change added to a file: those whose key
 * line, or any line of their call, is an added line. A reference is reported on its key's line
 * when that line is added, else on the first added line of its call. Comment references are
 * listed (kind `comment`) and never judged.
 */
export function selectAddedLines(scan: SourceScan, file: string, added: LineSet): FlagLine[] {
  const byLine = new Map<number, { references: FlagReference[]; dynamic: { index: number; expression: string }[] }>();
  const entry = (line: number) => {
    let found = byLine.get(line);
    if (found === undefined) byLine.set(line, (found = { references: [], dynamic: [] }));
    return found;
  };
  for (const placed of scan.references) {
    const at = added.has(placed.line) ? placed.line : touches(added, placed.firstLine, placed.lastLine);
    if (at === undefined) continue;
    const { start: _start, end: _end, ...reference } = placed.reference;
    // The column is kept relative to the line it is reported on.
    entry(at).references.push({ ...reference, index: at === placed.line ? placed.column - 1 : -1 });
  }
  for (const placed of scan.dynamic) {
    const at = added.has(placed.line) ? placed.line : touches(added, placed.firstLine, placed.line);
    if (at === undefined) continue;
    entry(at).dynamic.push({ index: at === placed.line ? placed.column - 1 : -1, expression: placed.key.expression });
  }
  const lines: FlagLine[] = [];
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const { references, dynamic } = byLine.get(line)!;
    const text = scan.lines[line - 1] ?? '';
    const above = scan.lines[line - 2];
    const base = { file, line, side: 'added' as const, text, references, counted: false as const };
    const withAbove = above !== undefined && above.includes(SUPPRESSION_MARKER) ? { ...base, previousText: above } : base;
    lines.push(dynamic.length === 0 ? withAbove : { ...withAbove, dynamic });
  }
  return lines;
}

/** References per flag in code (comments left out): what the removed-reference comparison counts. */
export function countReferences(scan: SourceScan): Map<string, { count: number; first: PlacedReference }> {
  const counts = new Map<string, { count: number; first: PlacedReference }>();
  for (const placed of scan.references) {
    if (placed.reference.kind === 'comment') continue;
    const entry = counts.get(placed.reference.flag);
    if (entry === undefined) counts.set(placed.reference.flag, { count: 1, first: placed });
    else entry.count += 1;
  }
  return counts;
}

/** What the context scan of one changed file gives the rules. */
export interface ContextResult {
  /** The added lines with references or dynamic keys (not counted: see `removals`). */
  readonly lines: FlagLine[];
  /** Per key: references the pre-image has beyond the post-image (`removed`), or the reverse (`added`). */
  readonly removals: { flag: string; removed: number; added: number; at?: { file: string; line: number; text: string } }[];
}

/**
 * Compares a changed file's images: the post-image's references on added lines, and per-key
 * reference counts of pre- and post-image (so a reformatted call is neither removed nor added).
 * `post` is undefined for a deleted file, `pre` for an added one.
 */
export function scanChangedFile(
  input: { newPath: string | undefined; oldPath: string | undefined; post?: string; pre?: string; added: LineSet; removed: LineSet },
  matcher: FlagMatcher,
): ContextResult {
  const postScan = input.post === undefined || input.newPath === undefined ? undefined : scanSourceText(input.post, input.newPath, matcher);
  const preScan = input.pre === undefined || input.oldPath === undefined ? undefined : scanSourceText(input.pre, input.oldPath, matcher);
  const lines = postScan === undefined ? [] : selectAddedLines(postScan, input.newPath!, input.added);
  const before = preScan === undefined ? new Map<string, { count: number; first: PlacedReference }>() : countReferences(preScan);
  const after = postScan === undefined ? new Map<string, { count: number; first: PlacedReference }>() : countReferences(postScan);
  const removals: ContextResult['removals'] = [];
  for (const [flag, { count, first }] of before) {
    const now = after.get(flag)?.count ?? 0;
    if (count <= now) continue;
    // Reported where a removed line named it, else at its first reference in the pre-image.
    const placed = preScan!.references.find((reference) => reference.reference.flag === flag && reference.reference.kind !== 'comment' && input.removed.has(reference.line)) ?? first;
    removals.push({ flag, removed: count - now, added: 0, at: { file: input.oldPath!, line: placed.line, text: preScan!.lines[placed.line - 1] ?? '' } });
  }
  for (const [flag, { count }] of after) {
    const was = before.get(flag)?.count ?? 0;
    if (count > was) removals.push({ flag, removed: 0, added: count - was });
  }
  return { lines, removals };
}

// The context scan of one file: its whole text (the staged post-image, or the pre-image) lexed
// and matched at once, so wrapped calls, JSX elements and result-object reads are seen, then
// turned into the rules' FlagLines for the lines the change added, and into per-key counts
// for the removed-reference comparison.
import type { DynamicKey, FlagMatcher, FlagReference, FoundAnchors, TextMatch, TextReference } from '../flags/matcher.js';
import type { FlagLine } from '../flags/rules.js';
import { normalizeCallSpellings } from '../flags/call-spellings.js';
import { isMarkupPath, lexMarkup } from '../flags/markup-lexer.js';
import { containsAs, METHOD_VALUE } from '../flags/result-aliases.js';
import type { TextFacts } from '../flags/text-facts.js';
import { alignImages, factsOfPair } from './image-pair.js';
import { lexDialectOf, lexFamilyOf, lexSource, mayHoldJsx, Region, regionAt, type LexFamily, type SourceRegions } from '../flags/source-lexer.js';
import { lineReference, shiftDynamicKey, shiftReference } from '../flags/reference-records.js';
import { SUPPRESSION_MARKER } from '../flags/suppression.js';

/**
 * A prefilter that finds a matcher's anchors in `text.slice(start, end)`, ends relative to
 * `start` (undefined: the matcher searches itself). Called for the windows of one text in turn,
 * so it may keep what it derived from the text; its result need last only until the next call.
 */
export type AnchorFinder = (matcher: FlagMatcher, text: string, start: number, end: number) => FoundAnchors | undefined;

/** A file's references and dynamic keys with their lines (1-based) and columns (1-based). */
export interface SourceScan {
  readonly references: readonly PlacedReference[];
  readonly dynamic: readonly PlacedDynamicKey[];
  /** Line `line` (1-based) of the text, without its line ending; '' past the end. */
  lineText(line: number): string;
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

/** What the caller already knows of a text (image-pair.ts): not computed again. */
export interface KnownOfImage {
  /** Its line starts, as lineStartsOf gives them. */
  readonly starts?: number[];
  /** Its line-local facts (the matcher's textFacts). */
  readonly facts?: TextFacts;
}

/**
 * Scans a text with the matcher's text search (which it must have): the whole text, or only the
 * given windows of lines (`[first, last]`, 1-based), each lexed from its start (moved back into a
 * block comment or triple-quoted string it begins in). The one whole-file detection: the hooks
 * run it on a changed file's images, the inventory (findReferencesInBlob) on every file.
 */
export function scanSourceText(
  original: string,
  path: string,
  matcher: FlagMatcher,
  windows?: readonly (readonly [number, number])[],
  readWindows: readonly (readonly [number, number])[] = windows ?? [],
  findAnchors?: AnchorFinder,
  imported?: ReadonlyMap<string, string>,
  known: KnownOfImage = {},
): SourceScan {
  const family = lexFamilyOf(path);
  // Other spellings of a call (`c['variation'](`, `.call(c, `, `vari\u0061tion(`) matched as the
  // plain one: the same length and lines, so every offset below is the original's (and the line
  // starts a caller knows of the original are the text's).
  const text = normalizeCallSpellings(original, family);
  const starts = known.starts ?? lineStartsOf(text);
  // A Vue or Svelte component is lexed whole (markup-lexer.ts): its script blocks sit in markup.
  // The whole text's regions, once known (the markup's, or the text lexed whole for its windows),
  // serve the file-wide forms too: the text is not lexed again for them.
  const lexed: LexedWhole = { regions: family !== 'plain' && isMarkupPath(path) ? lexMarkup(text) : undefined };
  // JSX text is text (`<p>Press the ` key</p>` opens no template literal); a Kotlin string's `${...}` is code.
  const jsx = lexDialectOf(path, family);
  const matched = resolveFileForms(
    text,
    family,
    jsx,
    matcher,
    windows === undefined ? scanWhole(text, family, jsx, matcher, findAnchors, lexed) : scanWindows(text, family, jsx, matcher, starts, windows, readWindows, findAnchors, lexed, known.facts),
    starts,
    windows,
    imported,
    lexed,
    known.facts,
  );
  // Generic method names (`isEnabled`, `getValue`) count on an SDK client only: judged on the whole text.
  const found = matcher.keepSdkReceivers?.(text, family, matched) ?? matched;
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
  const lineText = (line: number): string => {
    if (line < 1 || line > starts.length) return '';
    const end = line < starts.length ? starts[line]! - 1 : text.length;
    const raw = original.slice(starts[line - 1]!, end);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  };
  return { references, dynamic, lineText };
}

/**
 * Whether an offset lies in one of the line `windows` (1-based, inclusive; `starts` the offsets
 * where lines begin): the windows as offset ranges, sorted and merged once, then a binary search
 * per offset, so that many renamed calls in a file of many windows cost n log n, not n x windows.
 */
function offsetsWithin(windows: readonly (readonly [number, number])[], starts: readonly number[]): (offset: number) => boolean {
  const ranges = windows
    .map(([first, last]): [number, number] => [starts[Math.max(1, first) - 1]!, last >= starts.length ? Infinity : starts[last]!])
    .filter(([from, to]) => from < to)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push(range);
  }
  return (offset) => {
    let low = 0;
    let high = merged.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (merged[middle]![1] <= offset) low = middle + 1;
      else high = middle;
    }
    return low < merged.length && merged[low]![0] <= offset;
  };
}

/**
 * What only the whole file can tell (file-constants.ts, renamed imports): calls of SDK functions
 * imported under another name, kept inside `windows` when given, and dynamic keys that name a
 * string constant of the file (or one of `imported`: names bound to another file's constants,
 * imported-constants.ts), read as its key. The file is lexed again only when it has either.
 */
function resolveFileForms(
  text: string,
  family: LexFamily,
  jsx: boolean,
  matcher: FlagMatcher,
  found: TextMatch,
  starts: readonly number[],
  windows: readonly (readonly [number, number])[] | undefined,
  imported: ReadonlyMap<string, string> | undefined,
  lexed: LexedWhole,
  facts: TextFacts | undefined,
): TextMatch {
  if (family === 'plain') return found;
  const named = matcher.resolveConstantKeys !== undefined && found.dynamic.some((key) => /^(?:(?:string|str|String)\()?[A-Za-z_$][\w$.\s]*(?:!+|\s(?:as|satisfies)\s[^()]*)?\)?$/.test(key.expression));
  // Also a method bound to a name (`const v = client.variation.bind(client)`).
  // Also a method taken as a value (Python `check = client.is_enabled`, Go `eval := c.BoolVariation`).
  const renamed =
    matcher.matchRenamedCalls !== undefined &&
    (((facts?.as ?? containsAs(text)) && IMPORT_RENAME.test(text)) || (family === 'js' && hasBoundMethodCall(text)) || ((family === 'python' || family === 'go') && METHOD_VALUE_LINE.test(text)));
  if (!named && !renamed) return found;
  // Lexed whole when an offset is first asked about: a method value that names no SDK method asks none.
  const isCode = (offset: number): boolean => regionAt((lexed.regions ??= lexSource(text, family, jsx)), offset) === Region.CODE;
  let references = found.references;
  let dynamic = found.dynamic;
  if (renamed) {
    const inWindows = windows === undefined ? () => true : offsetsWithin(windows, starts);
    const calls = matcher.matchRenamedCalls!(text, family, isCode);
    references = [...references, ...calls.references.filter((reference) => inWindows(reference.start))];
    dynamic = [...dynamic, ...calls.dynamic.filter((key) => inWindows(key.start))];
  }
  if (matcher.resolveConstantKeys !== undefined && dynamic.length > 0) {
    const resolved = matcher.resolveConstantKeys(text, family, isCode, dynamic, imported);
    references = [...references, ...resolved.references];
    dynamic = resolved.dynamic;
  }
  if (references === found.references && dynamic === found.dynamic) return found;
  return { references: [...references].sort((a, b) => a.index - b.index), dynamic };
}

/**
 * Whether the text has `.bind(` after a member (`[\w$]\s*\.\s*bind\s*\(`): where a method may be
 * bound to a name. Looked for from each `bind` (a native search): the expression searched on every
 * character cost more than the rest of a file's scan.
 */
export function hasBoundMethodCall(text: string): boolean {
  for (let at = text.indexOf('bind'); at !== -1; at = text.indexOf('bind', at + 4)) {
    BIND_CALL_AFTER.lastIndex = at + 4;
    if (!BIND_CALL_AFTER.test(text)) continue;
    let before = at - 1;
    while (before >= 0 && isRegExpSpace(text.charCodeAt(before))) before--;
    if (before < 0 || text.charCodeAt(before) !== 46) continue;
    before--;
    while (before >= 0 && isRegExpSpace(text.charCodeAt(before))) before--;
    if (before >= 0 && WORD_CHAR.test(text.charAt(before))) return true;
  }
  return false;
}
const BIND_CALL_AFTER = /\s*\(/y;
const WORD_CHAR = /[\w$]/;
/** What `\s` matches in a regular expression. */
function isRegExpSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)));
}
const SPACE = /\s/;

/** A line that takes a method as a value (result-aliases.ts METHOD_VALUE), tested once. */
const METHOD_VALUE_LINE = new RegExp(METHOD_VALUE, 'm');

/** An import renamed with `as` (JS/TS named import, Python `from ... import ... as`). */
const IMPORT_RENAME = /\bimport\s+(?:type\s+)?(?:[\w$]+\s*,\s*)?\{[^}]*\bas\b|^[ \t]*from[ \t]+[\w.]+[ \t]+import\b[^\n#]*\bas\b/m;

/** A text's regions lexed whole, once known. */
interface LexedWhole {
  regions: SourceRegions | undefined;
}

function scanWhole(text: string, family: LexFamily, jsx: boolean, matcher: FlagMatcher, findAnchors: AnchorFinder | undefined, lexed: LexedWhole): TextMatch {
  const regions = (lexed.regions ??= lexSource(text, family, jsx));
  const anchors = findAnchors?.(matcher, text, 0, text.length);
  return matcher.matchText!(text, { family, regionAt: (offset) => regionAt(regions, offset), regions, ...(anchors === undefined ? {} : { anchors }) });
}

/** Matches inside `windows`; result-object reads are kept inside `readWindows` (both `[first, last]` lines). */
function scanWindows(
  text: string,
  family: LexFamily,
  jsx: boolean,
  matcher: FlagMatcher,
  starts: readonly number[],
  windows: readonly (readonly [number, number])[],
  readWindows: readonly (readonly [number, number])[],
  findAnchors: AnchorFinder | undefined,
  lexedWhole: LexedWhole,
  facts: TextFacts | undefined,
): TextMatch {
  const ranges: [number, number][] = [];
  const merged = mergeWindows(windows, starts.length);
  // A window lexed from its first line reads it right only when nothing above can still be open
  // there; when something can (a block comment, a template, a triple-quoted or continued string,
  // and a regex literal holding `/*` or a backtick, which no look back above a window tells apart),
  // the whole text is lexed once and every window read from it, as a component's markup is.
  const lastStart = merged.length === 0 ? 0 : starts[merged[merged.length - 1]![0] - 1]!;
  // In JavaScript whether a `/` starts a regex depends on the code before it, even on the line
  // above: JavaScript is always lexed whole.
  const whole = lexedWhole.regions ?? (family === 'js' || firstSpanningOpener(text, family) < lastStart ? (lexedWhole.regions = lexSource(text, family, jsx)) : undefined);
  for (const [first, last] of merged) {
    const end = last < starts.length ? starts[last]! : text.length;
    // Regions of the whole file (a component's, or the whole text's): a window needs no backing off.
    const start = whole === undefined ? backOff(text, family, starts[first - 1]!) : starts[first - 1]!;
    const previous = ranges[ranges.length - 1];
    if (previous !== undefined && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else ranges.push([start, end]);
  }
  const references: TextReference[] = [];
  const dynamic: DynamicKey[] = [];
  const lexed: { start: number; end: number; regionAt: (offset: number) => Region }[] = [];
  for (const [start, end] of ranges) {
    const part = text.slice(start, end);
    const regions = whole === undefined ? lexSource(part, family, jsx) : undefined;
    const partRegionAt = regions === undefined ? (offset: number): Region => regionAt(whole!, offset + start) : (offset: number): Region => regionAt(regions, offset);
    lexed.push({ start, end, regionAt: partRegionAt });
    const anchors = findAnchors?.(matcher, text, start, end);
    const match = matcher.matchText!(part, anchors === undefined ? { family, regionAt: partRegionAt, withoutResultReads: true } : { family, regionAt: partRegionAt, withoutResultReads: true, anchors });
    for (const reference of match.references) references.push(shiftReference(reference, start));
    for (const key of match.dynamic) dynamic.push(shiftDynamicKey(key, start));
  }
  // Bindings of result objects are looked for in the whole text, however far above the changed
  // lines (their reads only inside the changed lines: the work is linear in the text). The text
  // outside the windows is lexed whole only when a binding is looked for there.
  let wholeRegions = whole;
  const isCodeAnywhere = (offset: number): boolean => {
    if (wholeRegions !== undefined) return regionAt(wholeRegions, offset) === Region.CODE;
    let low = 0;
    let high = lexed.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const entry = lexed[middle]!;
      if (offset < entry.start) high = middle - 1;
      else if (offset >= entry.end) low = middle + 1;
      else return entry.regionAt(offset - entry.start) === Region.CODE;
    }
    wholeRegions = lexedWhole.regions = lexSource(text, family, jsx);
    return regionAt(wholeRegions, offset) === Region.CODE;
  };
  const readRanges = mergeWindows(readWindows, starts.length).map(([a, b]): [number, number] => [starts[a - 1]!, b < starts.length ? starts[b]! : text.length]);
  if (readRanges.length > 0) {
    const reads = matcher.matchResultReads?.(text, family, isCodeAnywhere, readRanges, text, facts);
    for (const read of reads?.references ?? []) references.push(read);
    for (const key of reads?.dynamic ?? []) dynamic.push(key);
  }
  references.sort((a, b) => a.index - b.index);
  return { references, dynamic };
}

/** Windows sorted, clamped to `[1, lineCount]` and merged where they touch. */
function mergeWindows(windows: readonly (readonly [number, number])[], lineCount: number): [number, number][] {
  const sorted = windows
    .map(([first, last]): [number, number] => [Math.max(1, first), Math.min(lineCount, last)])
    .filter(([first, last]) => first <= last)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const window of sorted) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && window[0] <= previous[1] + 1) previous[1] = Math.max(previous[1], window[1]);
    else merged.push(window);
  }
  return merged;
}

/** Where lexing a window that starts at `start` must begin: earlier when `start` lies in a block comment or a triple-quoted string. */
function backOff(text: string, family: LexFamily, start: number): number {
  if (family === 'plain') return start;
  // Looked for in the text just above only: a longer comment or string is rare, and searching
  // back to the file's start for every window would cost more than the windows.
  const from = Math.max(0, start - BACK_OFF_CHARS);
  const above = text.slice(from, start);
  if (family !== 'python') {
    // A `/*` inside a line comment or a string (`// see lib/*.d.ts`, `'src/**/*.ts'`) opens
    // nothing: backing off to it would make the rest of the text one comment.
    const close = above.lastIndexOf('*/');
    for (let open = above.lastIndexOf('/*'); open > close; open = open === 0 ? -1 : above.lastIndexOf('/*', open - 1)) {
      if (opensRegion(above, open, family, Region.COMMENT)) return from + open;
    }
  }
  if (family === 'js' || family === 'go') {
    // A JS template literal or Go raw string over many lines (a GraphQL query, styled-components
    // CSS, SQL) that the window starts in: lexed from its opening backtick.
    const open = lastOpenBacktick(above, family);
    if (open !== -1) return from + open;
  }
  if (family === 'python' || family === 'java') {
    for (const quotes of family === 'python' ? ['"""', "'''"] : ['"""']) {
      let count = 0;
      let last = -1;
      for (let at = above.indexOf(quotes); at !== -1; at = above.indexOf(quotes, at + 3)) {
        // Quotes in a comment or a one-line string (`# uses """`, `'"""'`) neither open nor close.
        if (!opensRegion(above, at, family, Region.STRING)) continue;
        count++;
        last = at;
      }
      if (count % 2 === 1) return from + last;
    }
  }
  return start;
}

/**
 * Where the first construct that can run over a line break starts (`text.length` when there is
 * none): a block comment, a template literal or raw string, a triple-quoted string, a backslash
 * before a line break.
 * Native searches, once per text.
 */
function firstSpanningOpener(text: string, family: LexFamily): number {
  const openers = family === 'plain' ? [] : family === 'python' ? ['"""', "'''", '\\\n'] : family === 'java' ? ['/*', '"""', '\\\n'] : ['/*', '`', '\\\n'];
  let first = text.length;
  for (const opener of openers) {
    const at = text.indexOf(opener);
    if (at !== -1 && at < first) first = at;
  }
  return first;
}

/**
 * The offset of the backtick string left open at the end of `text` (each line with a backtick read
 * from its start, taken to be code: a line that ends inside a backtick string opens or closes one;
 * balanced ones on a line change nothing), or -1 when none is.
 */
function lastOpenBacktick(text: string, family: LexFamily): number {
  let open = -1;
  let flips = 0;
  for (let at = text.indexOf('`'); at !== -1; ) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const regions = lexSource(line, family);
    const last = regions.starts.length - 1;
    if (last >= 0 && regions.kinds[last] === Region.STRING && line[regions.starts[last]!] === '`' && regions.ends[last] === line.length) {
      const body = line.slice(regions.starts[last]! + 1).replace(/\r$/, '');
      if (!body.endsWith('`')) {
        flips++;
        open = lineStart + regions.starts[last]!;
      }
    }
    at = newline === -1 ? -1 : text.indexOf('`', newline);
  }
  return flips % 2 === 1 ? open : -1;
}

/**
 * Whether a region of `kind` (a `/*` comment, a triple-quoted string) starts at `at`, the line
 * read from its start (taken to be code): the delimiter is not inside a line comment or a string.
 */
function opensRegion(text: string, at: number, family: LexFamily, kind: Region): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const regions = lexSource(text.slice(lineStart, at + 3), family);
  const index = regions.starts.indexOf(at - lineStart);
  return index !== -1 && regions.kinds[index] === kind;
}

/** How far above a window a block comment or triple-quoted string it starts in is looked for. */
const BACK_OFF_CHARS = 4 * 1024;

/** The offsets where the text's lines start: 0, and after each line break. */
export function lineStartsOf(text: string): number[] {
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
    // The column is kept relative to the line it is reported on.
    entry(at).references.push(lineReference(placed.reference, at === placed.line ? placed.column - 1 : -1));
  }
  for (const placed of scan.dynamic) {
    const at = added.has(placed.line) ? placed.line : touches(added, placed.firstLine, placed.line);
    if (at === undefined) continue;
    entry(at).dynamic.push({ index: at === placed.line ? placed.column - 1 : -1, expression: placed.key.expression });
  }
  const lines: FlagLine[] = [];
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const { references, dynamic } = byLine.get(line)!;
    const text = scan.lineText(line);
    const above = scan.lineText(line - 1);
    const base = { file, line, side: 'added' as const, text, references, counted: false as const };
    const withAbove = above.includes(SUPPRESSION_MARKER) ? { ...base, previousText: above } : base;
    lines.push(dynamic.length === 0 ? withAbove : { ...withAbove, dynamic });
  }
  return lines;
}

/** References per flag in code (comments left out) whose key or call touches a line of `lines`. */
export function countReferences(scan: SourceScan, lines: LineSet): Map<string, { count: number; first: PlacedReference }> {
  const counts = new Map<string, { count: number; first: PlacedReference }>();
  for (const placed of scan.references) {
    if (placed.reference.kind === 'comment') continue;
    if (!lines.has(placed.line) && touches(lines, placed.firstLine, placed.lastLine) === undefined) continue;
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
  /** Per key: references on removed lines beyond those on added lines (`removed`), or the reverse (`added`). */
  readonly removals: { flag: string; removed: number; added: number; at?: { file: string; line: number; text: string } }[];
}

/**
 * Compares a changed file's images around the change: the post-image's references that touch
 * added lines, against the pre-image's that touch removed lines, per key (so a reformatted call,
 * or one whose default changed, is neither removed nor added). `post` is undefined for a deleted
 * file, `pre` for an added one (or one with no removed lines); windows (`[first, last]` lines)
 * limit the text searched, undefined searches it whole.
 */
export function scanChangedFile(
  input: {
    newPath: string | undefined;
    oldPath: string | undefined;
    post?: string;
    pre?: string;
    added: LineSet;
    removed: LineSet;
    postWindows?: readonly (readonly [number, number])[];
    preWindows?: readonly (readonly [number, number])[];
    /** The changed lines as windows: where result-object reads are kept. */
    postReadWindows?: readonly (readonly [number, number])[];
    preReadWindows?: readonly (readonly [number, number])[];
    /** Names of the post-image bound to constants of the files it imports (imported-constants.ts). */
    postImported?: ReadonlyMap<string, string>;
    /** The diff's hunks, `oldStart, oldCount, newStart, newCount` quads: the pre-image's facts come from the post-image's (image-pair.ts). */
    hunks?: readonly number[];
  },
  matcher: FlagMatcher,
  findAnchors?: AnchorFinder,
): ContextResult {
  const [postKnown, preKnown] = knownOfPair(input, matcher);
  const postScan = input.post === undefined || input.newPath === undefined ? undefined : scanSourceText(input.post, input.newPath, matcher, input.postWindows, input.postReadWindows, findAnchors, input.postImported, postKnown);
  const preScan = input.pre === undefined || input.oldPath === undefined ? undefined : scanSourceText(input.pre, input.oldPath, matcher, input.preWindows, input.preReadWindows, findAnchors, undefined, preKnown);
  const lines = postScan === undefined ? [] : selectAddedLines(postScan, input.newPath!, input.added);
  const empty = new Map<string, { count: number; first: PlacedReference }>();
  const before = preScan === undefined ? empty : countReferences(preScan, input.removed);
  const after = postScan === undefined ? empty : countReferences(postScan, input.added);
  const removals: ContextResult['removals'] = [];
  for (const [flag, { count, first }] of before) {
    const now = after.get(flag)?.count ?? 0;
    if (count > now) removals.push({ flag, removed: count - now, added: 0, at: { file: input.oldPath!, line: first.line, text: preScan!.lineText(first.line) } });
  }
  for (const [flag, { count }] of after) {
    const was = before.get(flag)?.count ?? 0;
    if (count > was) removals.push({ flag, removed: 0, added: count - was });
  }
  return { lines, removals };
}

/**
 * What one pass over a modified file's post-image tells of both images: their facts (image-pair.ts). Nothing when there is no pair, no hunks, or the
 * hunks do not line the images up.
 */
function knownOfPair(input: { post?: string; pre?: string; hunks?: readonly number[] }, matcher: FlagMatcher): [KnownOfImage, KnownOfImage] {
  const { post, pre, hunks } = input;
  if (post === undefined || pre === undefined || hunks === undefined || matcher.textFacts === undefined) return [{}, {}];
  const starts = lineStartsOf(post);
  const alignment = alignImages(post, pre, starts, hunks);
  if (alignment === undefined) return [{ starts }, {}];
  const facts = factsOfPair(post, pre, alignment, (text, skip) => matcher.textFacts!(text, skip));
  return [
    { starts, facts: facts.post },
    { facts: facts.pre },
  ];
}

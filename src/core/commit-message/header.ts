// Tolerant reading of the first line into what is written: type, scope, subject, tags, and how
// each is written. Facts only: the rules (rules/) judge them, one function per rule code.
import type { MessageConvention } from './convention.js';
import { checkMode, checkTaskId, classifyTag, findBracketGroups, isBareMode, type BracketGroup, type TagCheck, type TagKind } from './tags.js';
import { suggestType } from './type-suggestion.js';
import { findInvisibleCharacters, replaceInvisibleCharacters, type InvisibleCharacter } from './invisible-characters.js';

/** What the header says, as far as it could be read; the base of the corrected example. */
export interface HeaderParts {
  /** The type as written; '' when there is none. */
  readonly typeWritten: string;
  /** A valid type: the one written, or the did-you-mean for it. */
  readonly type?: string;
  /** The scope as written (without parentheses), when there are parentheses. */
  readonly scope?: string;
  /** True when the breaking-change marker `!` follows the type (and scope). */
  readonly breaking?: boolean;
  /** The subject, without type and tags; '' when empty. */
  readonly subject: string;
  /** The task id (without brackets) when it is valid. */
  readonly taskId?: string;
  /** The user's task id with its date replaced by `YYYY-MM-DD`, when only the date is wrong. */
  readonly taskIdWithoutDate?: string;
  /** The mode when valid, or the obvious fix for it (`MODE:f` -> F). */
  readonly mode?: string;
}

/** One recognised `[...]` tag of the header. */
export interface Tag extends BracketGroup {
  readonly kind: TagKind;
}

/** How the type is separated from the subject. */
export type Separator = 'colon-space' | 'no-space-after-colon' | 'space-before-colon' | 'no-colon';

/** Everything the header rules judge: what is written, and where. */
export interface HeaderReading {
  /** Invisible and control characters of the header as written (columns in it). */
  readonly invisible: readonly InvisibleCharacter[];
  /** The header starts with whitespace (after invisible characters became spaces). */
  readonly leadingWhitespace: boolean;
  /** A task id or mode written without brackets (`T-2025-01-18-001`, `MODE:F`): bracketed for the rest of the reading. */
  readonly unbracketed: readonly { readonly kind: TagKind; readonly token: string }[];
  /** The header as read: invisible characters as spaces, trimmed, unbracketed tags bracketed. */
  readonly text: string;
  /** Every recognised tag, left to right: the misplaced ones, then the trailing run. */
  readonly tags: readonly Tag[];
  /** Tags with text after them. */
  readonly misplaced: readonly Tag[];
  /** The first word, up to `:`, `(` or whitespace, without a breaking-change marker. */
  readonly word: string;
  /** The first word is a type (written with a colon, or a known type, or with a scope). */
  readonly hasType: boolean;
  /** The scope's text when its `(` has no `)`. */
  readonly unclosedScope?: string;
  readonly separator: Separator;
  /** The first task id tag, checked; undefined when there is none. */
  readonly taskId?: TagCheck;
  /** The first mode tag, checked; undefined when there is none. */
  readonly mode?: TagCheck;
  /** What the header says, for the corrected example (and the accepted header). */
  readonly parts: HeaderParts;
}

const WHITESPACE = /\s/;

/** True for a whitespace character (false past the end). */
export function isWhitespace(ch: string | undefined): boolean {
  return ch !== undefined && WHITESPACE.test(ch);
}

function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(text[i])) return false;
  return true;
}

/** The trailing run of tags, plus strictly recognised tags written elsewhere (misplaced). */
function locateTags(text: string, rules: MessageConvention): { tags: Tag[]; misplaced: Tag[] } {
  const groups = findBracketGroups(text);
  // `[ABC-12]` before a real task id is part of the subject; only without one is it a (wrong) task id.
  const strictKinds = new Set(groups.map((group) => classifyTag(group.content, rules, true)));
  const hasTaskId = strictKinds.has('task');
  const tail: Tag[] = [];
  let cursor = text.length;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    if (!isBlankBetween(text, group.end, cursor)) break;
    let kind = classifyTag(group.content, rules, hasTaskId);
    // `[F]` at the end, when no `[MODE:...]` is written anywhere, is the mode without its `MODE:`.
    if (kind === undefined && !strictKinds.has('mode') && isBareMode(group.content, rules)) kind = 'mode';
    if (kind === undefined) break;
    tail.unshift({ ...group, kind });
    cursor = group.start;
  }
  const misplaced: Tag[] = [];
  for (const group of groups.slice(0, groups.length - tail.length)) {
    const kind = classifyTag(group.content, rules, true);
    if (kind !== undefined) misplaced.push({ ...group, kind });
  }
  return { tags: [...misplaced, ...tail], misplaced };
}

/** The header with the tags cut out, the pieces joined by single spaces (linear: one join). */
function removeTags(text: string, tags: readonly Tag[]): string {
  const pieces: string[] = [];
  let pos = 0;
  for (const tag of tags) {
    pieces.push(text.slice(pos, tag.start).trim());
    pos = tag.end;
  }
  pieces.push(text.slice(pos).trim());
  return pieces.filter((piece) => piece !== '').join(' ');
}

interface TypeReading {
  readonly word: string;
  readonly hasType: boolean;
  readonly type?: string;
  readonly scope?: string;
  readonly unclosedScope?: string;
  readonly breaking: boolean;
  readonly separator: Separator;
  readonly subject: string;
}

function isTypeStop(ch: string | undefined): boolean {
  return ch === ':' || ch === '(' || isWhitespace(ch);
}

/** `feat!` (a type with the breaking-change marker): the `!` is the marker, not part of the type. */
const hasMarker = (word: string): boolean => word.length > 1 && word.endsWith('!') && !word.endsWith('!!');

/** Reads `type(scope): subject` from the header without its tags. */
function readTypeAndSubject(text: string, rules: MessageConvention): TypeReading {
  const n = text.length;
  let i = 0;
  while (i < n && !isTypeStop(text[i])) i++;
  let word = text.slice(0, i);
  let scope: string | undefined;
  let unclosedScope: string | undefined;
  let breaking = hasMarker(word);
  if (breaking) word = word.slice(0, -1);
  if (text[i] === '(') {
    const close = text.indexOf(')', i + 1);
    if (close < 0) {
      const colon = text.indexOf(':', i + 1);
      const end = colon < 0 ? n : colon;
      scope = unclosedScope = text.slice(i + 1, end);
      i = end;
    } else {
      scope = text.slice(i + 1, close);
      i = close + 1;
    }
    // `feat(api)!:`: the breaking-change marker after the scope.
    if (text[i] === '!' && word !== '' && !breaking) {
      breaking = true;
      i++;
    }
  }
  let separator: Separator = 'colon-space';
  let subjectStart: number;
  let hasType = word !== '';
  if (text[i] === ':') {
    if (i + 1 < n && !isWhitespace(text[i + 1])) separator = 'no-space-after-colon';
    subjectStart = i + 1;
  } else {
    let k = i;
    while (k < n && isWhitespace(text[k])) k++;
    if (text[k] === ':' && k > i) {
      separator = 'space-before-colon';
      subjectStart = k + 1;
    } else if (hasType && (rules.types.includes(word.toLowerCase()) || scope !== undefined)) {
      // `feat add x`, `Fix login bug`: a type (perhaps capitalised) without its colon.
      separator = 'no-colon';
      subjectStart = i;
    } else {
      // No colon and no known type: the whole text is the subject and the type is missing.
      hasType = false;
      scope = undefined;
      breaking = false;
      subjectStart = 0;
    }
  }
  const subject = text.slice(subjectStart).trim();
  const common = { word, separator, subject, ...(unclosedScope !== undefined && { unclosedScope }) };
  if (!hasType) {
    const firstWord = subject.slice(0, subject.search(/\s|$/));
    const guess = word !== '' ? suggestType(word, rules.types) : suggestType(firstWord, rules.types);
    return { ...common, hasType, breaking: false, ...(guess !== undefined && { type: guess }) };
  }
  const lower = word.toLowerCase();
  const type = rules.types.includes(word) ? word : rules.types.includes(lower) ? lower : suggestType(word, rules.types);
  return { ...common, hasType, breaking, ...(type !== undefined && { type }), ...(scope !== undefined && { scope }) };
}

/** A mode written without brackets (`MODE:F`, `mode=nf`), after whitespace. */
const BARE_MODE = /(?<=\s)mode[:=][A-Za-z0-9]*/i;

/**
 * Wraps a task id or mode written without brackets (`T-2025-01-18-001`, `MODE:F`) in brackets,
 * so the rest of the reading treats it as the tag it is meant to be. Only when no bracketed tag
 * of that kind exists.
 */
function bracketBareTags(text: string, rules: MessageConvention, found: { kind: TagKind; token: string }[]): string {
  const groups = findBracketGroups(text);
  const kinds = new Set(groups.map((group) => classifyTag(group.content, rules, true)));
  // Built only for a kind that has no bracketed tag: the usual header, with both, compiles neither.
  const bare: ReadonlyArray<readonly [TagKind, () => RegExp]> = [
    // Only after whitespace (never the type itself), and only with a year: `T-2025-...`.
    ['task', () => new RegExp(`(?<=\\s)${rules.taskIdPrefix.replace(/[^A-Za-z0-9]/g, '\\$&')}-\\d{4}-[\\d-]*`, 'i')],
    ['mode', () => BARE_MODE],
  ];
  let result = text;
  for (const [kind, pattern] of bare) {
    if (kinds.has(kind)) continue;
    const match = pattern().exec(result);
    if (!match) continue;
    const token = match[0];
    found.push({ kind, token });
    result = result.slice(0, match.index) + `[${token}]` + result.slice(match.index + token.length);
  }
  return result;
}

/** Reads a header. Never throws; linear in the header's length (no backtracking regular expressions over user text). */
export function readHeader(header: string, rules: MessageConvention): HeaderReading {
  const invisible = findInvisibleCharacters(header);
  // The rest reads the line as a person sees it, so the corrected example is clean.
  let text = invisible.length > 0 ? replaceInvisibleCharacters(header) : header;
  const leadingWhitespace = isWhitespace(text[0]);
  if (leadingWhitespace) text = text.trimStart();
  const unbracketed: { kind: TagKind; token: string }[] = [];
  text = bracketBareTags(text.trimEnd(), rules, unbracketed);

  const { tags, misplaced } = locateTags(text, rules);
  const reading = readTypeAndSubject(removeTags(text, tags), rules);
  const firstTask = tags.find((tag) => tag.kind === 'task');
  const firstMode = tags.find((tag) => tag.kind === 'mode');
  const taskId = firstTask && checkTaskId(firstTask.content, rules);
  const mode = firstMode && checkMode(firstMode.content, rules);
  // The shape is right and only the date does not exist: `T-<date>-<serial>`.
  let taskIdWithoutDate: string | undefined;
  if (taskId?.ok === false && taskId.rule === 'task-id-date-invalid') {
    const [prefix, , , , serial] = firstTask!.content.split('-');
    taskIdWithoutDate = `${prefix}-YYYY-MM-DD-${serial}`;
  }
  const modeValue = mode === undefined ? undefined : mode.ok ? mode.value : mode.suggestion;
  const parts: HeaderParts = {
    typeWritten: reading.hasType ? reading.word : '',
    ...(reading.type !== undefined && { type: reading.type }),
    ...(reading.scope !== undefined && { scope: reading.scope }),
    ...(reading.breaking && { breaking: true }),
    subject: reading.subject,
    ...(taskId?.ok === true && { taskId: taskId.value }),
    ...(taskIdWithoutDate !== undefined && { taskIdWithoutDate }),
    ...(modeValue !== undefined && { mode: modeValue }),
  };
  return {
    invisible, leadingWhitespace, unbracketed, text, tags, misplaced,
    word: reading.word, hasType: reading.hasType, separator: reading.separator,
    ...(reading.unclosedScope !== undefined && { unclosedScope: reading.unclosedScope }),
    ...(taskId !== undefined && { taskId }), ...(mode !== undefined && { mode }),
    parts,
  };
}

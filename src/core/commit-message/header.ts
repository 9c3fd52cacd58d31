// Tolerant parsing of the first line into type, scope, subject and tags: one diagnostic per broken part.
import type { CommitMsgConfig } from '../../config/schema.js';
import type { Violation } from '../violation.js';
import type { RuleCode } from './rules.js';
import { checkMode, checkTaskId, classifyTag, describeTaskIdShape, findBracketGroups, isBareMode, type BracketGroup, type TagKind } from './tags.js';
import { TEMPLATE_SUBJECT } from './template.js';
import { suggestType } from './type-suggestion.js';
import { describeCharacter, findInvisibleCharacters, replaceInvisibleCharacters } from './invisible-characters.js';

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

export interface HeaderAnalysis {
  readonly parts: HeaderParts;
  readonly violations: Violation[];
}

interface Tag extends BracketGroup {
  readonly kind: TagKind;
}

const WHITESPACE = /\s/;

function isWhitespace(ch: string | undefined): boolean {
  return ch !== undefined && WHITESPACE.test(ch);
}

function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(text[i])) return false;
  return true;
}

function violation(rule: RuleCode, message: string, hint: string): Violation {
  return { rule, severity: 'error', message, hint, line: 1 };
}

/** The trailing run of tags, plus strictly recognised tags written elsewhere (misplaced). */
function locateTags(text: string, rules: CommitMsgConfig): { tags: Tag[]; misplaced: Tag[] } {
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
  typeWritten: string;
  type?: string;
  scope?: string;
  breaking?: boolean;
  subject: string;
}

function isTypeStop(ch: string | undefined): boolean {
  return ch === ':' || ch === '(' || isWhitespace(ch);
}

/** `feat!` (a type with the breaking-change marker): the `!` is the marker, not part of the type. */
const hasMarker = (word: string): boolean => word.length > 1 && word.endsWith('!') && !word.endsWith('!!');

/** Reads `type(scope): subject` from the header without its tags, reporting what is broken. */
function readTypeAndSubject(text: string, rules: CommitMsgConfig, out: Violation[]): TypeReading {
  const n = text.length;
  let i = 0;
  while (i < n && !isTypeStop(text[i])) i++;
  let word = text.slice(0, i);
  let scope: string | undefined;
  let breaking = hasMarker(word);
  if (breaking) word = word.slice(0, -1);
  if (text[i] === '(') {
    const close = text.indexOf(')', i + 1);
    if (close < 0) {
      const colon = text.indexOf(':', i + 1);
      const end = colon < 0 ? n : colon;
      scope = text.slice(i + 1, end);
      i = end;
      out.push(violation('scope-unclosed', `The scope (${scope.slice(0, 40)} has no closing parenthesis.`, 'Close it: type(scope): subject.'));
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
  const example = `${rules.types[0]}${rules.scope === 'required' ? '(scope)' : ''}: subject`;
  let subjectStart: number;
  let hasType = word !== '';
  const lowerWord = word.toLowerCase();
  const shownWord = word.length > 40 ? word.slice(0, 37) + '...' : word;
  const fixedType = rules.types.includes(lowerWord) ? lowerWord : suggestType(word, rules.types) ?? (shownWord || 'type');
  if (text[i] === ':') {
    if (i + 1 < n && !isWhitespace(text[i + 1])) {
      out.push(violation('separator-missing', 'There is no space after the colon that follows the type.', `Write "${fixedType}: subject" with one space after the colon.`));
    }
    subjectStart = i + 1;
  } else {
    let k = i;
    while (k < n && isWhitespace(text[k])) k++;
    if (text[k] === ':' && k > i) {
      out.push(violation('separator-missing', 'There is a space before the colon that follows the type.', `Write "${fixedType}: subject": the colon right after the type.`));
      subjectStart = k + 1;
    } else if (hasType && (rules.types.includes(word.toLowerCase()) || scope !== undefined)) {
      // `feat add x`, `Fix login bug`: a type (perhaps capitalised) without its colon.
      out.push(violation('separator-missing', `The type ${shownWord} is not followed by a colon.`, `Write "${fixedType}: subject" (a colon and a space after the type).`));
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
  if (!hasType) {
    const firstWord = subject.slice(0, subject.search(/\s|$/));
    const guess = word !== '' ? suggestType(word, rules.types) : suggestType(firstWord, rules.types);
    out.push(violation('type-missing', 'The first line does not start with a type.',
      `Start it with one of ${rules.types.join(', ')} and a colon, e.g. "${guess ?? rules.types[0]}: ${subject.slice(0, 30) || 'subject'}".`));
    return { typeWritten: '', ...(guess !== undefined && { type: guess }), subject };
  }
  let type: string | undefined = word;
  if (!rules.types.includes(word)) {
    const lower = word.toLowerCase();
    if (rules.types.includes(lower)) {
      type = lower;
      out.push(violation('type-case', `The type ${shownWord} has capitals.`, `Write it in lower case: ${lower}.`));
    } else {
      type = suggestType(word, rules.types);
      out.push(violation('type-unknown', `The type ${shownWord} is not one of ${rules.types.join(', ')}.`,
        type !== undefined ? `Did you mean ${type}?` : `Use one of ${rules.types.join(', ')}, e.g. "${example}".`));
    }
  }
  checkScope(scope, rules, out);
  if (breaking && rules.breaking !== 'allowed') {
    out.push(violation('breaking-forbidden', `The "!" after ${shownWord}${scope !== undefined ? '(...)' : ''} marks a breaking change, and this convention does not use the marker.`,
      `Remove the "!" and say what breaks in the body (or set commitMsg.breaking to "allowed").`));
  }
  return { typeWritten: word, ...(type !== undefined && { type }), ...(scope !== undefined && { scope }), ...(breaking && { breaking }), subject };
}

function checkScope(scope: string | undefined, rules: CommitMsgConfig, out: Violation[]): void {
  if (scope !== undefined && rules.scope === 'forbidden') {
    out.push(violation('scope-forbidden', `A scope (${scope.slice(0, 40)}) is written, but scopes are not used here.`, 'Remove the parentheses: type: subject (or set commitMsg.scope to "optional").'));
  } else if (scope === undefined && rules.scope === 'required') {
    out.push(violation('scope-missing', 'The type has no scope, and a scope is required.', 'Write type(scope): subject, e.g. feat(api): ...'));
  } else if (scope !== undefined && scope.trim() === '') {
    out.push(violation('scope-empty', 'The scope parentheses are empty.', rules.scope === 'required' ? 'Name the scope: type(scope): subject.' : 'Name the scope, or remove the empty parentheses.'));
  }
}

/** A mode written without brackets (`MODE:F`, `mode=nf`), after whitespace. */
const BARE_MODE = /(?<=\s)mode[:=][A-Za-z0-9]*/i;

/**
 * Wraps a task id or mode written without brackets (`T-2025-01-18-001`, `MODE:F`) in brackets,
 * so the rest of the parse treats it as the tag it is meant to be, and reports the missing
 * brackets. Only when no bracketed tag of that kind exists.
 */
function bracketBareTags(text: string, rules: CommitMsgConfig, out: Violation[]): string {
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
    const what = kind === 'task' ? 'task id' : 'mode';
    out.push(violation(kind === 'task' ? 'task-id-invalid' : 'mode-invalid', `The ${what} ${token.slice(0, 40)} is not in square brackets.`, `Write it as [${token.slice(0, 40)}] at the end of the first line.`));
    result = result.slice(0, match.index) + `[${token}]` + result.slice(match.index + token.length);
  }
  return result;
}

/**
 * Reads a header and reports every broken part with its own rule code. Never throws; linear in
 * the header's length (no backtracking regular expressions over user text).
 */
export function analyzeHeader(header: string, rules: CommitMsgConfig): HeaderAnalysis {
  const violations: Violation[] = [];
  const invisible = findInvisibleCharacters(header);
  const first = invisible[0];
  if (first !== undefined) {
    const more = invisible.length > 1 ? ` (and ${invisible.length - 1} more)` : '';
    violations.push(violation('header-invisible-character', `The first line holds ${describeCharacter(first.codePoint)} at column ${first.column}${more}; git keeps it in the message.`,
      'Replace it with a plain space, or delete it (it often comes from a paste or an editor setting).'));
  }
  // The rest reads the line as a person sees it, so the corrected example is clean.
  let text = invisible.length > 0 ? replaceInvisibleCharacters(header) : header;
  if (isWhitespace(text[0])) {
    violations.push(violation('header-leading-whitespace', 'The first line starts with whitespace.', 'Remove the spaces before the type.'));
    text = text.trimStart();
  }
  text = bracketBareTags(text.trimEnd(), rules, violations);

  const { tags, misplaced } = locateTags(text, rules);
  const reading = readTypeAndSubject(removeTags(text, tags), rules, violations);
  const subject = reading.subject;
  if (subject === '') {
    violations.push(violation('subject-empty', 'There is no subject after the type.', 'Say what the commit does after "type: ", before the tags.'));
  } else if (subject === TEMPLATE_SUBJECT) {
    // The prepare-commit-msg template's placeholder, left as it was.
    violations.push(violation('subject-empty', `The subject is still the template's placeholder ${TEMPLATE_SUBJECT}.`, `Replace ${TEMPLATE_SUBJECT} with what the commit does.`));
  }

  const taskTags = tags.filter((tag) => tag.kind === 'task');
  const modeTags = tags.filter((tag) => tag.kind === 'mode');
  if (misplaced.length > 0) {
    violations.push(violation('tags-position', `Text follows the tag [${misplaced[0]!.content.slice(0, 40)}].`, 'Put the tags at the very end: type: subject [task id] [MODE:...].'));
  }
  if (taskTags.length > 1 || modeTags.length > 1) {
    const which = taskTags.length > 1 ? 'task id' : 'mode';
    violations.push(violation('tags-duplicate', `The ${which} tag is written more than once.`, 'Keep one task id tag and one mode tag.'));
  }
  const firstTask = taskTags[0];
  const firstMode = modeTags[0];
  if (firstTask && firstMode && firstMode.start < firstTask.start) {
    violations.push(violation('tags-order', 'The mode tag comes before the task id tag.', `Write the task id first: [${firstTask.content.slice(0, 40)}] [${firstMode.content.slice(0, 40)}].`));
  }
  const cramped = tags.find((tag) => tag.start > 0 && !isWhitespace(text[tag.start - 1]));
  if (cramped) {
    violations.push(violation('tags-spacing', `There is no space before the tag [${cramped.content.slice(0, 40)}].`, 'Separate each tag from the text before it with a space.'));
  }

  let taskId: string | undefined;
  let taskIdWithoutDate: string | undefined;
  const shape = describeTaskIdShape(rules);
  if (firstTask) {
    const check = checkTaskId(firstTask.content, rules);
    if (check.ok) taskId = check.value;
    else {
      violations.push(violation(check.rule, check.message, check.hint));
      // The shape is right and only the date does not exist: `T-<date>-<serial>`.
      if (check.rule === 'task-id-date-invalid') {
        const [prefix, , , , serial] = firstTask.content.split('-');
        taskIdWithoutDate = `${prefix}-YYYY-MM-DD-${serial}`;
      }
    }
  } else {
    violations.push(violation('task-id-missing', 'The task id tag is missing.', `Add [${shape}] after the subject.`));
  }

  let mode: string | undefined;
  const modeList = rules.modes.map((value) => `[MODE:${value}]`).join(' or ');
  if (firstMode) {
    const check = checkMode(firstMode.content, rules);
    if (check.ok) mode = check.value;
    else {
      mode = check.suggestion;
      violations.push(violation(check.rule, check.message, check.hint));
    }
  } else {
    violations.push(violation('mode-missing', 'The mode tag is missing.', `Add ${modeList} after the task id.`));
  }

  const parts: HeaderParts = {
    typeWritten: reading.typeWritten,
    ...(reading.type !== undefined && { type: reading.type }),
    ...(reading.scope !== undefined && { scope: reading.scope }),
    ...(reading.breaking === true && { breaking: true }),
    subject,
    ...(taskId !== undefined && { taskId }),
    ...(taskIdWithoutDate !== undefined && { taskIdWithoutDate }),
    ...(mode !== undefined && { mode }),
  };
  return { parts, violations };
}

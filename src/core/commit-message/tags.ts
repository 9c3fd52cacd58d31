// The header's bracketed tags: finding `[...]` groups, telling task ids from modes, validating both.
import type { MessageConvention } from './convention.js';

/** One `[...]` group of the header; offsets are UTF-16 indexes, `end` is after the `]`. */
export interface BracketGroup {
  readonly start: number;
  readonly end: number;
  readonly content: string;
}

export type TagKind = 'task' | 'mode';

/** Problem found in a tag, or the clean value. */
export type TagCheck =
  | { readonly ok: true; readonly value: string }
  | {
      readonly ok: false;
      readonly rule: 'task-id-invalid' | 'task-id-date-invalid' | 'mode-invalid';
      readonly message: string;
      readonly hint: string;
      /** A value that fixes it, when one is obvious (`MODE:f` -> `F`). */
      readonly suggestion?: string;
    };

/** All `[...]` groups, left to right; an unclosed `[` ends the scan. Linear in the header. */
export function findBracketGroups(header: string): BracketGroup[] {
  const groups: BracketGroup[] = [];
  let from = 0;
  for (;;) {
    const open = header.indexOf('[', from);
    if (open < 0) break;
    const close = header.indexOf(']', open + 1);
    if (close < 0) break;
    // `[a [T-...]`: the group is the innermost one before the `]`.
    const start = header.lastIndexOf('[', close);
    groups.push({ start, end: close + 1, content: header.slice(start + 1, close) });
    from = close + 1;
  }
  return groups;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isAllDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

/** `MODE`, any case, not followed by a letter or digit (`[MODE:F]`, `[mode f]`, `[MODE]`). */
function looksLikeMode(content: string): boolean {
  const text = content.trimStart();
  if (text.slice(0, 4).toUpperCase() !== 'MODE') return false;
  const next = text.charCodeAt(4);
  return !(isAsciiLetter(next) || isAsciiDigit(next));
}

/**
 * What kind of tag a bracket group is. `strict` (used anywhere in the header) recognises only
 * the configured prefix, a bare date or `MODE`; the loose reading (used for the trailing tags)
 * also takes any `WORD-123`-like id, so `[JIRA-12]` there is reported as a wrong task id.
 */
export function classifyTag(content: string, rules: MessageConvention, strict: boolean): TagKind | undefined {
  const text = content.trim();
  const prefix = rules.taskIdPrefix.toUpperCase();
  const head = text.slice(0, prefix.length + 1).toUpperCase();
  // The task id prefix is tested first, so even a prefix like `MODE` keeps working.
  if (head === prefix + '-') return 'task';
  if (looksLikeMode(content)) return 'mode';
  if (head.startsWith(prefix) && isAsciiDigit(text.charCodeAt(prefix.length))) return 'task';
  if (isAllDigits(text.slice(0, 4)) && text[4] === '-') return 'task';
  if (strict) return undefined;
  let i = 0;
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i > 0 && text[i] === '-') i++;
  return i < text.length && isAsciiDigit(text.charCodeAt(i)) ? 'task' : undefined;
}

/** `[F]`, `[nf]`: a configured mode written without `MODE:` (recognised only among the trailing tags). */
export function isBareMode(content: string, rules: MessageConvention): boolean {
  return rules.modes.includes(content.trim().toUpperCase());
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `YYYY-MM-DD` (already digit-checked) names a real day of the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The digits after the date a task id needs: exactly N, or at least N (the default: at least 1). */
export function describeSerialDigits(rules: MessageConvention): string {
  if (rules.taskIdDigits !== null) return `exactly ${rules.taskIdDigits}`;
  return rules.taskIdMinDigits === 1 ? 'one or more' : `at least ${rules.taskIdMinDigits}`;
}

/** True when a serial (already digit-checked) has a count of digits the rules allow. */
export function isSerialLengthAllowed(serial: string, rules: MessageConvention): boolean {
  return rules.taskIdDigits !== null ? serial.length === rules.taskIdDigits : serial.length >= rules.taskIdMinDigits;
}

/** The task id shape for messages: `T-YYYY-MM-DD-NNN` (N as many times as the shortest serial, at least 3). */
export function describeTaskIdShape(rules: MessageConvention): string {
  const digits = rules.taskIdDigits ?? Math.max(3, rules.taskIdMinDigits);
  return `${rules.taskIdPrefix}-YYYY-MM-DD-${'N'.repeat(digits)}`;
}

/** Validates the content of a task id tag (without its brackets) exactly. */
export function checkTaskId(content: string, rules: MessageConvention): TagCheck {
  const shape = describeTaskIdShape(rules);
  const serialExample = '1'.padStart(rules.taskIdDigits ?? Math.max(3, rules.taskIdMinDigits), '0');
  const invalid = (message: string, hint = `Write it as [${shape}], e.g. [${rules.taskIdPrefix}-2025-01-18-${serialExample}].`): TagCheck => ({
    ok: false, rule: 'task-id-invalid', message, hint,
  });
  const shown = content.length > 60 ? content.slice(0, 57) + '...' : content;
  if (content !== content.trim()) return invalid(`The task id [${shown}] has spaces inside the brackets.`);
  const prefix = rules.taskIdPrefix;
  const parts = content.split('-');
  const hasPrefix = parts.length === 5 || !isAllDigits(parts[0] ?? '');
  const [written = '', year = '', month = '', day = '', serial = ''] = hasPrefix ? parts : ['', ...parts];
  if (written !== prefix) {
    if (!hasPrefix) return invalid(`The task id [${shown}] lacks its prefix ${prefix}-.`);
    if (written.toUpperCase() === prefix.toUpperCase()) {
      return invalid(`The task id prefix is written ${written}; it is ${prefix} (case matters).`);
    }
    return invalid(`The task id [${shown}] does not start with the prefix ${prefix}-.`);
  }
  if (parts.length !== 5 || year.length !== 4 || month.length !== 2 || day.length !== 2
    || !isAllDigits(year) || !isAllDigits(month) || !isAllDigits(day) || !isAllDigits(serial)) {
    return invalid(`The task id [${shown}] is not shaped ${shape}.`);
  }
  if (!isSerialLengthAllowed(serial, rules)) {
    return invalid(`The task id [${shown}] has ${serial.length} digit(s) after the date; it needs ${describeSerialDigits(rules)}.`);
  }
  if (!isRealDate(Number(year), Number(month), Number(day))) {
    return {
      ok: false,
      rule: 'task-id-date-invalid',
      message: `The task id [${shown}] names a date that does not exist: ${year}-${month}-${day}.`,
      hint: 'Use the real date the task was created (YYYY-MM-DD, month 01-12, a day that exists in that month).',
    };
  }
  return { ok: true, value: content };
}

/** Validates the content of a mode tag (without its brackets): exactly `MODE:<one of modes>`. */
export function checkMode(content: string, rules: MessageConvention): TagCheck {
  const allowed = rules.modes.map((mode) => `[MODE:${mode}]`).join(' or ');
  const value = content.startsWith('MODE:') ? content.slice(5) : undefined;
  if (value !== undefined && rules.modes.includes(value)) return { ok: true, value };
  // Normalise `mode: f`, `MODE=NF`, `MODE F`, `F` to a candidate value for the did-you-mean.
  let rest = looksLikeMode(content) ? content.trimStart().slice(4) : content;
  let i = 0;
  while (i < rest.length && ' \t:=-'.includes(rest[i] ?? '')) i++;
  rest = rest.slice(i).trim().toUpperCase();
  const suggestion = rules.modes.includes(rest) ? rest : undefined;
  const shown = content.length > 60 ? content.slice(0, 57) + '...' : content;
  let message: string;
  if (suggestion) message = `The mode tag [${shown}] is not written exactly [MODE:${suggestion}].`;
  else if (value !== undefined) message = `The mode ${value === '' ? '(empty)' : value} is not one of ${rules.modes.join(', ')}.`;
  else message = `The mode tag [${shown}] is not written [MODE:<mode>].`;
  const base = { ok: false as const, rule: 'mode-invalid' as const, message };
  return suggestion
    ? { ...base, hint: `Write [MODE:${suggestion}].`, suggestion }
    : { ...base, hint: `Write ${allowed}.` };
}

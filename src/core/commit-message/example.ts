// The one corrected example shown with a rejection, built from the user's own message.
import type { MessageConvention } from './convention.js';
import { countCodePoints } from './code-points.js';
import type { HeaderParts } from './header.js';
import { describeTaskIdShape } from './tags.js';

/** Placeholder subject when the user wrote none. */
export const SUBJECT_PLACEHOLDER = 'describe the change';
/** Placeholder scope when a scope is required and none was written. */
export const SCOPE_PLACEHOLDER = 'scope';

/** The mode a type most likely means: with the default modes, feat/fix are F, the rest NF. */
function guessMode(type: string, rules: MessageConvention): string {
  if (rules.modes.includes('F') && rules.modes.includes('NF')) return type === 'feat' || type === 'fix' ? 'F' : 'NF';
  return rules.modes[0] ?? 'F';
}

/** Cuts `text` to at most `max` code points, at a word boundary when there is one. */
function shortenTo(text: string, max: number): string {
  if (text.length <= max || countCodePoints(text) <= max) return text;
  let end = 0;
  for (let taken = 0; taken < Math.max(1, max) && end < text.length; taken++) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
  }
  const cut = text.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut).trimEnd();
}

/** Greedy word wrap of one body line to `max` code points; a single long word stays whole. */
function wrapLine(line: string, max: number): string[] {
  if (countCodePoints(line) <= max) return [line];
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && countCodePoints(candidate) > max) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  lines.push(current);
  return lines;
}

export interface ExampleOptions {
  /** The task id the branch name holds (see template.ts), used when the message has no valid one. */
  readonly branchTaskId?: string;
}

/**
 * The corrected first line: the user's valid type (or the did-you-mean), scope when allowed,
 * subject (shortened to fit the length limit), the task id (the user's valid one, else the
 * branch's, else the user's with `YYYY-MM-DD` for a date that does not exist, else the
 * placeholder `T-YYYY-MM-DD-NNN`: never a made-up value that looks real), valid mode (or a
 * guess from the type). Once the placeholders are filled in it passes every header rule.
 */
export function buildExampleHeader(parts: HeaderParts, rules: MessageConvention, options: ExampleOptions = {}): string {
  const type = parts.type ?? rules.types[0] ?? 'feat';
  const writtenScope = parts.scope?.trim();
  const scope = rules.scope === 'forbidden' ? undefined : writtenScope || (rules.scope === 'required' ? SCOPE_PLACEHOLDER : undefined);
  const taskId = parts.taskId ?? options.branchTaskId ?? parts.taskIdWithoutDate ?? describeTaskIdShape(rules);
  const mode = parts.mode ?? guessMode(type, rules);
  const marker = parts.breaking === true && rules.breaking === 'allowed' ? '!' : '';
  const head = `${type}${scope !== undefined ? `(${scope})` : ''}${marker}: `;
  const tail = ` [${taskId}] [MODE:${mode}]`;
  const room = rules.maxHeaderLength - countCodePoints(head) - countCodePoints(tail);
  const subject = shortenTo(parts.subject || SUBJECT_PLACEHOLDER, room);
  return head + subject + tail;
}

/** The corrected message: the example header, a blank line, the body with long lines wrapped. */
export function buildExampleMessage(header: string, body: readonly string[], rules: MessageConvention): string {
  if (body.length === 0) return header;
  const max = rules.bodyMaxLineLength;
  const lines = max === null ? body : body.flatMap((line) => wrapLine(line, max));
  return `${header}\n\n${lines.join('\n')}`;
}

// The commit-message rules' contract: the codes (stable, public), what each means, and the shape of
// a check: a small pure function over the message as read, returning what is wrong as data. The
// checks are one small table per family (text.ts, characters.ts, ...), gathered in index.ts.
import type { MessageConvention } from '../convention.js';
import type { HeaderReading } from '../header.js';

/** Every rule code `checkCommitMessage` can report, in the order violations are reported (and documented). Never rename one. */
export const MESSAGE_RULE_CODES = [
  'message-empty',
  'message-nul-byte',
  'header-leading-whitespace',
  'header-invisible-character',
  'type-missing',
  'type-unknown',
  'type-case',
  'scope-forbidden',
  'scope-missing',
  'scope-empty',
  'scope-unclosed',
  'breaking-forbidden',
  'separator-missing',
  'subject-empty',
  'task-id-missing',
  'task-id-invalid',
  'task-id-date-invalid',
  'mode-missing',
  'mode-invalid',
  'tags-order',
  'tags-position',
  'tags-duplicate',
  'tags-spacing',
  'header-too-long',
  'body-leading-blank',
  'body-line-too-long',
  'internal-error',
] as const;

/** A stable rule code. */
export type RuleCode = (typeof MESSAGE_RULE_CODES)[number];

/** What the contract says of each rule: the description (README, --help). */
export interface MessageRuleSpec {
  readonly description: string;
}

/** The commit-message rules: the README's rule table is generated from this (src/docs/readme-tables.ts). */
export const MESSAGE_RULES: { readonly [Code in RuleCode]: MessageRuleSpec } = {
  'message-empty': {
    description: 'The message is empty once git has removed comments and blank lines.',
  },
  'message-nul-byte': {
    description: 'The message contains a NUL byte, which git refuses in a commit message.',
  },
  'header-leading-whitespace': {
    description: 'The first line starts with whitespace.',
  },
  'header-invisible-character': {
    description: 'The first line holds an invisible or control character git keeps (a no-break space, U+2028, a BOM, `\\v`, `\\f`, a `\\r` before the end...), named with its column.',
  },
  'type-missing': {
    description: 'The first line does not start with a type (`feat: ...`).',
  },
  'type-unknown': {
    description: 'The type is not one of the configured types (with a did-you-mean for near misses).',
  },
  'type-case': {
    description: 'The type is written with capitals (`Feat:`); types are lower-case.',
  },
  'scope-forbidden': {
    description: 'A scope `type(scope):` is written but scopes are off (`commitMsg.scope: "forbidden"`).',
  },
  'scope-missing': {
    description: 'No scope is written but one is required (`commitMsg.scope: "required"`).',
  },
  'scope-empty': {
    description: 'The scope parentheses are empty: `feat():`.',
  },
  'scope-unclosed': {
    description: 'The scope has an opening `(` without a closing `)`.',
  },
  'breaking-forbidden': {
    description: 'A breaking-change marker `type!:` is written but the marker is off (`commitMsg.breaking: "forbidden"`).',
  },
  'separator-missing': {
    description: 'The type is not followed by a colon and a space (`feat add x`, `feat:add x`, `feat : add x`).',
  },
  'subject-empty': {
    description: 'There is no subject between the type and the tags.',
  },
  'task-id-missing': {
    description: 'The task id tag `[T-YYYY-MM-DD-NNN]` is missing.',
  },
  'task-id-invalid': {
    description: 'The task id tag has the wrong prefix, shape or digit count, or lacks its square brackets.',
  },
  'task-id-date-invalid': {
    description: 'The date in the task id does not exist (`T-2025-02-30-001`).',
  },
  'mode-missing': {
    description: 'The mode tag `[MODE:...]` is missing.',
  },
  'mode-invalid': {
    description: 'The mode tag is malformed or names a mode that is not configured.',
  },
  'tags-order': {
    description: 'The mode tag comes before the task id tag; the task id comes first.',
  },
  'tags-position': {
    description: 'Text follows the tags; the tags end the first line.',
  },
  'tags-duplicate': {
    description: 'The task id tag or the mode tag is written more than once.',
  },
  'tags-spacing': {
    description: 'A tag is not separated from the text before it by a space.',
  },
  'header-too-long': {
    description: 'The first line is longer than `commitMsg.maxHeaderLength` characters.',
  },
  'body-leading-blank': {
    description: 'The body does not start after a blank line (`commitMsg.bodyLeadingBlank`).',
  },
  'body-line-too-long': {
    description: 'A body line is longer than `commitMsg.bodyMaxLineLength` characters.',
  },
  'internal-error': {
    description: 'prove-hooks itself failed while checking (a bug): the message is rejected, never let through.',
  },
};

/** The rules over the cleaned text, checked first: a message they reject is neither read nor exempt. */
export type TextRuleCode = 'message-empty' | 'message-nul-byte';
/** Reported by the checker itself when a check fails (a bug), so it has no check of its own. */
export type CheckerRuleCode = 'internal-error';
/** The rules over the message as read: every other code. */
export type MessageRuleCode = Exclude<RuleCode, TextRuleCode | CheckerRuleCode>;

/** What a rule finds wrong: one sentence, how to fix it, and the 1-based line (default 1, the header). */
export interface Finding {
  readonly message: string;
  readonly hint: string;
  readonly line?: number;
}

/** What a message rule sees: the cleaned message's lines (the header first), the header as read, the convention. */
export interface MessageFacts {
  readonly lines: readonly string[];
  readonly header: HeaderReading;
  readonly rules: MessageConvention;
}

/** A rule's verdict: nothing, one finding, or several (in the order they are reported). */
export type Verdict = Finding | readonly Finding[] | undefined;

/** A rule over the cleaned text. */
export type TextCheck = (cleaned: string) => Verdict;
/** A rule over the message as read: a small pure function, no I/O. */
export type MessageCheck = (facts: MessageFacts) => Verdict;

/** One family's checks, by code; index.ts gathers the families into the table the compiler keeps complete. */
export type RuleFamily<Code extends MessageRuleCode> = { readonly [C in Code]: MessageCheck };

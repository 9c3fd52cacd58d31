// The commit-message rule codes: a stable public contract, one line of description each.

/** Every rule code `checkCommitMessage` can report, with a one-line description (for README and --help). */
export const RULES = {
  'message-empty': 'The message is empty once git has removed comments and blank lines.',
  'message-nul-byte': 'The message contains a NUL byte, which git refuses in a commit message.',
  'header-leading-whitespace': 'The first line starts with whitespace.',
  'header-invisible-character': 'The first line holds an invisible or control character git keeps (a no-break space, U+2028, a BOM, `\\v`, `\\f`, a `\\r` before the end...), named with its column.',
  'type-missing': 'The first line does not start with a type (`feat: ...`).',
  'type-unknown': 'The type is not one of the configured types (with a did-you-mean for near misses).',
  'type-case': 'The type is written with capitals (`Feat:`); types are lower-case.',
  'scope-forbidden': 'A scope `type(scope):` is written but scopes are off (`commitMsg.scope: "forbidden"`).',
  'scope-missing': 'No scope is written but one is required (`commitMsg.scope: "required"`).',
  'scope-empty': 'The scope parentheses are empty: `feat():`.',
  'scope-unclosed': 'The scope has an opening `(` without a closing `)`.',
  'breaking-forbidden': 'A breaking-change marker `type!:` is written but the marker is off (`commitMsg.breaking: "forbidden"`).',
  'separator-missing': 'The type is not followed by a colon and a space (`feat add x`, `feat:add x`, `feat : add x`).',
  'subject-empty': 'There is no subject between the type and the tags.',
  'task-id-missing': 'The task id tag `[T-YYYY-MM-DD-NNN]` is missing.',
  'task-id-invalid': 'The task id tag has the wrong prefix, shape or digit count, or lacks its square brackets.',
  'task-id-date-invalid': 'The date in the task id does not exist (`T-2025-02-30-001`).',
  'mode-missing': 'The mode tag `[MODE:...]` is missing.',
  'mode-invalid': 'The mode tag is malformed or names a mode that is not configured.',
  'tags-order': 'The mode tag comes before the task id tag; the task id comes first.',
  'tags-position': 'Text follows the tags; the tags end the first line.',
  'tags-duplicate': 'The task id tag or the mode tag is written more than once.',
  'tags-spacing': 'A tag is not separated from the text before it by a space.',
  'header-too-long': 'The first line is longer than `commitMsg.maxHeaderLength` characters.',
  'body-leading-blank': 'The body does not start after a blank line (`commitMsg.bodyLeadingBlank`).',
  'body-line-too-long': 'A body line is longer than `commitMsg.bodyMaxLineLength` characters.',
  'internal-error': 'prove-hooks itself failed while checking (a bug): the message is rejected, never let through.',
} as const satisfies Record<string, string>;

/** A stable rule code. */
export type RuleCode = keyof typeof RULES;

// The commit-message core: clean as git does, exempt git's own messages, check the convention.
import type { CommitMsgConfig, EXEMPTION_KINDS } from '../../config/schema.js';
import type { Violation } from '../violation.js';
import { cleanMessageAs, type CleanupMode } from './clean.js';
import { buildExampleHeader, buildExampleMessage } from './example.js';
import { matchExemption } from './exemptions.js';
import { countCodePoints } from './code-points.js';
import { analyzeHeader } from './header.js';
import { RULES, type RuleCode } from './rules.js';

export { RULES, type RuleCode } from './rules.js';
export { detectAutoCommentChar, type CleanupMode } from './clean.js';
export { suggestType } from './type-suggestion.js';

export type ExemptionKind = (typeof EXEMPTION_KINDS)[number];

/** The header as the convention reads it (only for an accepted message). */
export interface ParsedHeader {
  type: string;
  scope?: string;
  /** True for `type!:` (allowed by commitMsg.breaking). */
  breaking?: boolean;
  subject: string;
  taskId: string;
  mode: string;
}

export interface MessageCheckOptions {
  /** core.commentChar as git reports it: a single character (or string), or 'auto' (detect as git does). Default '#'. */
  readonly commentChar?: string;
  /**
   * git's commit.cleanup: `strip` (default; also what `default` means for an edited message)
   * drops comment lines; `whitespace` and `scissors` keep them; `verbatim` changes nothing but
   * the scissors cut. The scissors line is always honoured (it only appears with `-v`).
   */
  readonly cleanup?: CleanupMode;
  /** Today's date `YYYY-MM-DD`, used in the corrected example's task id; default a `YYYY-MM-DD` placeholder. */
  readonly today?: string;
  /**
   * Whether the commit has two or more parents, when known (pre-push reads it from git). A commit
   * known not to be a merge never gets the `merge` exemption, whatever its first line says.
   */
  readonly mergeCommit?: boolean;
}

export type MessageCheckResult =
  | { status: 'accepted'; cleaned: string; header: ParsedHeader; violations: Violation[] /* warnings only */ }
  | { status: 'exempt'; cleaned: string; exemption: ExemptionKind; violations: Violation[] }
  | {
      status: 'rejected';
      cleaned: string;
      violations: Violation[];
      /** The whole corrected message (header, blank line, body); passes once placeholders are filled. */
      example?: string;
      /** Just the corrected first line. */
      exampleHeader?: string;
    };

const RULE_ORDER = new Map(Object.keys(RULES).map((rule, index) => [rule, index]));

function orderViolations(violations: Violation[]): Violation[] {
  return violations
    .map((violation, index) => ({ violation, index }))
    .sort((a, b) => (RULE_ORDER.get(a.violation.rule) ?? 99) - (RULE_ORDER.get(b.violation.rule) ?? 99) || a.index - b.index)
    .map(({ violation }) => violation);
}

function violation(rule: RuleCode, message: string, hint: string, line: number): Violation {
  return { rule, severity: 'error', message, hint, line };
}

/** Body rules over the cleaned message's lines (index 0 is the header). */
function checkBody(lines: readonly string[], rules: CommitMsgConfig): Violation[] {
  const out: Violation[] = [];
  if (lines.length < 2) return out;
  if (rules.bodyLeadingBlank && lines[1]!.trim() !== '') {
    out.push(violation('body-leading-blank', 'The body starts right under the first line.', 'Leave one blank line between the first line and the body.', 2));
  }
  const max = rules.bodyMaxLineLength;
  if (max !== null) {
    const long: number[] = [];
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      // A line without whitespace (a long URL, a hash) cannot be wrapped, so it is allowed.
      if (line.length > max && /\s/.test(line) && countCodePoints(line) > max) long.push(i + 1);
    }
    if (long.length > 0) {
      const shown = long.slice(0, 5).join(', ') + (long.length > 5 ? ` and ${long.length - 5} more` : '');
      out.push(violation('body-line-too-long', `${long.length === 1 ? 'Line' : 'Lines'} ${shown} ${long.length === 1 ? 'is' : 'are'} longer than ${max} characters.`,
        `Wrap body lines at ${max} characters (a line without spaces, like a URL, may be longer).`, long[0]!));
    }
  }
  return out;
}

/**
 * Git's cleanup=strip of a message file: comment lines (by `commentChar`, default `#`, `auto`
 * detected as git does), the scissors line and everything below, trailing whitespace of lines,
 * leading/trailing blank lines, runs of blank lines collapsed. Returns exactly what git stores:
 * '' or text ending with one newline. Never throws; linear time.
 */
export function cleanCommitMessage(raw: string, commentChar?: string): string {
  return cleanMessageAs(raw, commentChar, 'strip');
}

function checkUnsafe(raw: string, rules: CommitMsgConfig, options: MessageCheckOptions): MessageCheckResult {
  const cleaned = cleanMessageAs(raw, options.commentChar, options.cleanup ?? 'strip');
  if (cleaned.trim() === '') {
    return { status: 'rejected', cleaned, violations: [violation('message-empty', 'The commit message is empty (comments and blank lines do not count).', 'Write a first line like "feat: subject [T-YYYY-MM-DD-001] [MODE:F]".', 1)] };
  }
  const violations: Violation[] = [];
  if (cleaned.includes('\0')) {
    violations.push(violation('message-nul-byte', 'The message contains a NUL byte; git refuses such a message.', 'Remove the NUL byte (often from a binary paste or a UTF-16 file).', 1));
  }
  const body = cleaned.endsWith('\n') ? cleaned.slice(0, -1) : cleaned;
  const lines = body.split('\n');
  const header = lines[0] ?? '';
  const exemption = matchExemption(header, options.mergeCommit === false ? rules.exempt.filter((kind) => kind !== 'merge') : rules.exempt);
  if (exemption !== undefined && violations.length === 0) return { status: 'exempt', cleaned, exemption, violations: [] };

  const analysis = analyzeHeader(header, rules);
  violations.push(...analysis.violations);
  const headerLength = countCodePoints(header);
  if (headerLength > rules.maxHeaderLength) {
    violations.push(violation('header-too-long', `The first line is ${headerLength} characters long; the limit is ${rules.maxHeaderLength}.`, 'Shorten the subject; details go in the body, after a blank line.', 1));
  }
  violations.push(...checkBody(lines, rules));

  const errors = violations.filter((v) => v.severity === 'error');
  const { parts } = analysis;
  if (errors.length === 0 && parts.type !== undefined && parts.taskId !== undefined && parts.mode !== undefined) {
    const parsed: ParsedHeader = { type: parts.type, ...(parts.scope !== undefined && { scope: parts.scope }), ...(parts.breaking === true && { breaking: true }), subject: parts.subject, taskId: parts.taskId, mode: parts.mode };
    return { status: 'accepted', cleaned, header: parsed, violations: orderViolations(violations) };
  }
  const exampleHeader = buildExampleHeader(parts, rules, options.today !== undefined ? { today: options.today } : {});
  const bodyLines = lines.slice(lines[1] === '' ? 2 : 1);
  const example = buildExampleMessage(exampleHeader, bodyLines, rules);
  return { status: 'rejected', cleaned, violations: orderViolations(violations), example, exampleHeader };
}

/**
 * Cleans `raw` as git will, then: empty -> rejected (`message-empty`); a git-generated first
 * line enabled in `rules.exempt` -> exempt; otherwise every header and body rule runs and each
 * broken part gets its own violation, plus one corrected example. Never throws, for any string
 * (a failure inside is reported as a rejection, never lost); linear in the message length.
 */
export function checkCommitMessage(raw: string, rules: CommitMsgConfig, options: MessageCheckOptions = {}): MessageCheckResult {
  try {
    return checkUnsafe(typeof raw === 'string' ? raw : String(raw), rules, options);
  } catch (error) {
    // Defensive only: the checks are written not to throw. Reject rather than let a bad commit through.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      status: 'rejected',
      cleaned: '',
      violations: [{ rule: 'internal-error', severity: 'error', message: `prove-hooks could not check this message: ${detail}`, hint: 'Report this bug with the message; PROVE_SKIP=1 skips the check once.' }],
    };
  }
}

// The commit-message core: clean as git does, exempt git's own messages, check the convention.
import type { MessageConvention } from './convention.js';
import type { Violation } from '../violation.js';
import { cleanMessageAs, type CleanupMode } from './clean.js';
import { buildExampleHeader, buildExampleMessage } from './example.js';
import { matchExemption } from './exemptions.js';
import { readHeader } from './header.js';
import { checkMessageFacts, checkText } from './rules/index.js';

export { MESSAGE_RULES, MESSAGE_RULE_CODES, type RuleCode } from './rules/index.js';
export { detectAutoCommentChar, type CleanupMode } from './clean.js';
export { suggestType } from './type-suggestion.js';

export type { ExemptionKind, MessageConvention, TemplateSettings } from './convention.js';
import type { ExemptionKind } from './convention.js';

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
  /**
   * Whether the commit has two or more parents, when known (pre-push reads it from git). A commit
   * known not to be a merge never gets the `merge` exemption, whatever its first line says.
   */
  readonly mergeCommit?: boolean;
  /**
   * Whether the commit has left its clone (pre-push, pre-receive, `check`): a `fixup!`, `squash!`
   * or `amend!` first line is then exempt only when what follows the prefix (the subject of the
   * commit git would squash it into) passes itself; `fixup! anything` is checked like any line.
   */
  readonly listed?: boolean;
  /** The task id of the current branch (see `parseBranchTask`), for the corrected example of a rejection. */
  readonly branchTaskId?: string;
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

/**
 * Git's cleanup=strip of a message file: comment lines (by `commentChar`, default `#`, `auto`
 * detected as git does), the scissors line and everything below, trailing whitespace of lines,
 * leading/trailing blank lines, runs of blank lines collapsed. Returns exactly what git stores:
 * '' or text ending with one newline. Never throws; linear time.
 */
export function cleanCommitMessage(raw: string, commentChar?: string): string {
  return cleanMessageAs(raw, commentChar, 'strip');
}

function checkUnsafe(raw: string, rules: MessageConvention, options: MessageCheckOptions): MessageCheckResult {
  const cleaned = cleanMessageAs(raw, options.commentChar, options.cleanup ?? 'strip');
  const violations = checkText(cleaned);
  // Nothing is left to read (message-empty): no other rule, and no example built from nothing.
  if (cleaned.trim() === '') return { status: 'rejected', cleaned, violations };
  const body = cleaned.endsWith('\n') ? cleaned.slice(0, -1) : cleaned;
  const lines = body.split('\n');
  const headerLine = lines[0] ?? '';
  const exemption = matchExemption(headerLine, options.mergeCommit === false ? rules.exempt.filter((kind) => kind !== 'merge') : rules.exempt);
  if (exemption !== undefined && violations.length === 0 && (options.listed !== true || autosquashTargetPasses(exemption, headerLine, rules, options))) {
    return { status: 'exempt', cleaned, exemption, violations: [] };
  }

  const header = readHeader(headerLine, rules);
  violations.push(...checkMessageFacts({ lines, header, rules }));
  const { parts } = header;
  if (violations.length === 0 && parts.type !== undefined && parts.taskId !== undefined && parts.mode !== undefined) {
    const parsed: ParsedHeader = { type: parts.type, ...(parts.scope !== undefined && { scope: parts.scope }), ...(parts.breaking === true && { breaking: true }), subject: parts.subject, taskId: parts.taskId, mode: parts.mode };
    return { status: 'accepted', cleaned, header: parsed, violations };
  }
  const exampleHeader = buildExampleHeader(parts, rules, options.branchTaskId !== undefined ? { branchTaskId: options.branchTaskId } : {});
  const bodyLines = lines.slice(lines[1] === '' ? 2 : 1);
  const example = buildExampleMessage(exampleHeader, bodyLines, rules);
  return { status: 'rejected', cleaned, violations, example, exampleHeader };
}

/**
 * For a listed commit: true unless `exemption` is an autosquash one (`fixup! <subject>`) whose
 * subject, the first line of the commit it targets, would not pass (git writes the target's own
 * subject, which was checked; a made-up one has no commit to be squashed into).
 */
function autosquashTargetPasses(exemption: ExemptionKind, headerLine: string, rules: MessageConvention, options: MessageCheckOptions): boolean {
  if (exemption !== 'fixup' && exemption !== 'squash' && exemption !== 'amend') return true;
  const target = headerLine.slice(headerLine.indexOf('! ') + 2);
  return checkUnsafe(target, rules, { ...options, cleanup: 'verbatim' }).status !== 'rejected';
}

/**
 * Cleans `raw` as git will, then: empty -> rejected (`message-empty`); a git-generated first
 * line enabled in `rules.exempt` -> exempt; otherwise every header and body rule runs and each
 * broken part gets its own violation, plus one corrected example. Never throws, for any string
 * (a failure inside is reported as a rejection, never lost); linear in the message length.
 */
export function checkCommitMessage(raw: string, rules: MessageConvention, options: MessageCheckOptions = {}): MessageCheckResult {
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

// The commit-message checks as one typed table: every rule code's check, gathered from one small
// table per family. The compiler demands a check for every code of codes.ts (but `internal-error`,
// which the checker reports itself); the codes' descriptions, from which the README's rule table
// is generated, are in codes.ts. A new rule: its code and description there, its check in its
// family's table.
import type { Violation } from '../../violation.js';
import { CHARACTER_RULES } from './characters.js';
import { MESSAGE_RULE_CODES, type Finding, type MessageCheck, type MessageFacts, type MessageRuleCode, type RuleCode, type TextCheck, type TextRuleCode, type Verdict } from './codes.js';
import { LAYOUT_RULES } from './layout.js';
import { SCOPE_RULES } from './scope.js';
import { TAG_PLACEMENT_RULES } from './tag-placement.js';
import { TASK_ID_AND_MODE_RULES } from './task-id-and-mode.js';
import { TEXT_RULES } from './text.js';
import { TYPE_AND_SUBJECT_RULES } from './type-and-subject.js';

export { MESSAGE_RULE_CODES, MESSAGE_RULES, type Finding, type MessageFacts, type RuleCode } from './codes.js';

/** The checks over the cleaned text. */
export const TEXT_CHECKS: { readonly [Code in TextRuleCode]: TextCheck } = TEXT_RULES;

/** The checks over the message as read. */
export const MESSAGE_CHECKS: { readonly [Code in MessageRuleCode]: MessageCheck } = {
  ...CHARACTER_RULES,
  ...TYPE_AND_SUBJECT_RULES,
  ...SCOPE_RULES,
  ...TASK_ID_AND_MODE_RULES,
  ...TAG_PLACEMENT_RULES,
  ...LAYOUT_RULES,
};

function addViolations(out: Violation[], rule: RuleCode, verdict: Verdict): void {
  if (verdict === undefined) return;
  for (const finding of Array.isArray(verdict) ? (verdict as readonly Finding[]) : [verdict as Finding]) {
    out.push({ rule, severity: 'error', message: finding.message, hint: finding.hint, line: finding.line ?? 1 });
  }
}

/** Runs `checks` over `input`: the violations in report order (the order of MESSAGE_RULE_CODES). */
function runChecks<Input>(checks: Partial<Record<RuleCode, (input: Input) => Verdict>>, input: Input): Violation[] {
  const out: Violation[] = [];
  for (const code of MESSAGE_RULE_CODES) {
    const check = checks[code];
    if (check !== undefined) addViolations(out, code, check(input));
  }
  return out;
}

/** The violations of the rules over the cleaned text, in report order. */
export function checkText(cleaned: string): Violation[] {
  return runChecks<string>(TEXT_CHECKS, cleaned);
}

/** The violations of the rules over the message as read, in report order. */
export function checkMessageFacts(facts: MessageFacts): Violation[] {
  return runChecks<MessageFacts>(MESSAGE_CHECKS, facts);
}

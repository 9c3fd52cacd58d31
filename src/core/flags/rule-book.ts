// What the report formatters are given of the flag rules: the order findings are reported in and
// the rule table. The hooks pass it in, so the report layer imports no core code, only its types.
import { compareFindings, type FlagFinding } from './finding.js';
import { FLAG_RULE_CODES, FLAG_RULES, type FlagRuleSpec } from './rule-codes.js';

/** The flag domain as a report needs it. */
export interface FlagRuleBook {
  /** The order findings are reported in (file, line, column, rule, ...). */
  readonly order: (a: FlagFinding, b: FlagFinding) => number;
  /** Every flag rule, in table order: its code, one sentence, its default severity (SARIF's tool.driver.rules). */
  readonly rules: readonly { readonly id: string; readonly description: string; readonly severity: FlagRuleSpec['severity'] }[];
}

/** The rule book of the flag rules (FLAG_RULES) and findings (compareFindings). */
export function readFlagRuleBook(): FlagRuleBook {
  return {
    order: compareFindings,
    rules: FLAG_RULE_CODES.map((id) => ({ id, description: FLAG_RULES[id].description, severity: FLAG_RULES[id].severity })),
  };
}

// The flag check's result as the formatters receive it (one module each: flag-text.ts,
// flag-json.ts, flag-sarif.ts, flag-github.ts), apart from flag-report.ts, which picks among them.
import type { FlagFinding } from '../core/flags/finding.js';
import type { FlagRuleBook } from '../core/flags/rule-book.js';
import type { SuppressedFinding } from '../core/flags/rules.js';

export interface FlagReport {
  /** What is reported (after suppressions and the baseline), in any order. */
  readonly findings: readonly FlagFinding[];
  /** Silenced by `prove-allow-flag:` comments. */
  readonly suppressed: readonly SuppressedFinding[];
  /** Accepted by the baseline file. */
  readonly baselined: readonly FlagFinding[];
  /** Every reference the change adds (`scan --references`), when asked for. */
  readonly references?: readonly ReferenceRow[];
}

/** One reference on an added line, with what the registry says of its flag. */
export interface ReferenceRow {
  /** Null for a dynamic key (kind `dynamic`), whose `expression` says what the code computes. */
  readonly flag: string | null;
  readonly expression?: string;
  readonly file: string;
  readonly line: number;
  readonly column: number | null;
  readonly kind: string;
  /** The registry status (`active`, `deprecated`, `archived`), `expired`, or `unknown`. */
  readonly status: string;
}

export interface FlagReportOptions {
  /** ANSI colour in text output (decided by the caller with shouldUseColor, src/report/colors.ts). */
  readonly color?: boolean;
  /** prove-hooks version, for SARIF's tool.driver. */
  readonly version: string;
  /** The order of findings and the rule table (core/flags/rule-book.ts), passed in by the caller. */
  readonly ruleBook: FlagRuleBook;
}

// The flag check's result as the formatters receive it, and the choice of format.
import type { FlagFinding } from '../core/flags/finding.js';
import type { FlagRuleBook } from '../core/flags/rule-book.js';
import type { SuppressedFinding } from '../core/flags/rules.js';
import { formatFlagGithub } from './flag-github.js';
import { formatFlagJson } from './flag-json.js';
import { formatFlagSarif } from './flag-sarif.js';
import { formatFlagText } from './flag-text.js';

export const FLAG_REPORT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type FlagReportFormat = (typeof FLAG_REPORT_FORMATS)[number];

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

/** Formats a report; every format ends with a newline (github: empty when nothing to say). */
export function formatFlagReport(report: FlagReport, format: FlagReportFormat, options: FlagReportOptions): string {
  switch (format) {
    case 'text':
      return formatFlagText(report, options);
    case 'json':
      return formatFlagJson(report, options.ruleBook);
    case 'sarif':
      return formatFlagSarif(report, options);
    case 'github':
      return formatFlagGithub(report, options.ruleBook);
  }
}

/** The line `scan --update-baseline` prints (on stderr, so a JSON or SARIF report on stdout stays clean). */
export function formatBaselineWritten(path: string, entries: number, scanned: string): string {
  return `prove-hooks: wrote ${path}: ${entries} accepted finding${entries === 1 ? '' : 's'} from ${scanned}. Commit it; only new findings are reported from now on.\n`;
}

// The choice of format for the flag check's result (flag-report-input.ts) and the lines around it.
import { formatFlagGithub } from './flag-github.js';
import { formatFlagJson } from './flag-json.js';
import { formatFlagSarif } from './flag-sarif.js';
import { formatFlagText } from './flag-text.js';
import type { FlagReport, FlagReportOptions } from './flag-report-input.js';

export type { FlagReport, FlagReportOptions, ReferenceRow } from './flag-report-input.js';

export const FLAG_REPORT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type FlagReportFormat = (typeof FLAG_REPORT_FORMATS)[number];

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

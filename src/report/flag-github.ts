// GitHub Actions workflow commands: one `::error file=..,line=..,title=..::message` annotation per
// finding, escaped as the runner expects.
import type { FlagRuleBook } from '../core/flags/rule-book.js';
import type { FlagReport } from './flag-report-input.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes a command's message: `%`, CR and LF. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus `:` and `,`, which end a property. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation line per finding (suppressed and baselined ones are not annotated). */
export function formatFlagGithub(report: FlagReport, ruleBook: Pick<FlagRuleBook, 'order'>): string {
  const lines = [...report.findings].sort(ruleBook.order).map((finding) => {
    const properties = [
      `file=${escapeGithubProperty(finding.file)}`,
      ...(finding.line === undefined ? [] : [`line=${finding.line}`]),
      ...(finding.column === undefined ? [] : [`col=${finding.column}`]),
      `title=${escapeGithubProperty(`${finding.rule}${finding.flag === undefined ? '' : ` ${finding.flag}`}`)}`,
    ];
    const message = finding.hint ? `${finding.message}\n${finding.hint}` : finding.message;
    return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeGithubData(message)}`;
  });
  for (const row of report.references ?? []) {
    const properties = [
      `file=${escapeGithubProperty(row.file)}`,
      `line=${row.line}`,
      ...(row.column === null ? [] : [`col=${row.column}`]),
      `title=${escapeGithubProperty(`flag-reference ${row.flag ?? row.expression ?? ''}`)}`,
    ];
    lines.push(`::notice ${properties.join(',')}::${escapeGithubData(`${row.kind}, ${row.status}`)}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

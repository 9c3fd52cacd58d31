// Text output of the flag check: findings grouped per file, each with its fix, then a summary.
import type { FlagFinding } from '../core/flags/finding.js';
import type { FlagReport, FlagReportOptions } from './flag-report-input.js';
import { escapeControlChars, quoteName } from './terminal-text.js';

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

/** Human-readable report. Empty string when there is nothing at all to say. */
export function formatFlagText(report: FlagReport, options: Pick<FlagReportOptions, 'color' | 'ruleBook'>): string {
  const paint = (code: keyof typeof COLORS, text: string): string => (options.color ? `${COLORS[code]}${text}${COLORS.reset}` : text);
  const findings = [...report.findings].sort(options.ruleBook.order);
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const finding of findings) {
    if (finding.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      currentFile = finding.file;
      // Names, keys and hints come from the repository: escaped (terminal-text.ts).
      lines.push(paint('bold', quoteName(finding.file)));
    }
    lines.push(formatLine(finding, paint));
    if (finding.hint) lines.push(`      ${paint('dim', `fix: ${escapeControlChars(finding.hint)}`)}`);
  }
  const summary = summarize(report);
  if (report.references !== undefined) {
    if (lines.length > 0) lines.push('');
    lines.push(paint('bold', `references (${report.references.length}):`));
    for (const row of report.references) {
      lines.push(`  ${row.file}:${row.line}${row.column === null ? '' : `:${row.column}`}  ${row.flag ?? row.expression ?? ''}  ${paint('dim', `${row.kind}, ${row.status}`)}`);
    }
  }
  if (lines.length === 0 && summary === '') return '';
  if (lines.length > 0) lines.push('');
  lines.push(summary === '' ? 'flags: no problems' : `flags: ${summary}`);
  return `${lines.join('\n')}\n`;
}

function formatLine(finding: FlagFinding, paint: (code: keyof typeof COLORS, text: string) => string): string {
  const where = finding.line === undefined ? '' : `${finding.line}${finding.column === undefined ? '' : `:${finding.column}`}`;
  return `  ${where.padEnd(8)}${paint(finding.severity, finding.severity.padEnd(8))}${escapeControlChars(finding.message)}  ${paint('dim', finding.rule)}`;
}

/** `2 errors, 1 warning (3 suppressed, 1 in baseline)`, or '' when everything is zero. */
export function summarize(report: FlagReport): string {
  const count = (severity: string): number => report.findings.filter((f) => f.severity === severity).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    count('error') > 0 ? plural(count('error'), 'error') : '',
    count('warning') > 0 ? plural(count('warning'), 'warning') : '',
    count('info') > 0 ? `${count('info')} info` : '',
  ].filter(Boolean);
  const quiet = [
    report.suppressed.length > 0 ? `${report.suppressed.length} suppressed` : '',
    report.baselined.length > 0 ? `${report.baselined.length} in baseline` : '',
  ].filter(Boolean);
  if (parts.length === 0 && quiet.length === 0) return '';
  return `${parts.length === 0 ? 'no problems' : parts.join(', ')}${quiet.length === 0 ? '' : ` (${quiet.join(', ')})`}`;
}

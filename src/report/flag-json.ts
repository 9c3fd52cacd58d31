// JSON output of the flag check: a versioned document whose findings carry at least rule,
// severity, flag, file, line, message and fingerprint (null when not applicable).
import type { FlagFinding } from '../core/flags/finding.js';
import type { FlagRuleBook } from '../core/flags/rule-book.js';
import type { FlagReport } from './flag-report-input.js';

/** The JSON shape of one finding: every key always present, in a fixed order. */
export interface FlagFindingJson {
  readonly rule: string;
  readonly severity: string;
  readonly flag: string | null;
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  /** How the code names the flag: call, alias-read, jsx, env, comment or custom. */
  readonly kind: string | null;
  /** The key expression of a flag-dynamic-key finding. */
  readonly expression: string | null;
  readonly message: string;
  readonly hint: string | null;
  readonly fingerprint: string;
}

export function toFindingJson(finding: FlagFinding): FlagFindingJson {
  return {
    rule: finding.rule,
    severity: finding.severity,
    flag: finding.flag ?? null,
    file: finding.file,
    line: finding.line ?? null,
    column: finding.column ?? null,
    kind: finding.kind ?? null,
    expression: finding.expression ?? null,
    message: finding.message,
    hint: finding.hint ?? null,
    fingerprint: finding.fingerprint,
  };
}

/** `{ version, summary, findings, suppressed, baselined }`, pretty-printed, ending with a newline. */
export function formatFlagJson(report: FlagReport, ruleBook: Pick<FlagRuleBook, 'order'>): string {
  const findings = [...report.findings].sort(ruleBook.order);
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  const document = {
    version: 1,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      suppressed: report.suppressed.length,
      baselined: report.baselined.length,
    },
    findings: findings.map(toFindingJson),
    suppressed: report.suppressed.map(({ finding, reason }) => ({ ...toFindingJson(finding), reason })),
    baselined: [...report.baselined].sort(ruleBook.order).map(toFindingJson),
    ...(report.references === undefined ? {} : { references: report.references }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

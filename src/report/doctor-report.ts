// The text and JSON `prove-hooks doctor` prints: one line per finding, the fix under each
// problem and warning, and a last line with the verdict and the exit code.
import type { DoctorFinding, DoctorStatus } from '../core/doctor/finding.js';

/** The JSON report's schema version (README, `prove-hooks doctor --json`). Bump on incompatible changes. */
export const DOCTOR_REPORT_SCHEMA_VERSION = 1;

const MARKS: Readonly<Record<DoctorStatus, string>> = { ok: 'ok     ', warning: 'warning', problem: 'PROBLEM' };

/** The text report. Ends with a newline. */
export function formatDoctorReport(findings: readonly DoctorFinding[], exitCode: number): string {
  const lines = ['prove-hooks doctor'];
  for (const finding of findings) {
    lines.push(`  ${MARKS[finding.status]}  ${finding.check}: ${finding.message}`);
    if (finding.fix !== undefined && finding.status !== 'ok') lines.push(`           fix: ${finding.fix}`);
  }
  const problems = findings.filter((finding) => finding.status === 'problem').length;
  const warnings = findings.filter((finding) => finding.status === 'warning').length;
  lines.push(
    '',
    problems === 0
      ? `All is well${warnings === 0 ? '' : ` (${plural(warnings, 'warning')} to look at)`}.`
      : `${plural(problems, 'problem')}${warnings === 0 ? '' : `, ${plural(warnings, 'warning')}`} (exit ${exitCode}).`,
  );
  return `${lines.join('\n')}\n`;
}

/** The JSON report (README: "prove-hooks doctor --json"). Ends with a newline. */
export function formatDoctorJson(findings: readonly DoctorFinding[], exitCode: number): string {
  const count = (status: DoctorStatus) => findings.filter((finding) => finding.status === status).length;
  const report = {
    schemaVersion: DOCTOR_REPORT_SCHEMA_VERSION,
    ok: count('problem') === 0,
    exitCode,
    problems: count('problem'),
    warnings: count('warning'),
    findings: findings.map((finding) => ({
      check: finding.check,
      status: finding.status,
      message: finding.message,
      ...(finding.kind === undefined ? {} : { kind: finding.kind }),
      ...(finding.fix === undefined ? {} : { fix: finding.fix }),
      ...(finding.path === undefined ? {} : { path: finding.path }),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

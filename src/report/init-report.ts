// The text `prove-hooks init` prints: one line per step, then what to do next.
import type { InitReport, StepChange } from '../install/init.js';

const MARKS: Readonly<Record<StepChange, string>> = {
  created: '+',
  added: '+',
  updated: '~',
  unchanged: '=',
  present: '=',
  skipped: '-',
  warning: '!',
  failed: 'x',
};

/** Human-readable report of an init run. Ends with a newline. */
export function formatInitReport(report: InitReport): string {
  const width = Math.max(...report.steps.map((step) => step.target.length));
  const lines = [
    `prove-hooks init in ${report.topLevel}${report.packageDir === '' ? '' : ` (package in ${report.packageDir}/)`}`,
    ...report.steps.map((step) => `  ${MARKS[step.change]} ${step.target.padEnd(width)}  ${step.change}: ${step.detail}`),
  ];
  if (report.ok) {
    lines.push(
      '',
      `Done. Commit ${report.huskyDir}/ and the package files; every clone gets the hooks on \`npm install\`.`,
      'Skip the checks once with PROVE_SKIP=1 (or git commit --no-verify).',
    );
  } else {
    lines.push('', 'Some steps failed (x above): fix them and run `prove-hooks init` again.');
  }
  return `${lines.join('\n')}\n`;
}

/** The JSON form (`--json`): the report itself. Ends with a newline. */
export function formatInitJson(report: InitReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Human-readable report of an uninstall run. Ends with a newline. */
export function formatUninstallReport(report: InitReport): string {
  const width = Math.max(...report.steps.map((step) => step.target.length));
  const lines = [
    `prove-hooks uninstall in ${report.topLevel}${report.packageDir === '' ? '' : ` (package in ${report.packageDir}/)`}`,
    ...report.steps.map((step) => `  ${MARKS[step.change]} ${step.target.padEnd(width)}  ${step.detail}`),
    '',
    report.ok
      ? `Done. Commit the changes to ${report.huskyDir}/ and package.json, then \`npm uninstall prove-hooks\`.`
      : 'Some steps failed (x above): fix them and run `prove-hooks uninstall` again.',
  ];
  return `${lines.join('\n')}\n`;
}

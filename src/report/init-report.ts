// The text `prove-hooks init` prints: one line per step, then what to do next.

export type StepChange = 'created' | 'added' | 'updated' | 'unchanged' | 'present' | 'skipped' | 'warning' | 'failed';

export interface InitStep {
  /** What the step is about: a path relative to the top of the work tree, or a setting. */
  readonly target: string;
  readonly change: StepChange;
  readonly detail: string;
}

export interface InitReport {
  /** Top of the work tree (absolute). */
  readonly topLevel: string;
  /** Folder of package.json, relative to the top ('' when it is the top). */
  readonly packageDir: string;
  /** The husky directory the hooks live in, relative to the top. */
  readonly huskyDir: string;
  readonly steps: readonly InitStep[];
  /** False when a step failed: the hooks may not be active yet. */
  readonly ok: boolean;
}

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

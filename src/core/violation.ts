// A rule violation is a value, never an exception: every check returns a list of these.

export type ViolationSeverity = 'error' | 'warning' | 'info';

export interface Violation {
  /** Stable rule code, e.g. `type-unknown`, `flag-unknown`. Part of the public contract. */
  readonly rule: string;
  readonly severity: ViolationSeverity;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** How to fix it (did-you-mean, a corrected example). */
  readonly hint?: string;
  /** Repository-relative path, when the violation is about a file. */
  readonly file?: string;
  /** 1-based line (in the new file for added lines, the old file for removed ones). */
  readonly line?: number;
  /** 1-based column. */
  readonly column?: number;
}

/** True when any violation blocks (severity error). */
export function hasBlockingViolation(violations: readonly Violation[]): boolean {
  return violations.some((violation) => violation.severity === 'error');
}

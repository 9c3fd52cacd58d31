// Pure: what `prove-hooks doctor` found, as values (one finding per thing checked), and the one
// rule that turns the findings into the exit code.
import { ExitCode } from '../../errors.js';

/** The doctor's checks, by the name the text and JSON reports use. */
export type DoctorCheck =
  | 'git'
  | 'repository'
  | 'hooks-path'
  | 'husky-runner'
  | 'sparse-checkout'
  | 'hook-file'
  | 'binary'
  | 'shadowed-hook'
  | 'config'
  | 'registry'
  | 'state';

/**
 * - `ok`: checked and well.
 * - `warning`: may be a problem the doctor cannot decide (it says why); does not change the exit code.
 * - `problem`: something does not work; `fix` says how to fix it.
 */
export type DoctorStatus = 'ok' | 'warning' | 'problem';

/**
 * What kind of problem, for the exit code: `environment` (git missing or too old, not in a
 * repository: 4), `config` (the config or the registry is invalid: 3), `setup` (the hooks would
 * not run or not check: 1).
 */
export type DoctorProblemKind = 'environment' | 'config' | 'setup';

export interface DoctorFinding {
  readonly check: DoctorCheck;
  readonly status: DoctorStatus;
  /** One line: what was found (a file, a value, a version). */
  readonly message: string;
  /** How to fix it (problems and warnings). */
  readonly fix?: string;
  /** The file or folder the finding is about, when there is one (absolute, or relative to the top of the work tree). */
  readonly path?: string;
  /** Set on problems: decides the exit code. */
  readonly kind?: DoctorProblemKind;
}

/** A finding that all is well. */
export function okFinding(check: DoctorCheck, message: string, path?: string): DoctorFinding {
  return { check, status: 'ok', message, ...(path === undefined ? {} : { path }) };
}

/** A problem with its fix. */
export function problemFinding(check: DoctorCheck, kind: DoctorProblemKind, message: string, fix: string, path?: string): DoctorFinding {
  return { check, status: 'problem', kind, message, fix, ...(path === undefined ? {} : { path }) };
}

/** A warning with what to look at. */
export function warningFinding(check: DoctorCheck, message: string, fix: string, path?: string): DoctorFinding {
  return { check, status: 'warning', message, fix, ...(path === undefined ? {} : { path }) };
}

/**
 * The doctor's exit code: 0 when there is no problem (warnings allowed); otherwise the most
 * severe kind among the problems: 4 (environment) before 3 (config or registry invalid) before
 * 1 (a set-up problem: hooks that would not run or not check, a damaged state file).
 */
export function decideDoctorExit(findings: readonly DoctorFinding[]): ExitCode {
  const kinds = new Set(findings.filter((finding) => finding.status === 'problem').map((finding) => finding.kind ?? 'setup'));
  if (kinds.has('environment')) return ExitCode.ENVIRONMENT;
  if (kinds.has('config')) return ExitCode.CONFIG;
  if (kinds.size > 0) return ExitCode.VIOLATION;
  return ExitCode.OK;
}

// The error taxonomy: every error the tool itself can raise, its severity, its recovery, and the
// exit codes that are part of the public contract. Rule violations are values, not errors.

/** Exit codes: fixed, documented in the README, tested. Never renumber. */
export const ExitCode = {
  /** Everything checked passed (warnings may have been printed). */
  OK: 0,
  /** A policy was violated: bad message, forbidden flag, or (bench) a regression. */
  VIOLATION: 1,
  /** The command line was wrong: unknown command or flag, missing argument. */
  USAGE: 2,
  /** The configuration or the flag registry is invalid or missing. */
  CONFIG: 3,
  /** The environment failed: git missing or failing, a file unreadable. */
  ENVIRONMENT: 4,
  /** `bench` only: the comparison could not decide (too noisy, baseline unusable). */
  INCONCLUSIVE: 5,
  /** A bug in prove-hooks itself. */
  INTERNAL: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type Severity = 'low' | 'medium' | 'high' | 'critical';

/**
 * What the tool does about an error of this kind:
 * - `rebuild`: derived state (a cache, a log) is discarded and rebuilt; the run continues.
 * - `skip-and-report`: the affected item is skipped, the skip is reported, the run continues.
 * - `fail`: the run stops with the kind's exit code; the user has to act.
 */
export type Recovery = 'rebuild' | 'skip-and-report' | 'fail';

export type ErrorKind =
  | 'config'
  | 'validation'
  | 'git'
  | 'file-read'
  | 'registry'
  | 'detection'
  | 'cache'
  | 'baseline'
  | 'internal';

export interface ErrorKindInfo {
  readonly severity: Severity;
  readonly recovery: Recovery;
  readonly exitCode: ExitCode;
  readonly description: string;
}

/** The taxonomy itself: one row per kind. */
export const ERROR_KINDS: Readonly<Record<ErrorKind, ErrorKindInfo>> = {
  config: {
    severity: 'high',
    recovery: 'fail',
    exitCode: ExitCode.CONFIG,
    description: 'The configuration file is missing a required value, has a wrong value, or cannot be parsed.',
  },
  validation: {
    severity: 'medium',
    recovery: 'fail',
    exitCode: ExitCode.USAGE,
    description: 'The command line or an input given to the tool is not of the expected form.',
  },
  git: {
    severity: 'high',
    recovery: 'fail',
    exitCode: ExitCode.ENVIRONMENT,
    description: 'git is missing, too old, or a git command failed.',
  },
  'file-read': {
    severity: 'high',
    recovery: 'fail',
    exitCode: ExitCode.ENVIRONMENT,
    description: 'A file the tool needs could not be read.',
  },
  registry: {
    severity: 'high',
    recovery: 'fail',
    exitCode: ExitCode.CONFIG,
    description: 'The feature-flag registry is missing or malformed (the check fails closed).',
  },
  detection: {
    severity: 'medium',
    recovery: 'skip-and-report',
    exitCode: ExitCode.CONFIG,
    description: 'A flag pattern cannot be used safely (e.g. catastrophic backtracking) or an input is too large to scan.',
  },
  cache: {
    severity: 'low',
    recovery: 'rebuild',
    exitCode: ExitCode.OK,
    description: 'A cache file is corrupt, foreign or stale; it is discarded and rebuilt.',
  },
  baseline: {
    severity: 'medium',
    recovery: 'rebuild',
    exitCode: ExitCode.INCONCLUSIVE,
    description: 'A timing log or benchmark baseline is corrupt or from another machine.',
  },
  internal: {
    severity: 'critical',
    recovery: 'fail',
    exitCode: ExitCode.INTERNAL,
    description: 'A bug in prove-hooks.',
  },
};

export interface ProveErrorOptions {
  /** How to fix it, in one or two lines the user can act on. */
  hint?: string;
  cause?: unknown;
  /** Overrides the kind's default exit code (e.g. a baseline error inside `bench`). */
  exitCode?: ExitCode;
}

/**
 * Marks a ProveError so that one made by another bundle of this module (the bin's `bench`
 * command is built as its own file) is still recognised as one, not reported as a bug.
 */
const PROVE_ERROR_BRAND = Symbol.for('prove-hooks.error');

/** Base class of every error the tool raises on purpose. */
export class ProveError extends Error {
  readonly kind: ErrorKind;
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;

  constructor(kind: ErrorKind, message: string, options: ProveErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    Object.defineProperty(this, PROVE_ERROR_BRAND, { value: true });
    this.name = 'ProveError';
    this.kind = kind;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ERROR_KINDS[kind].exitCode;
  }

  get severity(): Severity {
    return ERROR_KINDS[this.kind].severity;
  }

  get recovery(): Recovery {
    return ERROR_KINDS[this.kind].recovery;
  }
}

export class ConfigError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions) {
    super('config', message, options);
    this.name = 'ConfigError';
  }
}
export class ValidationError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions) {
    super('validation', message, options);
    this.name = 'ValidationError';
  }
}
export class GitError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions) {
    super('git', message, options);
    this.name = 'GitError';
  }
}
export class FileReadError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions) {
    super('file-read', message, options);
    this.name = 'FileReadError';
  }
}
export class RegistryError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions) {
    super('registry', message, options);
    this.name = 'RegistryError';
  }
}
export class DetectionError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions) {
    super('detection', message, options);
    this.name = 'DetectionError';
  }
}
export class CacheError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions) {
    super('cache', message, options);
    this.name = 'CacheError';
  }
}
export class BaselineError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions) {
    super('baseline', message, options);
    this.name = 'BaselineError';
  }
}
export class InternalError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions) {
    super('internal', message, options);
    this.name = 'InternalError';
  }
}

/**
 * A recovery made on purpose (a damaged cache rebuilt, an unwritable one skipped): printed as
 * `message`, recorded in the run record and counted by `prove-hooks perf`, so a cache that
 * rebuilds on every commit shows.
 */
export interface RecoveryNotice {
  readonly kind: ErrorKind;
  readonly recovery: Recovery;
  /** What was recovered, as a short stable name, e.g. `config-cache`. */
  readonly what: string;
  /** The line for stderr. */
  readonly message: string;
}

/** Wraps anything thrown into a ProveError: known errors pass through, the rest are internal. */
export function toProveError(error: unknown): ProveError {
  if (error instanceof ProveError || isBrandedProveError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InternalError(message, {
    cause: error,
    hint: 'This is a bug in prove-hooks. Re-run with PROVE_DEBUG=1 and report the output.',
  });
}

/** A ProveError from another copy of this module: branded, with a known kind and exit code. */
function isBrandedProveError(error: unknown): error is ProveError {
  if (typeof error !== 'object' || error === null || (error as Record<symbol, unknown>)[PROVE_ERROR_BRAND] !== true) return false;
  const { kind, exitCode } = error as { kind?: unknown; exitCode?: unknown };
  return typeof kind === 'string' && kind in ERROR_KINDS && typeof exitCode === 'number';
}

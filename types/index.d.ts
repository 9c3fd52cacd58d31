// The types of prove-hooks' public API (dist/index.mjs): the error taxonomy and exit codes of
// src/errors.ts and `runCli` of src/cli/run.ts. Written by hand, kept equal to the sources by
// test/unit/public-api.ts (checked by `npm run typecheck`, part of `npm test`).

/** Exit codes: fixed, documented in the README, tested. Never renumber. */
export declare const ExitCode: {
  /** Everything checked passed (warnings may have been printed). */
  readonly OK: 0;
  /** A policy was violated: bad message, forbidden flag, or (bench) a regression. */
  readonly VIOLATION: 1;
  /** The command line was wrong: unknown command or flag, missing argument. */
  readonly USAGE: 2;
  /** The configuration or the flag registry is invalid or missing. */
  readonly CONFIG: 3;
  /** The environment failed: git missing or failing, a file unreadable. */
  readonly ENVIRONMENT: 4;
  /** `bench` only: the comparison could not decide (too noisy, baseline unusable). */
  readonly INCONCLUSIVE: 5;
  /** A bug in prove-hooks itself. */
  readonly INTERNAL: 70;
};
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type Severity = 'low' | 'medium' | 'high' | 'critical';

/**
 * What the tool does about an error of this kind: `rebuild` derived state and go on,
 * `skip-and-report` the affected item, or `fail` with the kind's exit code.
 */
export type Recovery = 'rebuild' | 'skip-and-report' | 'fail';

export type ErrorKind = 'config' | 'validation' | 'git' | 'file-read' | 'registry' | 'detection' | 'cache' | 'baseline' | 'internal';

export interface ErrorKindInfo {
  readonly severity: Severity;
  readonly recovery: Recovery;
  readonly exitCode: ExitCode;
  readonly description: string;
}

/** The taxonomy itself: one row per kind. */
export declare const ERROR_KINDS: Readonly<Record<ErrorKind, ErrorKindInfo>>;

export interface ProveErrorOptions {
  /** How to fix it, in one or two lines the user can act on. */
  hint?: string;
  cause?: unknown;
  /** Overrides the kind's default exit code. */
  exitCode?: ExitCode;
}

/** Base class of every error the tool raises on purpose. */
export declare class ProveError extends Error {
  readonly kind: ErrorKind;
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;
  constructor(kind: ErrorKind, message: string, options?: ProveErrorOptions);
  get severity(): Severity;
  get recovery(): Recovery;
}
export declare class ConfigError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions);
}
export declare class ValidationError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions);
}
export declare class GitError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions);
}
export declare class FileReadError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions);
}
export declare class RegistryError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions);
}
export declare class DetectionError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions);
}
export declare class CacheError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions);
}
export declare class BaselineError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions);
}
export declare class InternalError extends ProveError {
  constructor(message: string, options?: ProveErrorOptions);
}

/** Wraps anything thrown into a ProveError: known errors pass through, the rest are internal. */
export declare function toProveError(error: unknown): ProveError;

/** The process edges a CLI run uses; pass your own to run a command in process. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** Runs the CLI with the given argv (without node and script) and returns the exit code. Never throws for a user mistake. */
export declare function runCli(argv: readonly string[], io: CommandIo): Promise<ExitCode>;

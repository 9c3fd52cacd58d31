// Turns a ProveError into the text the user sees: message and fix, no stack unless PROVE_DEBUG=1.
import type { ProveError } from '../errors.js';

export interface ErrorOutputOptions {
  /** PROVE_DEBUG=1: add the stack trace and the cause chain. */
  readonly debug: boolean;
}

/** Formats an error for stderr. Ends with a newline. */
export function formatError(error: ProveError, options: ErrorOutputOptions): string {
  const label = error.kind === 'validation' ? 'usage' : error.kind;
  const lines = [`prove-hooks: ${label} error: ${error.message}`];
  if (error.hint) lines.push(`  fix: ${error.hint}`);
  if (options.debug) {
    lines.push(error.stack ?? '');
    let cause: unknown = error.cause;
    while (cause !== undefined) {
      lines.push(`caused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
      cause = cause instanceof Error ? cause.cause : undefined;
    }
  } else if (error.kind === 'internal') {
    lines.push('  (run with PROVE_DEBUG=1 for the stack trace)');
  }
  return `${lines.join('\n')}\n`;
}

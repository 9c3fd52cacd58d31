// Quoting for POSIX sh, for the commands the reports print and the hook blocks init writes.

/** Quotes a string for POSIX sh (single quotes; an embedded quote becomes '\\''). */
export function quoteShell(text: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

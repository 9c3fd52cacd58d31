// The one line of a file an error message may quote: escaped (no control character reaches the
// terminal) and cut to a window around the column at fault. A config or registry error never
// prints more of a file than this (a file may be anything: a secret, a whole environment).

/** Most characters of a file's line an error message quotes (before escaping). */
export const MAX_EXCERPT_CHARS = 80;

/** A quoted line: its text, and where the caret goes under it (0-based, in `text`). */
export interface Excerpt {
  readonly text: string;
  readonly caret: number;
}

/**
 * Line `lineNumber` (1-based) of `content`, at most {@link MAX_EXCERPT_CHARS} characters around
 * `column` (1-based), with `…` where it was cut, and every control, format or separator
 * character written as `\xHH` or `\uHHHH`. Pure.
 */
export function formatExcerpt(content: string, lineNumber: number, column: number): Excerpt {
  const lines = content.split('\n');
  const line = (lines[lineNumber - 1] ?? '').replace(/\r$/, '');
  const at = Math.max(0, Math.min(column - 1, line.length));
  const start = Math.max(0, Math.min(at - MAX_EXCERPT_CHARS / 2, line.length - MAX_EXCERPT_CHARS));
  const end = Math.min(line.length, start + MAX_EXCERPT_CHARS);
  const head = start > 0 ? '…' : '';
  const before = escapeExcerpt(line.slice(start, at));
  return { text: `${head}${before}${escapeExcerpt(line.slice(at, end))}${end < line.length ? '…' : ''}`, caret: head.length + before.length };
}

/** `text` with every character a terminal could act on (controls, bidi, separators) escaped. */
export function escapeExcerpt(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\]/gu, (char) => {
    if (char === '\\') return '\\\\';
    const code = char.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The first line of an error message, escaped and cut to {@link MAX_EXCERPT_CHARS} (parsers may quote the input in it). */
export function formatErrorReason(message: string): string {
  const first = message.split('\n')[0] ?? '';
  return escapeExcerpt(first.length > MAX_EXCERPT_CHARS * 2 ? `${first.slice(0, MAX_EXCERPT_CHARS * 2)}…` : first);
}

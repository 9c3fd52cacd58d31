// A key written as string literals joined at compile time: `'gho' + 'st'`, `"new-" + "checkout"`,
// template literals without placeholders (`` `gho` + `st` ``), Go raw strings, and the adjacent
// literals Python (and C) join (`"fast-" "search"`, also over lines and in parentheses). The
// language makes one constant of them, so the key is that constant, not a dynamic key.
import type { LexFamily } from './source-lexer.js';

/** Longest key a fold may give, as a key literal's (call-arguments.ts). */
const MAX_KEY_CHARS = 256;
const MAX_PARTS = 16;

/** One plain literal at the position set in lastIndex: no escape, interpolation or white space inside. */
const QUOTED = /(['"])([^'"\\\s$]{0,256})\1/y;
/** A template literal (JS) or a raw string (Go) of the same shape. */
const BACKTICKED = /`([^`\\\s$]{0,256})`/y;

/**
 * The key that `expression` spells when it is two or more plain string literals joined by `+` or
 * written side by side (one pair of parentheses around the whole allowed), else undefined: a
 * single literal (read as such elsewhere), any name, call, placeholder or escape, an empty result,
 * or one with white space. Backticks are literals in JavaScript and Go only.
 */
export function foldLiteralConcatenation(expression: string, family: LexFamily): string | undefined {
  let text = expression.trim();
  if (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1).trim();
  const backticks = family === 'js' || family === 'go' || family === 'plain';
  let key = '';
  let parts = 0;
  let at = 0;
  while (at < text.length) {
    // Python and C join adjacent literals; `+` joins them in every language.
    if (parts > 0 && text.charCodeAt(at) === 43 /* + */) at = skipSpace(text, at + 1);
    const part = readPart(text, at, backticks);
    if (part === undefined || ++parts > MAX_PARTS) return undefined;
    key += part.value;
    if (key.length > MAX_KEY_CHARS) return undefined;
    at = skipSpace(text, part.end);
  }
  return parts >= 2 && key.length > 0 ? key : undefined;
}

function readPart(text: string, at: number, backticks: boolean): { value: string; end: number } | undefined {
  const pattern = backticks && text.charCodeAt(at) === 96 /* ` */ ? BACKTICKED : QUOTED;
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  if (match === null) return undefined;
  return { value: match[match.length - 1]!, end: at + match[0].length };
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text.charAt(at))) at++;
  return at;
}

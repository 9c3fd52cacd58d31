// Strict JSON parsing for config files, with the line and column of a syntax error (node's own
// JSON.parse message does not say where the error is).
// The ESM build: the package's UMD main loads its parts with require() calls a bundler cannot follow.
import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { formatErrorReason, formatExcerpt } from '../core/excerpt.js';

/**
 * Parses `text` as strict JSON (no comments, no trailing commas). Throws an Error whose message
 * says where the first syntax error is, quoting that line with a caret under the column.
 */
export function parseStrictJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's own message quotes part of the text: only its first line, escaped and cut, if we have nothing better.
    throw new Error(describeJsonSyntaxError(text) ?? formatErrorReason((error as Error).message), { cause: error });
  }
}

/**
 * `line 3, column 21: value expected` and that line (escaped, cut around the column: excerpt.ts)
 * with a caret; undefined if none found.
 */
export function describeJsonSyntaxError(text: string): string | undefined {
  const errors: ParseError[] = [];
  parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = first.offset - lineStart + 1;
  const excerpt = formatExcerpt(text, line, column);
  const what = printParseErrorCode(first.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `line ${line}, column ${column}: ${what}\n${excerpt.text}\n${' '.repeat(excerpt.caret)}^`;
}

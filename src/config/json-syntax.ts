// Strict JSON parsing for config files, with the line and column of a syntax error (node's own
// JSON.parse message does not say where the error is).
// The ESM build: the package's UMD main loads its parts with require() calls a bundler cannot follow.
import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { escapeExcerpt, formatErrorReason, formatExcerpt } from '../text/excerpt.js';
import { findDuplicateJsonKey, findTooDeepJson, MAX_JSON_DEPTH } from '../text/json-keys.js';

/**
 * Parses `text` as strict JSON (no comments, no trailing commas, no key twice in one object; a
 * leading byte order mark is skipped). Throws an Error whose message says where the first syntax
 * error or duplicate key is, quoting that line with a caret under the column.
 */
export function parseStrictJson(text: string): unknown {
  // A byte order mark is not JSON, but editors write one: accepted, as in a flag registry.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // V8's own message quotes part of the text: only its first line, escaped and cut, if we have nothing better.
    throw new Error(describeJsonSyntaxError(json) ?? formatErrorReason((error as Error).message), { cause: error });
  }
  // Checked before the duplicate keys, whose walk recurses once per level.
  const tooDeep = findTooDeepJson(json);
  if (tooDeep !== undefined) {
    const excerpt = formatExcerpt(json, tooDeep.line, tooDeep.column);
    throw new Error(`line ${tooDeep.line}, column ${tooDeep.column}: nested more than ${MAX_JSON_DEPTH} deep\n${excerpt.text}\n${' '.repeat(excerpt.caret)}^`);
  }
  // JSON.parse keeps the last of a key written twice: the file would say one thing and mean another.
  const duplicate = findDuplicateJsonKey(json);
  if (duplicate !== undefined) {
    const excerpt = formatExcerpt(json, duplicate.line, duplicate.column);
    const where = duplicate.path === '' ? 'at the top level' : `in ${escapeExcerpt(duplicate.path)}`;
    throw new Error(`line ${duplicate.line}, column ${duplicate.column}: duplicate key "${escapeExcerpt(duplicate.key)}" ${where} (JSON keeps only the last one)\n${excerpt.text}\n${' '.repeat(excerpt.caret)}^`);
  }
  return value;
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

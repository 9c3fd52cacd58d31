// Reading one argument of a call in source text, for dynamic keys: after an SDK method name, the
// argument that should hold the flag key, when it is an expression rather than a literal
// (`isEnabled(toggleName)`, `variation(`${market}-prices`)`, `is_enabled(f"export_{fmt}")`).

/** How far past the method name an argument is looked for, in characters. */
const MAX_CALL_CHARS = 2000;
const MAX_EXPRESSION_CHARS = 120;

/** A string literal without interpolation, a number, a boolean or null: never a dynamic key. */
const CONSTANT = /^(?:'[^'\\$]*'|"[^"\\$]*"|`[^`\\$]*`|-?\d[\w.]*|true|false|True|False|null|None|nil|undefined)$/;

/**
 * The argument number `argIndex` of the call whose method name ends at `from`, when it is a
 * dynamic expression; undefined when the name is not called there, the argument is missing, a
 * constant, an object or array literal, or a function.
 */
export function readKeyArgument(text: string, from: number, argIndex: number): { index: number; expression: string } | undefined {
  const i = openParenthesis(text, from);
  if (i === -1) return undefined;
  return readArgument(text, i, argIndex);
}

/**
 * The argument that begins at `start` (just inside a `(` or `[`), when it is a dynamic
 * expression: it runs to the `,`, `)` or `]` that closes it.
 */
export function readArgumentAt(text: string, start: number): { index: number; expression: string } | undefined {
  return readArgument(text, start - 1, 0);
}

function readArgument(text: string, i: number, argIndex: number): { index: number; expression: string } | undefined {
  const limit = Math.min(text.length, i + MAX_CALL_CHARS);
  let depth = 0;
  let argument = 0;
  let argumentStart = i + 1;
  for (let k = i + 1; k < limit; k++) {
    const char = text.charAt(k);
    if (char === "'" || char === '"' || char === '`') {
      const close = closingQuote(text, k, char, limit);
      if (close === -1) return undefined;
      k = close;
      continue;
    }
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (depth > 0 && (char === ')' || char === ']' || char === '}')) depth--;
    else if (depth === 0 && (char === ',' || char === ')' || char === ']')) {
      if (argument === argIndex) return dynamicExpression(text, argumentStart, k);
      if (char !== ',') return undefined;
      argument++;
      argumentStart = k + 1;
    }
  }
  return undefined;
}

/** The offset of the `(` that opens the call whose name ends at `from` (type arguments skipped), or -1. */
function openParenthesis(text: string, from: number): number {
  let i = skipSpace(text, from);
  if (text.charCodeAt(i) === 60 /* < */) {
    const close = text.indexOf('>', i);
    if (close === -1 || close - i > 200 || /[()'";]/.test(text.slice(i, close))) return -1;
    i = skipSpace(text, close + 1);
  }
  return text.charCodeAt(i) === 40 /* ( */ ? i : -1;
}

/** The offset just after the `)` closing the call whose name ends at `from`, or -1 when not found nearby. */
export function findCallEnd(text: string, from: number): number {
  const open = openParenthesis(text, from);
  if (open === -1) return -1;
  const limit = Math.min(text.length, open + MAX_CALL_CHARS);
  let depth = 0;
  for (let k = open; k < limit; k++) {
    const char = text.charAt(k);
    if (char === "'" || char === '"' || char === '`') {
      const close = closingQuote(text, k, char, limit);
      if (close === -1) return -1;
      k = close;
    } else if (char === '(' || char === '[' || char === '{') {
      depth++;
    } else if (char === ')' || char === ']' || char === '}') {
      depth--;
      if (depth === 0) return k + 1;
    }
  }
  return -1;
}

function dynamicExpression(text: string, start: number, end: number): { index: number; expression: string } | undefined {
  const raw = text.slice(start, end);
  const expression = raw.trim().replace(/\s+/g, ' ');
  if (expression.length === 0 || CONSTANT.test(expression)) return undefined;
  // Object and array literals, functions and spreads are options or lists, not a key.
  if (/^[{[]|=>|^function\b|^lambda\b|^\.\.\.|^&?[\w.]+\s*\{/.test(expression)) return undefined;
  const index = start + (raw.length - raw.trimStart().length);
  return { index, expression: expression.length > MAX_EXPRESSION_CHARS ? `${expression.slice(0, MAX_EXPRESSION_CHARS - 1)}…` : expression };
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}

/** The offset of the quote closing the literal opened at `open`, or -1 before `limit`. */
function closingQuote(text: string, open: number, quote: string, limit: number): number {
  for (let k = open + 1; k < limit; k++) {
    const char = text.charAt(k);
    if (char === '\\') k++;
    else if (char === quote) return k;
    else if (char === '\n' && quote !== '`') return -1;
  }
  return -1;
}

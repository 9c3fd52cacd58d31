// What a method call is made on, read backwards from the method's name: a name (`client.`), a
// call (`getClient().`), nothing (a bare call) or an expression the reader does not follow.
import { isClientLikeName } from './client-names.js';

/** What a method is called on: a name (`client.`), a call (`getClient().`), or nothing (a bare call). */
export type Receiver =
  /** `owner`: the object the name is a property of (`s` in `s.features`), when it is one; `this`/`self` are none. */
  | { readonly kind: 'name'; readonly name: string; readonly owner?: string }
  | { readonly kind: 'call'; readonly name: string; readonly start: number }
  | { readonly kind: 'bare' }
  | { readonly kind: 'other' };

/**
 * Whether a character code is one `[\w$]` matches (ASCII letters, digits, `_`, `$`): compared, not
 * searched, as the readers step over every character of every name they meet.
 */
export function isIdentifierCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/** Whether a character code is one `/\s/` matches (compared below 128, where nearly every character is). */
export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)));
}
const SPACE = /\s/;

/** Whether `/[\w$]/` matches `char` (one character, or '' past a text's end: no). */
export const isIdentifierChar = (char: string): boolean => (char.length === 1 ? isIdentifierCode(char.charCodeAt(0)) : /[\w$]/.test(char));

/**
 * The last offset at or before `at` that is neither whitespace nor inside a block comment (`client
 * /* LD *\/ .variation`) of at most MAX_COMMENT characters: the opening is looked for that far
 * back only, so a text of many `*\/` without one costs what its calls span, not a read of the
 * text before each (quadratic).
 */
function skipSpaceBack(text: string, at: number): number {
  for (;;) {
    while (at >= 0 && isSpaceCode(text.charCodeAt(at))) at--;
    if (at < 1 || text.charAt(at) !== '/' || text.charAt(at - 1) !== '*') return at;
    // As text.lastIndexOf('/*', at - 2), within reach.
    const from = Math.max(0, at - 2 - MAX_COMMENT);
    const found = text.slice(from, at).lastIndexOf('/*');
    if (found < 0) return at;
    at = from + found - 1;
  }
}

/** The longest comment between a receiver and its method that is read across (as openingOf's reach). */
const MAX_COMMENT = 2000;

/** The offset of the bracket that opens the one closing at `close`, or -1 (strings are not tracked: rare in receivers). */
function openingOf(text: string, close: number): number {
  const closer = text.charAt(close);
  const opener = closer === ')' ? '(' : closer === ']' ? '[' : '{';
  let depth = 0;
  for (let at = close; at >= 0 && close - at < 2000; at--) {
    const char = text.charAt(at);
    if (char === closer) depth++;
    else if (char === opener && --depth === 0) return at;
  }
  return -1;
}

/** The receiver of the expression that ends at `end` (inclusive). */
function expressionEndingAt(text: string, end: number): Receiver {
  let at = skipSpaceBack(text, end);
  // TypeScript's non-null assertion, `client!.variation(...)`.
  if (text.charAt(at) === '!') at = skipSpaceBack(text, at - 1);
  const char = text.charAt(at);
  if (isIdentifierChar(char)) {
    let start = at;
    while (start > 0 && isIdentifierChar(text.charAt(start - 1))) start--;
    const name = text.slice(start, at + 1);
    const owner = ownerOf(text, start);
    return owner === undefined ? { kind: 'name', name } : { kind: 'name', name, owner };
  }
  if (char === ']') {
    const open = openingOf(text, at);
    if (open <= 0) return { kind: 'other' };
    // A registry of clients indexed by name: `app.extensions["unleash"]`, `clients['launchdarkly']`.
    const index = /^\s*['"]([\w$-]{1,60})['"]\s*$/.exec(text.slice(open + 1, at));
    if (index !== null && isClientLikeName(index[1]!)) return { kind: 'name', name: index[1]! };
    return expressionEndingAt(text, open - 1);
  }
  if (char === ')') {
    const open = openingOf(text, at);
    if (open < 0) return { kind: 'other' };
    const before = skipSpaceBack(text, open - 1);
    if (before >= 0 && isIdentifierChar(text.charAt(before))) {
      let start = before;
      while (start > 0 && isIdentifierChar(text.charAt(start - 1))) start--;
      const name = text.slice(start, before + 1);
      // `(await client)`, `(getClient())`: a keyword before the parenthesis is no callee.
      if (!['await', 'return', 'if', 'while', 'and', 'or', 'not', 'in'].includes(name)) return { kind: 'call', name, start };
    }
    // A parenthesized expression, `(await getClient())`: what it ends with.
    return expressionEndingAt(text, at - 1);
  }
  return { kind: 'other' };
}

/**
 * The object whose property begins at `start` (`s` in `s.features`, `app` in `app?.ldClient`), or
 * undefined when it is none or the object itself (`this.flags`, `self.client`). An object that is
 * an expression (`getApp().flags`, `apps[0].flags`) is named `()`.
 */
function ownerOf(text: string, start: number): string | undefined {
  let at = skipSpaceBack(text, start - 1);
  if (text.charAt(at) !== '.') return undefined;
  at--;
  if (text.charAt(at) === '?' || text.charAt(at) === '!') at--;
  at = skipSpaceBack(text, at);
  const char = text.charAt(at);
  if (char === ')' || char === ']') return '()';
  if (!isIdentifierChar(char)) return undefined;
  let first = at;
  while (first > 0 && isIdentifierChar(text.charAt(first - 1))) first--;
  const owner = text.slice(first, at + 1);
  return ['this', 'self', 'super'].includes(owner) ? undefined : owner;
}

/** What the method whose name starts at `nameStart` is called on. */
export function receiverOf(text: string, nameStart: number): Receiver {
  let at = skipSpaceBack(text, nameStart - 1);
  const char = text.charAt(at);
  if (char === '.') {
    at--;
    // `client?.variation(`, `client!.variation(`.
    if (text.charAt(at) === '?' || text.charAt(at) === '!') at--;
    return expressionEndingAt(text, at);
  }
  // Ruby and C++ style `Client::isEnabled`, PHP `$client->isEnabled`.
  if ((char === ':' && text.charAt(at - 1) === ':') || (char === '>' && text.charAt(at - 1) === '-')) return expressionEndingAt(text, at - 2);
  if (!isIdentifierChar(char)) return { kind: 'bare' };
  // A keyword that begins an expression (`return isEnabled('x')`, `await isEnabled(...)`) is no
  // receiver: the call is bare.
  let start = at;
  while (start > 0 && isIdentifierChar(text.charAt(start - 1))) start--;
  return EXPRESSION_KEYWORDS.has(text.slice(start, at + 1)) && (start === 0 || text.charAt(start - 1) !== '.') ? { kind: 'bare' } : { kind: 'other' };
}

/** Keywords after which an expression begins (JS/TS, Python, Go, Java and Kotlin). */
const EXPRESSION_KEYWORDS = new Set(['return', 'await', 'yield', 'throw', 'typeof', 'void', 'else', 'case', 'in', 'of', 'and', 'or', 'not', 'if', 'elif', 'while', 'assert', 'lambda', 'go', 'defer']);

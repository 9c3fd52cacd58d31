// Other spellings of a method call, rewritten in place to the plain one before a text is matched,
// so every call pattern and the receiver rule see them: a computed member named by a string
// literal (`ldClient['variation']('k')`, `ldClient?.['variation']('k')`), `Function.call` with
// its receiver first (`ldClient.variation.call(ldClient, 'k')`), and Unicode escapes in a called
// name (`ldClient.vari\u0061tion('k')`, JS and Java, whose compilers decode them), and TS type
// arguments holding string literal types (`useFeatureValue<'a' | 'b'>('k')`, blanked), and the
// indirect call compilers emit for an imported function (`(0, _sdk.useFlag)('k')` from TypeScript,
// Babel and esbuild, `Object(_sdk.useFlag)('k')` from webpack 4: the parentheses blanked). The rewrite
// keeps the text's length and every line break, so offsets, lines and columns stay the original's.
import { isSpaceCode } from './call-receiver.js';
import type { LexFamily } from './source-lexer.js';

/** `['name'](` or `?.['name'](`: a computed member named by a string literal, called. */
const COMPUTED_CALL = /(\?\.\s*)?\[\s*(['"`])([A-Za-z_$][\w$]*)\2\s*\](?=\s*(?:\?\.\s*)?\()/g;
/** `.call(receiver, ` after a method name: the receiver a plain expression (a name, `this`, a member path). */
const FUNCTION_CALL = /(?<=[\w$])(\s*\.\s*call\s*\(\s*[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*\s*,)/g;
/** A called name with Unicode escapes (`vari\u0061tion(`). */
const ESCAPED_NAME = /(?<![\w$\\])((?:[A-Za-z_$]|\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]{1,6}\})(?:[\w$]|\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]{1,6}\})*)(?=\s*(?:\?\.\s*)?\()/g;
/**
 * TypeScript type arguments before a call that hold string literal types or semicolons
 * (`useFeatureValue<'grid' | 'list'>(`, `getObjectValue<{ rows: number; sticky: boolean }>(`),
 * written against the name (no space: `a < 'b'` is a comparison). Each alternative begins with
 * its own character, so the repetition cannot backtrack between them.
 */
const QUOTED_TYPE_ARGUMENTS = /(?<=[\w$])<((?:[^()'"`;{}<>\n]|'[^'\n]{0,100}'|"[^"\n]{0,100}"|\{[^{}()'"`]{0,200}\}|<[^<>()'"`]{0,100}>){1,60})>(?=\s*(?:\?\.\s*)?\()/g;
/**
 * An indirect call: `(0, callee)(` (TypeScript's and Babel's CommonJS output, esbuild's
 * `(0, import_sdk.useFlag)(`, and hand-written code that calls a method without its `this`) or
 * webpack 4's `Object(_sdk["useFlag"])(`, the callee a name or a member path; the `(0` not a call's own
 * parenthesis (`f(0, g)(x)` calls what `f` returns). Tried at each `(` before a `0,` and at each
 * `Object(` (blankIndirectCalls). Group 1: the part before the callee, group 2 the callee, group 4 the `)`.
 */
const INDIRECT_CALL_AT = /((?<![\w$)\]]\s*)\(\s*0\s*,\s*|(?<![\w$.])Object\s*\(\s*)([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[\s*(['"])[A-Za-z_$][\w$]*\3\s*\])*)(\s*\))(?=\s*(?:\?\.\s*)?\()/y;
/** Type arguments' prefilter from their `<` (hasQuotedTypeArguments). */
const QUOTED_TYPE_ARGUMENTS_AT = /<[^<>()\n]{0,200}['";]/y;

/**
 * Whether the text may hold quoted type arguments (`[\w$]<[^<>()\n]{0,200}['";]`): tried at each
 * `<` after a name, found by a native search, instead of the expression stepping on every character.
 */
export function hasQuotedTypeArguments(text: string): boolean {
  for (let at = text.indexOf('<', 1); at !== -1; at = text.indexOf('<', at + 1)) {
    if (!WORD_BEFORE.test(text.charAt(at - 1))) continue;
    QUOTED_TYPE_ARGUMENTS_AT.lastIndex = at;
    if (QUOTED_TYPE_ARGUMENTS_AT.test(text)) return true;
  }
  return false;
}
const WORD_BEFORE = /[\w$]/;
/** A computed call's start, tried at each `[` (hasComputedCall). */
const COMPUTED_CALL_AT = /\[\s*['"`][A-Za-z_$][\w$]*['"`]\s*\]\s*(?:\?\.\s*)?\(/y;

/**
 * The computed-call form's prefilter (most texts have none): tried at each `[` found by a native
 * search, several times faster than the expression searched on every character.
 */
export function hasComputedCall(text: string): boolean {
  for (let at = text.indexOf('['); at !== -1; at = text.indexOf('[', at + 1)) {
    COMPUTED_CALL_AT.lastIndex = at;
    if (COMPUTED_CALL_AT.test(text)) return true;
  }
  return false;
}

/**
 * `text` with its other call spellings written plainly (same length, same line breaks), or `text`
 * itself when it has none. Strings and comments are rewritten too where they hold such a
 * spelling: a call named in a comment stays a comment reference, and a string's rewritten part
 * is never a key (keys hold no brackets, escapes or `.call(`).
 */
export function normalizeCallSpellings(text: string, family: LexFamily): string {
  if (family !== 'js' && family !== 'java') return text;
  let result = text;
  // First: a blanked indirect call may be a computed member's call (webpack's `Object(m["name"])(`).
  if (family === 'js') result = blankIndirectCalls(result);
  if (family === 'js' && hasComputedCall(result)) {
    // `x['m'](` becomes `x.m    (`; `x?.['m'](` becomes `x?.m    (`.
    result = result.replace(COMPUTED_CALL, (whole: string, optional: string | undefined, _quote: string, name: string) => pad(`${optional ?? '.'}${name}`, whole));
  }
  if (family === 'js' && result.includes('call')) {
    // `m.call(r, 'k')` becomes `m(      'k')`: the receiver is the one written before the method.
    result = result.replace(FUNCTION_CALL, (whole: string) => pad('(', whole));
  }
  if (family === 'js' && hasQuotedTypeArguments(result)) {
    // `m<'a' | 'b'>(` becomes `m<         >(`: the call patterns read type arguments without quotes.
    result = result.replace(QUOTED_TYPE_ARGUMENTS, (whole: string, inside: string) => (/['";]/.test(inside) ? `<${inside.replace(/[^\n]/g, ' ')}>` : whole));
  }
  if (result.includes('\\u')) {
    result = result.replace(ESCAPED_NAME, (whole: string) => {
      if (!whole.includes('\\u')) return whole;
      const decoded = whole.replace(/\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g, (_escape, braced: string | undefined, plain: string | undefined) => {
        const code = Number.parseInt(braced ?? plain!, 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      });
      // Only a name that decodes to a plain identifier: anything else is left as written.
      return /^[A-Za-z_$][\w$]*$/.test(decoded) ? pad(decoded, whole) : whole;
    });
  }
  return result;
}

/**
 * `text` with each indirect call's parentheses blanked (`(0, _sdk.useFlag)('k')` becomes
 * `    _sdk.useFlag ('k')`): the callee stays where it was written, so its receiver is read as for a
 * plain call. `text` itself when it has none (a native search for `0,` and `Object(` first: a
 * space between the `0` and its comma, which no compiler writes, is not looked for).
 */
function blankIndirectCalls(text: string): string {
  const found: [number, string][] = [];
  const tryAt = (at: number): void => {
    INDIRECT_CALL_AT.lastIndex = at;
    const match = INDIRECT_CALL_AT.exec(text);
    if (match === null) return;
    const [, before, callee, , close] = match as unknown as [string, string, string, string, string];
    found.push([at, `${before.replace(/[^\n]/g, ' ')}${callee}${close.replace(/[^\n]/g, ' ')}`]);
  };
  // `0,` (a `0` is rarer in code than a `(`): the `(` is the character before it, white space aside.
  for (let at = text.indexOf('0,'); at !== -1; at = text.indexOf('0,', at + 2)) {
    let open = at - 1;
    while (open >= 0 && isSpaceCode(text.charCodeAt(open))) open--;
    if (text.charCodeAt(open) === 40 /* ( */) tryAt(open);
  }
  for (let at = text.indexOf('Object('); at !== -1; at = text.indexOf('Object(', at + 7)) tryAt(at);
  if (found.length === 0) return text;
  found.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let done = 0;
  for (const [at, blanked] of found) {
    parts.push(text.slice(done, at), blanked);
    done = at + blanked.length;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

/**
 * `replacement` padded with spaces to the length of `original`, the original's line breaks kept
 * where they were; `original` itself when a line break lies where the replacement is written.
 */
function pad(replacement: string, original: string): string {
  const newline = original.indexOf('\n');
  if (newline !== -1 && newline < replacement.length) return original;
  let padded = replacement;
  for (let k = replacement.length; k < original.length; k++) padded += original.charAt(k) === '\n' ? '\n' : ' ';
  return padded;
}

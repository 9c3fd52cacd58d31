// Reading one argument of a call in source text, for dynamic keys: after an SDK method name, the
// argument that should hold the flag key, when it is an expression rather than a literal
// (`isEnabled(toggleName)`, `variation(`${market}-prices`)`, `is_enabled(f"export_{fmt}")`).

import type { LexFamily } from './source-lexer.js';
import { isSpaceCode } from './call-receiver.js';
import { foldLiteralConcatenation } from './literal-concatenation.js';

/** How far past the method name an argument is looked for, in characters. */
const MAX_CALL_CHARS = 2000;
const MAX_EXPRESSION_CHARS = 120;

/** A string literal without interpolation, a number, a boolean or null: never a dynamic key. */
const CONSTANT = /^(?:'[^'\\$]*'|"[^"\\$]*"|`[^`\\$]*`|-?\d[\w.]*|true|false|True|False|null|None|nil|undefined)$/;

/** What the key argument of a call holds: a literal key, or an expression (a dynamic key). */
export type KeyArgument =
  | { readonly kind: 'literal'; readonly key: string; readonly index: number }
  | { readonly kind: 'dynamic'; readonly index: number; readonly expression: string };

/**
 * Argument matchers of test doubles, where a stubbed or verified SDK call has its key: Mockito's
 * ArgumentMatchers (`eq("k")`, `any()`, `anyString()`, `argThat(...)`), gomock (`gomock.Any()`),
 * testify (`mock.Anything`), Python's `unittest.mock.ANY`, Jest's `expect.any(String)`, Sinon's
 * `sinon.match...`. None names a key the code evaluates.
 */
const ARGUMENT_MATCHER =
  /^(?:(?:(?:Mockito|ArgumentMatchers|Matchers)\.)?(?:any(?:[A-Z]\w*)?|eq|argThat|isA|same|refEq|notNull|isNull|nullable)\s*\(|gomock\.\w+\s*\(|mock\.Anything(?:OfType\s*\(.*)?$|(?:(?:unittest\.)?mock\.)?ANY$|expect\.(?:any|anything|stringContaining|stringMatching)\s*\(|sinon\.match\b)/;

/** A one-line string literal that is a key (no interpolation, escapes or spaces). */
const KEY_LITERAL = /^(['"`])([^'"`\\\s$]{1,256})\1$/;
/** A key literal under a TS const assertion: group 1 what precedes the quote, group 3 the key. */
const CONST_ASSERTED_LITERAL = /^(<const>\s*)?(['"`])([^'"`\\\s$]{1,256})\2(?:\s+as\s+const)?$/;
/** A one-line string literal holding escapes (`\x6f`, `\u006f`, `\u{6f}`, `\-`), no interpolation. */
const ESCAPED_LITERAL = /^(['"`])((?:[^'"`\\\n$]|\\[^\n])*)\1$/;

/**
 * The key an escaped one-line string literal spells (JavaScript, Python, Go, Java and C# share
 * these escapes: `\xHH`, `\uHHHH`, `\u{H...}`, and a character escaped for itself), or
 * undefined when it has no escape, or spells no key (whitespace, a quote, a backslash, over 256).
 */
function readEscapedLiteral(argument: string): string | undefined {
  const literal = ESCAPED_LITERAL.exec(argument);
  if (literal === null || !literal[2]!.includes('\\')) return undefined;
  const key = literal[2]!.replace(/\\(?:x([0-9A-Fa-f]{2})|u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|(.))/g, (_all, hex: string | undefined, braced: string | undefined, unicode: string | undefined, other: string | undefined) => {
    const code = hex ?? braced ?? unicode;
    if (code !== undefined) return String.fromCodePoint(Math.min(parseInt(code, 16), 0x10ffff));
    // \n, \t and the like are not key characters: the key is refused below.
    return /[nrtbfv0]/.test(other!) ? ' ' : other!;
  });
  return key.length >= 1 && key.length <= 256 && !/[\s'"`\\$]/.test(key) ? key : undefined;
}

/** A plain string literal (an argument before the key that is one is a key itself, not a user). */
const STRING_LITERAL = /^(?:'[^'\\]*'|"[^"\\]*"|`[^`\\$]*`)$/;
/**
 * Python keyword parameters that name the key in the SDKs' signatures (`flag_key=` OpenFeature,
 * `feature_name=` Unleash and Flagsmith, `key=` LaunchDarkly and PostHog, `gate=`/`gate_name=`
 * Statsig, `key=` DevCycle); a keyword argument with another name is not the key.
 */
const KEY_KEYWORDS = new Set(['flag_key', 'key', 'flag', 'feature_name', 'feature_key', 'feature_flag_name', 'gate', 'gate_name', 'experiment_name', 'config_name', 'layer_name', 'toggle_name', 'variable_key']);

/**
 * The argument number `argIndex` of the call whose method name ends at `from`, read whatever
 * the arguments before it hold (constructors, composite literals, builder chains, nested calls):
 * a literal key, or an expression (a dynamic key). Undefined when the name is not called there,
 * the argument is missing or a constant of another kind, or, for `argIndex` > 0, the first
 * argument is a string literal (then that string is the key, and a later string a default).
 * `isComment(offset)` marks comments, skipped inside the argument list. With `keywords`
 * (Python), a keyword argument naming a key parameter (`flag_key="..."`) is the key wherever
 * it stands, and another keyword argument at the key's position is no key.
 */
export function readKeyArgumentValue(
  text: string,
  from: number,
  argIndex: number,
  options: { keywords?: boolean; adapters?: boolean; isComment?: (offset: number) => boolean; family?: LexFamily } = {},
): KeyArgument | undefined {
  const called = openParenthesis(text, from);
  const open = called === -1 && options.adapters === true ? adaptedArguments(text, from) : called;
  if (open === -1) return undefined;
  const isComment = options.isComment ?? (() => false);
  const family = options.family ?? 'plain';
  const spans = readArgumentSpans(text, open, isComment, family);
  if (options.keywords === true) {
    for (const [start, end] of spans) {
      const keyword = KEYWORD.exec(text.slice(start, end));
      if (keyword !== null && KEY_KEYWORDS.has(keyword[1]!)) return readValue(text, start + keyword[0].length, end, isComment, family);
    }
  }
  if (spans.length <= argIndex) return undefined;
  if (argIndex > 0) {
    const [firstStart, firstEnd] = trimComments(text, spans[0]![0], spans[0]![1], isComment);
    if (STRING_LITERAL.test(text.slice(firstStart, firstEnd))) return undefined;
  }
  const [start, end] = spans[argIndex]!;
  if (options.keywords === true && KEYWORD.test(text.slice(start, end))) return undefined;
  if (family === 'java') {
    // Swift's and C#'s argument labels: the key's own label names it, another label is no key.
    const label = ARGUMENT_LABEL.exec(text.slice(start, end));
    if (label !== null) return KEY_LABELS.has(label[1]!) ? readValue(text, start + label[0].length, end, isComment, family) : undefined;
  }
  return readValue(text, start, end, isComment, family);
}

const KEYWORD = /^\s*([A-Za-z_]\w*)\s*=(?!=)\s*/;
/** A labelled argument (Swift `forKey: "k"`, C# `key: "k"`); not Kotlin's and Java's `Type::member`. */
const ARGUMENT_LABEL = /^\s*([A-Za-z_]\w*)\s*:(?!:)\s*/;
/**
 * The labels of the key in the SDKs' Swift and C# signatures: LaunchDarkly iOS
 * `boolVariation(forKey:defaultValue:)`, OpenFeature Swift `getBooleanValue(key:defaultValue:)`,
 * ConfigCat Swift `getValue(for:defaultValue:)`, DevCycle iOS `variable(key:defaultValue:)`, and
 * a C# call naming its `key`/`flagKey` parameter.
 */
const KEY_LABELS = new Set(['forKey', 'key', 'flagKey', 'for', 'featureKey', 'featureName', 'gateName']);

function readValue(text: string, from: number, to: number, isComment: (offset: number) => boolean, family: LexFamily): KeyArgument | undefined {
  const [start, end] = trimComments(text, from, to, isComment);
  const literal = KEY_LITERAL.exec(text.slice(start, end));
  if (literal !== null) return { kind: 'literal', key: literal[2]!, index: start + 1 };
  // TS `<const>'k'` and `'k' as const`: a const assertion changes no value.
  const asserted = CONST_ASSERTED_LITERAL.exec(text.slice(start, end));
  if (asserted !== null) return { kind: 'literal', key: asserted[3]!, index: start + asserted[1]!.length + 1 };
  // Literals joined at compile time are one string: `'gho' + 'st'`, Python's `"fast-" "search"`
  // (also over lines). The key's offset is its first literal's.
  const folded = foldLiteralConcatenation(text.slice(start, end), family);
  if (folded !== undefined) return { kind: 'literal', key: folded, index: (text.charAt(start) === '(' ? skipSpace(text, start + 1) : start) + 1 };
  // An escape spells the same key (`'gh\x6fst'` is 'ghost'): read as that key, or one escaped
  // character would turn an unknown flag into a mere dynamic-key note.
  const escaped = readEscapedLiteral(text.slice(start, end));
  if (escaped !== undefined) return { kind: 'literal', key: escaped, index: start + 1 };
  const expression = dynamicExpression(text, start, end);
  return expression === undefined ? undefined : { kind: 'dynamic', ...expression };
}

/** `[from, to)` without the whitespace and comments around it. */
function trimComments(text: string, from: number, to: number, isComment: (offset: number) => boolean): [number, number] {
  let start = from;
  let end = to;
  while (start < end && (isComment(start) || /\s/.test(text.charAt(start)))) start++;
  while (end > start && (isComment(end - 1) || /\s/.test(text.charAt(end - 1)))) end--;
  return [start, end];
}

/** The `[start, end)` spans of the arguments of the call whose `(` is at `open` (empty when it does not close nearby). */
function readArgumentSpans(text: string, open: number, isComment: (offset: number) => boolean, family: LexFamily): [number, number][] {
  const limit = Math.min(text.length, open + MAX_CALL_CHARS);
  const spans: [number, number][] = [];
  let depth = 0;
  let argumentStart = open + 1;
  for (let k = open + 1; k < limit; k++) {
    if (isComment(k)) continue;
    const char = text.charAt(k);
    if (opensLiteral(char, family)) {
      const close = closingQuote(text, k, char, limit, family);
      if (close === -1) return [];
      k = close;
      continue;
    }
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (depth > 0 && (char === ')' || char === ']' || char === '}')) depth--;
    else if (depth === 0 && (char === ',' || char === ')' || char === ']')) {
      spans.push([argumentStart, k]);
      if (char !== ',') {
        // `()`, or a trailing comma: no argument after it.
        const [lastStart, lastEnd] = trimComments(text, argumentStart, k, isComment);
        if (lastStart >= lastEnd) spans.pop();
        return spans;
      }
      argumentStart = k + 1;
    }
  }
  return [];
}

/**
 * The argument that begins at `start` (just inside a `(` or `[`, or a JSX attribute's `{`), when
 * it is a dynamic expression: it runs to the `,`, `)`, `]` or `}` that closes it.
 */
export function readArgumentAt(text: string, start: number, family: LexFamily = 'plain', isComment: (offset: number) => boolean = () => false): { index: number; expression: string } | undefined {
  return readArgument(text, start - 1, 0, family, isComment);
}

function readArgument(text: string, i: number, argIndex: number, family: LexFamily, isComment: (offset: number) => boolean): { index: number; expression: string } | undefined {
  const limit = Math.min(text.length, i + MAX_CALL_CHARS);
  let depth = 0;
  let argument = 0;
  let argumentStart = i + 1;
  for (let k = i + 1; k < limit; k++) {
    if (isComment(k)) continue;
    const char = text.charAt(k);
    if (opensLiteral(char, family)) {
      const close = closingQuote(text, k, char, limit, family);
      if (close === -1) return undefined;
      k = close;
      continue;
    }
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (depth > 0 && (char === ')' || char === ']' || char === '}')) depth--;
    else if (depth === 0 && (char === ',' || char === ')' || char === ']' || char === '}')) {
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
    const close = typeArgumentsEnd(text, i);
    if (close === -1) return -1;
    i = skipSpace(text, close + 1);
  }
  // An optional call: `variation?.(...)`.
  if (text.startsWith('?.', i)) i = skipSpace(text, i + 2);
  return text.charCodeAt(i) === 40 /* ( */ ? i : -1;
}

/**
 * The offset of the `>` that closes the type arguments opening at `from` (`<PanelConfig>`,
 * `<Record<string, X>>`, `<'grid' | 'list'>`, `<{ rows: number; sticky: boolean }>`), or -1 when
 * none closes within 200 characters or a `(`, `)` or `;` outside an object type comes first (a
 * comparison, not type arguments).
 */
function typeArgumentsEnd(text: string, from: number): number {
  let angles = 0;
  let braces = 0;
  for (let k = from; k < text.length && k - from <= 200; k++) {
    const char = text.charAt(k);
    if (char === "'" || char === '"') {
      const close = text.indexOf(char, k + 1);
      if (close === -1 || text.slice(k + 1, close).includes('\n')) return -1;
      k = close;
    } else if (char === '{') braces++;
    else if (char === '}') {
      if (--braces < 0) return -1;
    } else if (char === '(' || char === ')' || char === '`' || (char === ';' && braces === 0)) return -1;
    else if (char === '<') angles++;
    else if (char === '>' && braces === 0 && --angles === 0) return k;
  }
  return -1;
}

/**
 * Python adapters that call the function they are handed with the arguments after it
 * (`asyncio.to_thread(f, *args)`, `loop.run_in_executor(executor, f, *args)`,
 * `functools.partial(f, *args)`, `executor.submit(f, *args)`, `anyio.to_thread.run_sync(f, *args)`).
 */
const ADAPTERS = new Set(['to_thread', 'run_in_executor', 'partial', 'submit', 'run_sync']);

/**
 * Where the arguments of a method named (not called) at `from` begin, when it is handed to an
 * adapter that calls it: the `(` of `sync_to_async(client.method)(...)`, or the `,` after it in
 * an ADAPTERS call. -1 otherwise.
 */
function adaptedArguments(text: string, from: number): number {
  const i = skipSpace(text, from);
  if (text.charCodeAt(i) === 41 /* ) */) {
    const next = skipSpace(text, i + 1);
    return text.charCodeAt(next) === 40 /* ( */ ? next : -1;
  }
  if (text.charCodeAt(i) !== 44 /* , */) return -1;
  // The call the method is an argument of: the nearest unclosed `(` before it, on a few lines.
  let depth = 0;
  for (let k = from - 1; k >= 0 && from - k < 400; k--) {
    const code = text.charCodeAt(k);
    if (code === 41) depth++;
    else if (code === 40 && depth > 0) depth--;
    else if (code === 40) {
      const name = /([A-Za-z_]\w*)\s*$/.exec(text.slice(Math.max(0, k - 60), k));
      return name !== null && ADAPTERS.has(name[1]!) ? i : -1;
    }
  }
  return -1;
}

/** The offset just after the `)` closing the call whose name ends at `from`, or -1 when not found nearby. */
export function findCallEnd(text: string, from: number, family: LexFamily = 'plain', isComment: (offset: number) => boolean = () => false): number {
  const open = openParenthesis(text, from);
  if (open === -1) return -1;
  const limit = Math.min(text.length, open + MAX_CALL_CHARS);
  let depth = 0;
  for (let k = open; k < limit; k++) {
    // Only quotes and brackets change the reading: where a comment is is asked at those alone
    // (a search of the regions per character cost more than the rest of the reading).
    if (!isCallSyntax(text.charCodeAt(k)) || isComment(k)) continue;
    const char = text.charAt(k);
    if (opensLiteral(char, family)) {
      const close = closingQuote(text, k, char, limit, family);
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

/**
 * A Java or Kotlin method reference to the method whose name is `[nameStart, nameEnd)`
 * (`unleash::isEnabled`, not called there): its text, from the receiver on, and where it
 * begins; undefined for any other spelling.
 */
export function readMethodReference(text: string, nameStart: number, nameEnd: number, family: LexFamily): { index: number; expression: string } | undefined {
  if (family !== 'java') return undefined;
  const before = /([A-Za-z_$][\w$]*)\s*::\s*$/.exec(text.slice(Math.max(0, nameStart - 120), nameStart));
  if (before === null || text.charCodeAt(skipSpace(text, nameEnd)) === 40 /* ( */) return undefined;
  const index = nameStart - before[0].length;
  return { index, expression: `${before[1]}::${text.slice(nameStart, nameEnd)}` };
}

/**
 * Calls that take a method as a value without evaluating keys through it: test doubles and
 * assertions (`expect(client.variation)`, `vi.mocked(...)`, `verify(...)`), introspection
 * (`callable`, `getattr`, `reflect.ValueOf`) and decorators (`functools.wraps`).
 */
const NOT_EVALUATING = /^(?:expect|mocked|spyOn|spy|stub|verify|when|callable|hasattr|getattr|isinstance|patch|wraps|signature|TypeOf|ValueOf|FuncForPC|fn|assert\w*|mock\w*|Mock\w*)$/;

/**
 * An SDK method handed to another function as a value, not called there (`filter(client.is_enabled,
 * names)`, Go `allOn(names, s.unleash.IsEnabled)`, `names.filter(unleash.isEnabled)`): the function
 * evaluates keys the text does not show. Its text from the receiver on, and where it begins;
 * undefined for any other spelling, for the Python adapters (ADAPTERS, read with their arguments)
 * and for the calls of NOT_EVALUATING.
 */
export function readMethodValueArgument(text: string, nameStart: number, nameEnd: number, family: LexFamily): { index: number; expression: string } | undefined {
  if (family !== 'js' && family !== 'python' && family !== 'go') return undefined;
  const after = text.charCodeAt(skipSpace(text, nameEnd));
  if (after !== 44 /* , */ && after !== 41 /* ) */) return undefined;
  const receiver = /([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*\.\s*$/.exec(text.slice(Math.max(0, nameStart - 120), nameStart));
  if (receiver === null) return undefined;
  const index = nameStart - receiver[0].length;
  let before = index - 1;
  while (before >= 0 && /\s/.test(text.charAt(before))) before--;
  const opener = text.charCodeAt(before);
  if (opener !== 40 /* ( */ && opener !== 44 /* , */) return undefined;
  // The call it is an argument of: the nearest unclosed `(` before it, on a few lines.
  let depth = 0;
  for (let k = before; k >= 0 && index - k < 400; k--) {
    const code = text.charCodeAt(k);
    if (code === 41 || code === 93 || code === 125) depth++;
    else if ((code === 91 || code === 123) && depth > 0) depth--;
    else if (code === 40 && depth > 0) depth--;
    else if (code === 91 || code === 123) return undefined;
    else if (code === 40) {
      const name = /([A-Za-z_$][\w$]*)\s*$/.exec(text.slice(Math.max(0, k - 60), k));
      if (name === null || ADAPTERS.has(name[1]!) || NOT_EVALUATING.test(name[1]!)) return undefined;
      return { index, expression: `${receiver[1]!.replace(/\s+/g, '')}.${text.slice(nameStart, nameEnd)}` };
    }
  }
  return undefined;
}

/** A key literal in a conditional's branch: a quote, the key, the same quote. */
const BRANCH_KEY = String.raw`(['"\`])([^'"\`\\\s$]{1,256})`;
/** `c ? 'a' : 'b'` (JS/TS, Java): the condition holds no quote, `;` or brace (`?.` allowed). */
const TERNARY_KEYS = new RegExp(String.raw`^(?:[^?'"\`;{}\n]|\?\.){1,200}?\?\s*${BRANCH_KEY}\1\s*:\s*${BRANCH_KEY.replace('(', '(?<q2>')}\k<q2>\s*(?=[,)])`);
/** Kotlin `if (c) "a" else "b"`. */
const IF_ELSE_KEYS = new RegExp(String.raw`^if\s*\([^()'"\n]{1,200}\)\s*${BRANCH_KEY}\1\s*else\s*${BRANCH_KEY.replace('(', '(?<q2>')}\k<q2>\s*(?=[,)])`);
/** After a Python key literal: ` if c else "b"`. */
const PYTHON_ELSE_KEY = /^\s+if\s+[^'"\n]{1,200}?\s+else\s+(['"])([^'"`\\\s$]{1,256})\1\s*(?=[,)])/;

/**
 * The two keys of a conditional expression that begins at `at` in a key argument and chooses
 * between two literal keys (`c ? 'a' : 'b'`, Kotlin `if (c) "a" else "b"`), with the offsets of
 * the keys; undefined for any other expression (a branch computed at run time stays dynamic).
 */
export function readConditionalKeys(text: string, at: number, family: LexFamily): { key: string; index: number }[] | undefined {
  const part = text.slice(at, at + 800);
  const match = family === 'js' || family === 'java' ? (TERNARY_KEYS.exec(part) ?? (family === 'java' ? IF_ELSE_KEYS.exec(part) : null)) : null;
  if (match === null) return undefined;
  const first = match[2]!;
  const second = match[4]!;
  const firstIndex = at + match[0].indexOf(`${match[1]}${first}${match[1]}`) + 1;
  const secondIndex = at + match[0].lastIndexOf(`${match[3]}${second}${match[3]}`) + 1;
  return [
    { key: first, index: firstIndex },
    { key: second, index: secondIndex },
  ];
}

/** The else-branch key of a Python conditional whose first key literal ends just before `after` (`"a" if c else "b"`). */
export function readPythonElseKey(text: string, after: number): { key: string; index: number } | undefined {
  const match = PYTHON_ELSE_KEY.exec(text.slice(after, after + 400));
  if (match === null) return undefined;
  return { key: match[2]!, index: after + match[0].lastIndexOf(`${match[1]}${match[2]}${match[1]}`) + 1 };
}

function dynamicExpression(text: string, start: number, end: number): { index: number; expression: string } | undefined {
  const raw = text.slice(start, end);
  const expression = raw.trim().replace(/\s+/g, ' ');
  if (expression.length === 0 || CONSTANT.test(expression)) return undefined;
  // Object and array literals, functions and spreads are options or lists, not a key.
  if (/^[{[]|=>|^function\b|^lambda\b|^\.\.\.|^&?[\w.]+\s*\{/.test(expression)) return undefined;
  // A test double's argument matcher stands for any key: the call is a stub or a verification.
  if (ARGUMENT_MATCHER.test(expression)) return undefined;
  const index = start + (raw.length - raw.trimStart().length);
  return { index, expression: expression.length > MAX_EXPRESSION_CHARS ? `${expression.slice(0, MAX_EXPRESSION_CHARS - 1)}…` : expression };
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether `char` opens a literal in `family`, as the source lexer reads it: a backtick in JS (a
 * template), Go (a raw string), the Java family (a one-line quoted name: Kotlin, Scala, Swift) and
 * a text of no known family, never in Python.
 */
/** A quote or bracket: ' " ` ( ) [ ] { }. */
function isCallSyntax(code: number): boolean {
  return code === 39 || code === 34 || code === 96 || code === 40 || code === 41 || code === 91 || code === 93 || code === 123 || code === 125;
}

function opensLiteral(char: string, family: LexFamily): boolean {
  return char === "'" || char === '"' || (char === '`' && family !== 'python');
}

/**
 * The offset of the last character of the literal opened at `open` (its closing quote), or -1
 * before `limit`. Per family: a Go raw string has no escapes; a Python triple-quoted string and
 * a Java text block run over lines to their closing triple quote.
 */
function closingQuote(text: string, open: number, quote: string, limit: number, family: LexFamily): number {
  const triple = quote + quote + quote;
  if ((family === 'python' || (family === 'java' && quote === '"')) && text.startsWith(triple, open)) {
    for (let k = open + 3; k < limit; k++) {
      if (text.charAt(k) === '\\') k++;
      else if (text.startsWith(triple, k)) return k + 2 < limit ? k + 2 : -1;
    }
    return -1;
  }
  const raw = quote === '`' && family === 'go';
  for (let k = open + 1; k < limit; k++) {
    const char = text.charAt(k);
    if (char === '\\' && !raw) k++;
    else if (char === quote) return k;
    else if (char === '\n' && (quote !== '`' || family === 'java')) return -1;
  }
  return -1;
}

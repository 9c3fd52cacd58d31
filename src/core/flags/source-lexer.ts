// A small hand-written lexer per language family: where a source file's comments and string
// literals are, so the context scanner can tell a call from a key named in a comment or a log
// message. One pass, linear in the text, never throws (unterminated literals end at the text's
// end, or at the line's end for one-line literals).
import { opensJsxTag, readJsx, type JsxState } from './jsx-text.js';

/** How a file's comments and strings are written. `plain`: no lexing (every byte is code). */
export type LexFamily = 'js' | 'go' | 'java' | 'python' | 'plain';

/** What a region of the text is. */
export const Region = { CODE: 0, COMMENT: 1, STRING: 2 } as const;
export type Region = (typeof Region)[keyof typeof Region];

/** The comment and string regions of a text, sorted and disjoint, as parallel arrays. */
export interface SourceRegions {
  readonly starts: number[];
  readonly ends: number[];
  readonly kinds: Region[];
}

const EXTENSIONS: Readonly<Record<string, LexFamily>> = {
  ts: 'js', tsx: 'js', js: 'js', jsx: 'js', mjs: 'js', cjs: 'js', mts: 'js', cts: 'js', vue: 'js', svelte: 'js',
  go: 'go',
  java: 'java', kt: 'java', kts: 'java', scala: 'java', cs: 'java', swift: 'java', c: 'java', h: 'java', cc: 'java', cpp: 'java', hpp: 'java', rs: 'java', php: 'java',
  py: 'python', pyi: 'python', rb: 'python',
};

/** The lexer family of a path, by its extension; `plain` for any other. */
export function lexFamilyOf(path: string): LexFamily {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  if (dot <= slash + 1) return 'plain';
  return EXTENSIONS[path.slice(dot + 1).toLowerCase()] ?? 'plain';
}

const NL = 10;
const SLASH = 47;
const STAR = 42;
const HASH = 35;
const BACKSLASH = 92;
const SINGLE = 39;
const DOUBLE = 34;
const BACKTICK = 96;
const DOLLAR = 36;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const LT = 60;

// The characters at which a family's code can start a comment, a string or a regex literal, or
// (js) close an interpolation: between two of them the lexer only steps on, so it jumps there
// (createSpecialFinder: about eight times as fast on code as looking at every character; the
// property test in source-lexer.test.ts checks it against the character-by-character reading).
const SPECIAL: Readonly<Record<Exclude<LexFamily, 'plain'>, string>> = { python: `#'"`, js: "/'\"`{}", go: "/'\"`", java: "/'\"`" };
/** Kotlin: also the braces, which close a string's interpolation. */
const KOTLIN_SPECIAL = "/'\"`{}";
/** JS that may hold JSX: also `<`, where an element may open. */
const JSX_SPECIAL = "/'\"`{}<";

/**
 * The next offset from `from` on of one of `chars` (braces only when `braces`), or -1: one native
 * search per character, whose answer is kept until the lexer has passed it, so each character's
 * searches together read the text once (several times faster than a character class searched
 * on every character).
 */
function createSpecialFinder(text: string, chars: string): (from: number, braces: boolean) => number {
  // Per character: where it next occurs, -1 for nowhere further; -2 not yet looked for.
  const found = new Int32Array(chars.length).fill(-2);
  const isBrace = Array.from(chars, (char) => char === '{' || char === '}');
  let last = 0;
  return (from, braces) => {
    // Kept answers hold for later offsets only (the lexer never steps back; if it did, all are asked again).
    if (from < last) found.fill(-2);
    last = from;
    let first = -1;
    for (let k = 0; k < chars.length; k++) {
      if (isBrace[k] && !braces) continue;
      let at = found[k]!;
      if (at !== -1 && at < from) found[k] = at = text.indexOf(chars[k]!, from);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  };
}

/** Any family's special character (a superset: the loop steps over one its family does not use). */
function isSpecial(code: number): boolean {
  return code === SLASH || code === SINGLE || code === DOUBLE || code === BACKTICK || code === HASH || code === OPEN_BRACE || code === CLOSE_BRACE;
}

/** Whether a path's JS may hold JSX (`.tsx`, `.jsx`, `.js`; not `.ts`, where `<T>x` is a type assertion). */
export function mayHoldJsx(path: string): boolean {
  return /\.(?:tsx|jsx|js)$/i.test(path);
}

/** Whether a path's `java` family strings interpolate code (Kotlin `"a ${f("k")} b"`). */
export function interpolatesStrings(path: string): boolean {
  return /\.kts?$/i.test(path);
}

/** The lexer's dialect flag for a path of `family`: JSX (js, mayHoldJsx) or string templates (java, interpolatesStrings). */
export function lexDialectOf(path: string, family: LexFamily): boolean {
  return family === 'js' ? mayHoldJsx(path) : family === 'java' && interpolatesStrings(path);
}

/** Marks a Kotlin string's `${` on the stack of open interpolations (a JS template's is `undefined`). */
const KOTLIN_STRING = 'kotlin-string';

/**
 * Finds the comments and strings of `text`. Linear time; never throws. With `jsx` (a `js` family
 * text that may hold JSX, mayHoldJsx), an element's text and attribute values are strings; in a
 * `java` family text (Kotlin, interpolatesStrings) it means a double-quoted string's `${...}` is code.
 */
export function lexSource(text: string, family: LexFamily, jsx = false): SourceRegions {
  const regions: SourceRegions = { starts: [], ends: [], kinds: [] };
  if (family === 'plain') return regions;
  const push = (start: number, end: number, kind: Region): void => {
    regions.starts.push(start);
    regions.ends.push(end);
    regions.kinds.push(kind);
  };
  const length = text.length;
  // JS template literals nest through `${ ... }`: the brace depth of each open interpolation.
  const templates: number[] = [];
  // Per entry of `templates`: the JSX element whose `{...}` it is, or undefined for a template's `${`.
  const resumes: (JsxState | typeof KOTLIN_STRING | undefined)[] = [];
  let braces = 0;
  /** Goes on reading JSX at `at` in `state`: returns where code goes on (inside an expression or after the element). */
  const continueJsx = (at: number, state: JsxState): number => {
    // After an expression its regions are pushed: the element is JSX from here on, whatever follows.
    state.started = true;
    const read = readJsx(text, at, state, push)!;
    if (read.expression) {
      templates.push(braces);
      resumes.push(state);
    }
    return read.at;
  };
  let i = 0;
  // After a `/` that could not end a regex literal on its line, none is looked for there again:
  // each line is read at most twice, so lexing stays linear.
  let noRegexBefore = 0;
  const withJsx = jsx && family === 'js';
  const kotlin = jsx && family === 'java';
  const next = createSpecialFinder(text, withJsx ? JSX_SPECIAL : kotlin ? KOTLIN_SPECIAL : SPECIAL[family]);
  /** Reads a Kotlin string from `from` (its literal part starting at `start`), noting a `${` it stops at. */
  const continueKotlinString = (from: number, start: number): number => {
    const at = readInterpolated(text, from, start, push, templates, DOUBLE);
    if (templates.length > 0 && templates[templates.length - 1] === -1) {
      templates[templates.length - 1] = braces;
      resumes.push(KOTLIN_STRING);
    }
    return at;
  };
  while (i < length) {
    let code = text.charCodeAt(i);
    if (!isSpecial(code)) {
      // Braces matter only inside a template's interpolation or a JSX expression: outside them
      // the lexer jumps over them too.
      i = next(i, templates.length > 0);
      if (i === -1) break;
      code = text.charCodeAt(i);
    }
    if (family === 'python') {
      if (code === HASH) {
        const end = lineEnd(text, i);
        push(i, end, Region.COMMENT);
        i = end;
        continue;
      }
      if (code === SINGLE || code === DOUBLE) {
        const end = skipPythonString(text, i, code);
        if (isFormatted(text, i)) pushFormatted(text, i, end, push);
        else push(i, end, Region.STRING);
        i = end;
        continue;
      }
      i++;
      continue;
    }
    if (code === SLASH && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      if (next === SLASH) {
        const end = lineEnd(text, i);
        push(i, end, Region.COMMENT);
        i = end;
        continue;
      }
      if (next === STAR) {
        const close = text.indexOf('*/', i + 2);
        const end = close === -1 ? length : close + 2;
        push(i, end, Region.COMMENT);
        i = end;
        continue;
      }
      // A JS regex literal (`/\/*$/`, `/[`'"]/g`): its quotes, backticks and `/*` open nothing.
      if (family === 'js' && i >= noRegexBefore && startsRegex(text, i)) {
        const end = skipRegex(text, i);
        if (end !== -1) {
          push(i, end, Region.STRING);
          i = end;
          continue;
        }
        noRegexBefore = lineEnd(text, i);
      }
    }
    if (code === DOUBLE && family === 'java' && text.startsWith('"""', i)) {
      const close = text.indexOf('"""', i + 3);
      const end = close === -1 ? length : close + 3;
      push(i, end, Region.STRING);
      i = end;
      continue;
    }
    if (code === DOUBLE && kotlin) {
      i = continueKotlinString(i + 1, i);
      continue;
    }
    if (code === SINGLE || code === DOUBLE) {
      const end = skipQuoted(text, i, code);
      push(i, end, Region.STRING);
      i = end;
      continue;
    }
    if (code === BACKTICK) {
      if (family === 'go') {
        // A Go raw string: no escapes, no interpolation.
        const close = text.indexOf('`', i + 1);
        const end = close === -1 ? length : close + 1;
        push(i, end, Region.STRING);
        i = end;
        continue;
      }
      if (family === 'java') {
        // Kotlin, Scala and Swift quote a name in backticks (`` `my test`() ``), PHP a shell
        // command: one line, never a template (the call-argument reader reads it the same way).
        const end = skipQuoted(text, i, BACKTICK);
        push(i, end, Region.STRING);
        i = end;
        continue;
      }
      i = readInterpolated(text, i + 1, i, push, templates, BACKTICK);
      if (templates.length > 0 && templates[templates.length - 1] === -1) {
        // Stopped at `${`: code until its closing brace.
        templates[templates.length - 1] = braces;
        resumes.push(undefined);
      }
      continue;
    }
    if ((family === 'js' || kotlin) && templates.length > 0) {
      if (code === OPEN_BRACE) braces++;
      else if (code === CLOSE_BRACE) {
        if (braces === templates[templates.length - 1]) {
          templates.pop();
          const element = resumes.pop();
          if (element === KOTLIN_STRING) {
            // Back inside the Kotlin string from the interpolation's `}`.
            i = continueKotlinString(i + 1, i);
            continue;
          }
          if (element !== undefined) {
            // Back inside the JSX element, after its expression's `}`.
            i = continueJsx(i + 1, element);
            continue;
          }
          // Back inside the template literal from the interpolation's `}`, a delimiter like `${`
          // (string too, so braces counted over code stay balanced).
          i = readInterpolated(text, i + 1, i, push, templates, BACKTICK);
          if (templates.length > 0 && templates[templates.length - 1] === -1) {
            templates[templates.length - 1] = braces;
            resumes.push(undefined);
          }
          continue;
        }
        braces--;
      }
    }
    if (withJsx && code === LT && opensJsxTag(text, i) && startsRegex(text, i)) {
      // A `<` where an expression starts (`return <p>`, `(<p>`, `=> <p>`): a JSX element, when its first tag is one.
      const mark = regions.starts.length;
      const state: JsxState = { depth: 0, inTag: true, closing: false, started: false };
      const read = readJsx(text, i + 1, state, push);
      if (read === undefined) {
        regions.starts.length = mark;
        regions.ends.length = mark;
        regions.kinds.length = mark;
        i++;
        continue;
      }
      if (read.expression) {
        templates.push(braces);
        resumes.push(state);
      }
      i = read.at;
      continue;
    }
    i++;
  }
  return regions;
}

/**
 * Reads the literal part of an interpolating string from `from` (just after its opening quote or
 * an interpolation's `}`), pushing it as a string region that starts at `start`: a JS template
 * (closed by a backtick, may span lines) or a Kotlin double-quoted string (closed by `"`, ends
 * unterminated at the line's end). Returns where lexing goes on: after the closing quote, at the
 * line's end, or after a `${` (then a -1 is pushed on `templates` for the caller to fill in).
 * `\${` opens no code; neither does Kotlin's `$name`.
 */
function readInterpolated(
  text: string,
  from: number,
  start: number,
  push: (start: number, end: number, kind: Region) => void,
  templates: number[],
  close: typeof BACKTICK | typeof DOUBLE,
): number {
  const endsAtLine = close === DOUBLE;
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      i += 2;
      continue;
    }
    if (code === close) {
      push(start, i + 1, Region.STRING);
      return i + 1;
    }
    if (code === NL && endsAtLine) {
      push(start, i, Region.STRING);
      return i;
    }
    if (code === DOLLAR && text.charCodeAt(i + 1) === OPEN_BRACE) {
      push(start, i + 2, Region.STRING);
      templates.push(-1);
      return i + 2;
    }
    i++;
  }
  // Nothing left after an interpolation's `}` at the text's end: no empty region.
  if (start < text.length) push(start, text.length, Region.STRING);
  return text.length;
}

/** Words after which a `/` starts a regex literal, not a division. */
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);
/** Characters after which a `/` starts a regex literal (`(`, `,`, `=`, an operator, ...). */
const REGEX_AFTER_CHARS = new Set('(,=:[!&|?{;+-*%~^'.split('').map((char) => char.charCodeAt(0)));

/**
 * Whether the `/` at `at` starts a regex literal, by what precedes it: an operator, an opening
 * bracket, `=>`, a keyword such as `return`, or nothing. After a name, a number, `)`, `]`, `}`, a
 * string or `<` (a JSX closing tag) it is a division or markup.
 */
function startsRegex(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === NL || text.charCodeAt(j) === 13)) j--;
  if (j < 0) return true;
  const before = text.charCodeAt(j);
  if (isWordCode(before)) {
    let start = j;
    while (start > 0 && j - start < 12 && isWordCode(text.charCodeAt(start - 1))) start--;
    return (start === 0 || !isWordCode(text.charCodeAt(start - 1))) && REGEX_AFTER_WORDS.has(text.slice(start, j + 1));
  }
  // `x++ / 2` and `x-- / 2` divide; `=> /re/` starts a regex.
  if ((before === 43 || before === 45) && j > 0 && text.charCodeAt(j - 1) === before) return false;
  if (before === 62) return j > 0 && text.charCodeAt(j - 1) === 61;
  return REGEX_AFTER_CHARS.has(before);
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === DOLLAR || code > 127;
}

/** The end of the regex literal whose `/` is at `start` (after its flags), or -1 when the line ends first. */
function skipRegex(text: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NL) return -1;
    if (code === BACKSLASH) {
      i++;
      continue;
    }
    if (inClass) {
      if (code === 93) inClass = false;
    } else if (code === 91) inClass = true;
    else if (code === SLASH) {
      let end = i + 1;
      while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
      return end;
    }
  }
  return -1;
}

function lineEnd(text: string, from: number): number {
  // A loop, not indexOf('\n'): over thousands of files V8's indexOf here became hundreds of
  // times slower (bench/inventory: a 289 KB minified file took 0.5 s instead of 2 ms).
  let end = from;
  while (end < text.length && text.charCodeAt(end) !== NL) end++;
  return end;
}

/** The end of a one-line quoted literal starting at `start` (after its closing quote, or at the line's end). */
function skipQuoted(text: string, start: number, quote: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      i++;
      continue;
    }
    if (code === quote) return i + 1;
    if (code === NL) return i;
  }
  return text.length;
}

/** Whether the Python string whose quote is at `start` is an f-string (prefix `f`, `rf`, `fr`, any case). */
function isFormatted(text: string, start: number): boolean {
  let prefix = start;
  while (prefix > 0 && prefix > start - 3 && /[A-Za-z_0-9]/.test(text.charAt(prefix - 1))) prefix--;
  const letters = text.slice(prefix, start);
  return /^(?:[fF][rR]?|[rR][fF])$/.test(letters) && (prefix === 0 || !/[\w]/.test(text.charAt(prefix - 1)));
}

/**
 * An f-string `[start, end)` as regions: its literal parts strings, its `{...}` interpolations
 * code (with their own string literals), so a call inside one is a call. `{{` is a literal brace.
 */
function pushFormatted(text: string, start: number, end: number, push: (start: number, end: number, kind: Region) => void): void {
  let segment = start;
  for (let k = start + 1; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === BACKSLASH) {
      k++;
      continue;
    }
    if (code !== OPEN_BRACE) continue;
    if (text.charCodeAt(k + 1) === OPEN_BRACE) {
      k++;
      continue;
    }
    // The interpolation's end, and the string literals inside it; none found: the rest is string.
    const inner: [number, number][] = [];
    let depth = 0;
    let close = -1;
    for (let j = k + 1; j < end - 1; j++) {
      const char = text.charCodeAt(j);
      if (char === SINGLE || char === DOUBLE) {
        const literalEnd = Math.min(skipQuoted(text, j, char), end - 1);
        inner.push([j, literalEnd]);
        j = literalEnd - 1;
      } else if (char === OPEN_BRACE) {
        depth++;
      } else if (char === CLOSE_BRACE) {
        if (depth === 0) {
          close = j;
          break;
        }
        depth--;
      }
    }
    if (close === -1) break;
    push(segment, k + 1, Region.STRING);
    for (const [from, to] of inner) push(from, to, Region.STRING);
    segment = close;
    k = close;
  }
  push(segment, end, Region.STRING);
}

/** A Python string (any prefix is plain code before it): triple-quoted or one-line. */
function skipPythonString(text: string, start: number, quote: number): number {
  const triple = text.charCodeAt(start + 1) === quote && text.charCodeAt(start + 2) === quote;
  if (!triple) return skipQuoted(text, start, quote);
  const closing = quote === DOUBLE ? '"""' : "'''";
  for (let i = start + 3; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      i++;
      continue;
    }
    if (code === quote && text.startsWith(closing, i)) return i + 3;
  }
  return text.length;
}

/** What the text is at `offset` (binary search over the regions). */
export function regionAt(regions: SourceRegions, offset: number): Region {
  const { starts, ends, kinds } = regions;
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (ends[mid]! <= offset) low = mid + 1;
    else if (starts[mid]! > offset) high = mid - 1;
    else return kinds[mid]!;
  }
  return Region.CODE;
}

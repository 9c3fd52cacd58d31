// A small hand-written lexer per language family: where a source file's comments and string
// literals are, so the context scanner can tell a call from a key named in a comment or a log
// message. One pass, linear in the text, never throws (unterminated literals end at the text's
// end, or at the line's end for one-line literals). A JavaScript regular expression literal is a
// string region: `/[/*]/` or /`/ must not open a comment or a template that would hide the code
// after it.

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
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const CLOSE_PAREN = 41;
const CR = 13;
const LESS_THAN = 60;
const GREATER_THAN = 62;
/** Characters after which an expression (so a regex) starts, for a `/>` that could be either. */
const EXPRESSION_STARTS = new Set([40, 44, 61, 58, 91, 33, 38, 124, 63, 59]);

/** Words after which a `/` starts a regular expression, not a division (`return /x/`). */
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/** Finds the comments and strings of `text`. Linear time; never throws. */
export function lexSource(text: string, family: LexFamily): SourceRegions {
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
  let braces = 0;
  // Where the last code character that is not white space is (-1: none yet): decides whether a `/` starts a regex.
  let previous = -1;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
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
      if (family === 'js' && startsRegex(text, previous, next)) {
        const end = skipRegex(text, i);
        push(i, end, Region.STRING);
        previous = end - 1;
        i = end;
        continue;
      }
    }
    if (code === DOUBLE && family === 'java' && text.startsWith('"""', i)) {
      const close = text.indexOf('"""', i + 3);
      const end = close === -1 ? length : close + 3;
      push(i, end, Region.STRING);
      i = end;
      continue;
    }
    if (code === SINGLE || code === DOUBLE) {
      const end = skipQuoted(text, i, code);
      push(i, end, Region.STRING);
      previous = end - 1;
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
      i = readTemplate(text, i + 1, i, push, templates);
      // After a whole template an operand; after `${` an expression starts.
      previous = i - 1;
      if (templates.length > 0 && templates[templates.length - 1] === -1) {
        // Stopped at `${`: code until its closing brace.
        templates[templates.length - 1] = braces;
      }
      continue;
    }
    if (family === 'js' && templates.length > 0) {
      if (code === OPEN_BRACE) braces++;
      else if (code === CLOSE_BRACE) {
        if (braces === templates[templates.length - 1]) {
          templates.pop();
          // Back inside the template literal, after the interpolation's `}`.
          i = readTemplate(text, i + 1, i + 1, push, templates);
          previous = i - 1;
          if (templates.length > 0 && templates[templates.length - 1] === -1) templates[templates.length - 1] = braces;
          continue;
        }
        braces--;
      }
    }
    if (code !== 32 && code !== 9 && code !== NL && code !== CR) previous = i;
    i++;
  }
  return regions;
}

/**
 * Whether a `/` (not `//` or `/*`) after the code character at `previous` starts a regular
 * expression: not after an operand (a name, a number, `)`, `]`, `}` of an expression, a string).
 * When it cannot be told, a regex: its region ends at the line's end at the latest, while a regex
 * read as code could open a comment or template that hides the lines after it.
 */
function startsRegex(text: string, previous: number, next: number): boolean {
  if (previous < 0) return true;
  const code = text.charCodeAt(previous);
  if (code === CLOSE_PAREN || code === CLOSE_BRACKET || code === SINGLE || code === DOUBLE || code === BACKTICK) return false;
  // JSX: a closing tag `</div>`, and `/>` after an attribute (`<a b={c} />`), not after an operator.
  if (code === LESS_THAN) return false;
  if (next === GREATER_THAN && !EXPRESSION_STARTS.has(code)) return false;
  if (!isWordCode(code)) return true;
  // A name or number: a division, unless the word is a keyword an expression follows (`return /x/`).
  let start = previous;
  while (start > 0 && previous - start < 12 && isWordCode(text.charCodeAt(start - 1))) start--;
  return REGEX_AFTER_WORDS.has(text.slice(start, previous + 1));
}

/** Letters, digits, `_`, `$`, and any non-ASCII character (identifiers may hold them). */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === DOLLAR || code > 127;
}

/** The end of a regex literal starting at `start` (after its flags), or the line's end: a regex holds no line break. */
function skipRegex(text: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NL || code === CR) return i;
    if (code === BACKSLASH) {
      // An escaped line break ends the (broken) literal all the same.
      const escaped = text.charCodeAt(i + 1);
      if (escaped === NL || escaped === CR) return i + 1;
      i++;
      continue;
    }
    if (code === OPEN_BRACKET) inClass = true;
    else if (code === CLOSE_BRACKET) inClass = false;
    else if (code === SLASH && !inClass) {
      let end = i + 1;
      while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
      return end;
    }
  }
  return text.length;
}

/**
 * Reads template text from `from` (just after the backtick or the interpolation's `}`), pushing
 * it as a string region that starts at `start`. Returns where lexing goes on: after the closing
 * backtick, or after a `${` (then a -1 is pushed on `templates` for the caller to fill in).
 */
function readTemplate(
  text: string,
  from: number,
  start: number,
  push: (start: number, end: number, kind: Region) => void,
  templates: number[],
): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      i += 2;
      continue;
    }
    if (code === BACKTICK) {
      push(start, i + 1, Region.STRING);
      return i + 1;
    }
    if (code === DOLLAR && text.charCodeAt(i + 1) === OPEN_BRACE) {
      push(start, i + 2, Region.STRING);
      templates.push(-1);
      return i + 2;
    }
    i++;
  }
  push(start, text.length, Region.STRING);
  return text.length;
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

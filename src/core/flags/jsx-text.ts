// JSX inside a JS/TS source (`.tsx`, `.jsx`, `.js`), for the source lexer: an element's text is
// text, not code (`<p>Press the ` key</p>`: the backtick opens no template literal, `Don't` no
// string, `http://x` no comment), its attribute values are strings, and its `{...}` expressions
// are code again (the lexer's main loop reads them and hands back at the closing brace).
// The lexer's region kinds (source-lexer.ts `Region`), written here: that module imports this one.
const COMMENT = 1;
const STRING = 2;

/** Where the reader is inside one outermost JSX element. */
export interface JsxState {
  /** Elements open around the reader (a fragment `<>` counts). */
  depth: number;
  /** Inside a tag (`<a href="x">`), not in the children's text. */
  inTag: boolean;
  /** The tag being read closes an element (`</a>`). */
  closing: boolean;
  /** The first tag has ended: from then on the text is JSX, whatever follows. */
  started: boolean;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const STAR = 42;
const SINGLE = 39;
const DOUBLE = 34;
const OPEN_BRACE = 123;
const NL = 10;

/** Whether a `<` at `at` can open a JSX element by what follows it: a tag name or `>` (a fragment). */
export function opensJsxTag(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  if (next === GT) return true;
  if (!((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95 || next === 36 || next > 127)) return false;
  // A TSX generic arrow function: `<T,>(x: T) => x`, `<T extends U>(x: T) => x`.
  return !/^<[\w$]+\s*(?:,|extends\b)/.test(text.slice(at, at + 80));
}

/** A character a tag may hold outside its attribute values and expressions: names, `-`, `:`, `.`, `=`, white space. */
function isTagCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127 ||
    code === 45 || code === 58 || code === 46 || code === 61 || code === 32 || code === 9 || code === NL || code === 13
  );
}

/**
 * Reads JSX from `from` in `state`, pushing attribute values and text as string regions (and
 * comments between attributes as comments). Returns where lexing goes on: after the outermost
 * element's end (`expression` false), or just inside a `{` (`expression` true: the caller lexes
 * the expression as code and comes back at its `}`). Undefined when the first tag turns out to
 * be no tag (a character no tag holds): the caller takes the `<` for an operator.
 */
export function readJsx(
  text: string,
  from: number,
  state: JsxState,
  push: (start: number, end: number, kind: typeof COMMENT | typeof STRING) => void,
): { at: number; expression: boolean } | undefined {
  const length = text.length;
  let i = from;
  while (i < length) {
    if (state.inTag) {
      const code = text.charCodeAt(i);
      if (code === SINGLE || code === DOUBLE) {
        // An attribute value: no escapes in JSX, and it may run over lines.
        const close = text.indexOf(code === SINGLE ? "'" : '"', i + 1);
        const end = close === -1 ? length : close + 1;
        push(i, end, STRING);
        i = end;
        continue;
      }
      if (code === OPEN_BRACE) return { at: i + 1, expression: true };
      if (code === SLASH && text.charCodeAt(i + 1) === SLASH) {
        let end = i;
        while (end < length && text.charCodeAt(end) !== NL) end++;
        push(i, end, COMMENT);
        i = end;
        continue;
      }
      if (code === SLASH && text.charCodeAt(i + 1) === STAR) {
        const close = text.indexOf('*/', i + 2);
        const end = close === -1 ? length : close + 2;
        push(i, end, COMMENT);
        i = end;
        continue;
      }
      if (code === SLASH && text.charCodeAt(i + 1) === GT) {
        // A self-closing element: ends where it opened.
        state.inTag = false;
        state.started = true;
        i += 2;
        if (state.depth === 0) return { at: i, expression: false };
        continue;
      }
      if (code === GT) {
        state.inTag = false;
        state.started = true;
        i++;
        if (state.closing) state.depth--;
        else state.depth++;
        state.closing = false;
        if (state.depth <= 0) return { at: i, expression: false };
        continue;
      }
      // A `/` of a closing tag `</a>` was stepped over when it opened; any other character a tag
      // cannot hold: before the first tag ended, no JSX at all.
      if (!isTagCode(code) && !state.started) return undefined;
      i++;
      continue;
    }
    // The children: text up to a tag or an expression.
    let end = i;
    while (end < length) {
      const code = text.charCodeAt(end);
      if (code === LT || code === OPEN_BRACE) break;
      end++;
    }
    if (end > i) push(i, end, STRING);
    if (end >= length) return { at: length, expression: false };
    if (text.charCodeAt(end) === OPEN_BRACE) return { at: end + 1, expression: true };
    state.inTag = true;
    state.closing = text.charCodeAt(end + 1) === SLASH;
    i = end + (state.closing ? 2 : 1);
  }
  return { at: length, expression: false };
}

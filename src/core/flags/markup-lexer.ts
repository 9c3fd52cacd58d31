// Single-file components (Vue `.vue`, Svelte `.svelte`): markup around `<script>` blocks. The
// script blocks are lexed as JS/TS; in the markup, HTML comments are comments, `<style>` blocks,
// plain attribute values and text are strings (prose, never a call), and what the framework
// evaluates is code, lexed as JS: Vue directive values (`v-if="..."`, `:prop`, `@event`, `#slot`)
// and `{{ ... }}`, Svelte's `{ ... }` (attribute values and blocks). Linear; never throws.
import { lexSource, Region, type SourceRegions } from './source-lexer.js';

/** Whether a path is a single-file component whose script sits in markup. */
export function isMarkupPath(path: string): boolean {
  return /\.(?:vue|svelte)$/i.test(path);
}

/** A Vue directive's attribute name: its value is an expression. */
const DIRECTIVE = /^(?:v-|[:@#])/;

/** The comment and string regions of a single-file component's text (sorted, disjoint). */
export function lexMarkup(text: string): SourceRegions {
  const regions: SourceRegions = { starts: [], ends: [], kinds: [] };
  const push = (start: number, end: number, kind: Region): void => {
    if (end <= start) return;
    const last = regions.kinds.length - 1;
    // Adjacent text and attribute strings make one region.
    if (last >= 0 && regions.kinds[last] === kind && regions.ends[last] === start) {
      regions.ends[last] = end;
      return;
    }
    regions.starts.push(start);
    regions.ends.push(end);
    regions.kinds.push(kind);
  };
  const lexCode = (start: number, end: number): void => {
    const inner = lexSource(text.slice(start, end), 'js');
    for (let k = 0; k < inner.kinds.length; k++) push(inner.starts[k]! + start, inner.ends[k]! + start, inner.kinds[k]!);
  };
  const length = text.length;
  let i = 0;
  let textStart = 0;
  const endText = (at: number): void => push(textStart, at, Region.STRING);
  while (i < length) {
    const char = text.charAt(i);
    if (char === '{') {
      // Vue `{{ expr }}`, Svelte `{expr}`, `{#if expr}`: code up to the matching brace.
      endText(i);
      const close = matchingBrace(text, i);
      lexCode(i, close);
      i = textStart = close;
      continue;
    }
    if (char !== '<') {
      i++;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      endText(i);
      const close = text.indexOf('-->', i + 4);
      const end = close === -1 ? length : close + 3;
      push(i, end, Region.COMMENT);
      i = textStart = end;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z][\w:.-]*)/.exec(text.slice(i, i + 64));
    if (tag === null) {
      i++;
      continue;
    }
    endText(i);
    const tagEnd = readTag(text, i + tag[0].length, push, lexCode);
    const name = tag[2]!.toLowerCase();
    if (tag[1] === '' && (name === 'script' || name === 'style') && text.charAt(tagEnd - 2) !== '/') {
      const close = text.toLowerCase().indexOf(`</${name}`, tagEnd);
      const end = close === -1 ? length : close;
      if (name === 'script') lexCode(tagEnd, end);
      else push(tagEnd, end, Region.STRING);
      i = textStart = end;
      continue;
    }
    i = textStart = tagEnd;
  }
  endText(length);
  return regions;
}

/** Reads a tag's attributes from `from` to its `>`: directive and `{...}` values are code, other values strings. Returns the offset after `>`. */
function readTag(text: string, from: number, push: (start: number, end: number, kind: Region) => void, lexCode: (start: number, end: number) => void): number {
  const length = text.length;
  let i = from;
  let name = '';
  while (i < length) {
    const char = text.charAt(i);
    if (char === '>') return i + 1;
    if (char === '"' || char === "'") {
      const close = text.indexOf(char, i + 1);
      const end = close === -1 ? length : close + 1;
      if (DIRECTIVE.test(name)) {
        // A quote that never closes: code to the text's end, and no closing quote (it would be the
        // opening one again when the quote is the last character).
        push(i, i + 1, Region.STRING);
        lexCode(i + 1, close === -1 ? length : close);
        if (close !== -1) push(close, end, Region.STRING);
      } else if (/\{/.test(text.slice(i, end))) {
        // Svelte `attr="text {expr} text"`: the braces are code.
        let at = i;
        while (at < end) {
          const open = text.indexOf('{', at);
          if (open === -1 || open >= end) break;
          push(at, open, Region.STRING);
          const brace = Math.min(matchingBrace(text, open), end);
          lexCode(open, brace);
          at = brace;
        }
        push(at, end, Region.STRING);
      } else push(i, end, Region.STRING);
      i = end;
      name = '';
      continue;
    }
    if (char === '{') {
      const close = matchingBrace(text, i);
      lexCode(i, close);
      i = close;
      name = '';
      continue;
    }
    if (/[\w:@#.-]/.test(char)) {
      const start = i;
      while (i < length && /[\w:@#.\-[\]]/.test(text.charAt(i))) i++;
      name = text.slice(start, i);
      continue;
    }
    if (char !== '=' && !/\s/.test(char)) name = '';
    i++;
  }
  return length;
}

/** The offset after the `}` that closes the brace at `open` (quotes inside are skipped), or the text's end. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '{') depth++;
    else if (char === '}') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (char === '"' || char === "'" || char === '`') {
      const close = text.indexOf(char, i + 1);
      if (close === -1) return text.length;
      i = close;
    }
  }
  return text.length;
}

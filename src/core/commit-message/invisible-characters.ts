// Invisible and control characters in a first line: git keeps them (it strips only trailing
// space, tab and CR), and `git log` then shows a line that differs from what the reader sees.

/** Names of the characters most often met, as the Unicode standard names them. */
const NAMES: Readonly<Record<number, string>> = {
  0x0b: 'LINE TABULATION (\\v)',
  0x0c: 'FORM FEED (\\f)',
  0x0d: 'CARRIAGE RETURN (\\r)',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x1680: 'OGHAM SPACE MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x2000: 'EN QUAD',
  0x2001: 'EM QUAD',
  0x2002: 'EN SPACE',
  0x2003: 'EM SPACE',
  0x2004: 'THREE-PER-EM SPACE',
  0x2005: 'FOUR-PER-EM SPACE',
  0x2006: 'SIX-PER-EM SPACE',
  0x2007: 'FIGURE SPACE',
  0x2008: 'PUNCTUATION SPACE',
  0x2009: 'THIN SPACE',
  0x200a: 'HAIR SPACE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x205f: 'MEDIUM MATHEMATICAL SPACE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3000: 'IDEOGRAPHIC SPACE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
};

/**
 * Whitespace other than space and tab, format characters and control characters. Not U+200D
 * (ZERO WIDTH JOINER), which joins emoji, nor NUL (its own rule, `message-nul-byte`). Made when
 * a line needs it, not at load: V8 parses a pattern when it creates it, and the Unicode property
 * classes cost a hook's start about a third of a millisecond (ICU enumerates them); it caches
 * the parsed pattern, so a second one costs little.
 */
const invisiblePattern = (): RegExp => new RegExp('[\\s\\p{Cf}\\p{Cc}]', 'gu');

export interface InvisibleCharacter {
  readonly codePoint: number;
  /** 1-based column, counted in characters (code points) as editors count them. */
  readonly column: number;
}

/** Every invisible character of `line`, in order. Linear. */
export function findInvisibleCharacters(line: string): InvisibleCharacter[] {
  // Printable ASCII and tabs hold none: the usual header never compiles the Unicode pattern.
  if (isPrintableAscii(line)) return [];
  const found: InvisibleCharacter[] = [];
  let column = 0;
  let previous = 0;
  for (const match of line.matchAll(invisiblePattern())) {
    const codePoint = match[0].codePointAt(0)!;
    if (codePoint === 0x20 || codePoint === 0x09 || codePoint === 0x200d || codePoint === 0) continue;
    column += countCodePointsBetween(line, previous, match.index) + 1;
    previous = match.index + match[0].length;
    found.push({ codePoint, column });
  }
  return found;
}

function isPrintableAscii(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code > 0x7e) return false;
  }
  return true;
}

function countCodePointsBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate and its low surrogate are one character.
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  return count;
}

/** `U+00A0 NO-BREAK SPACE`: the code point and its name (or what kind of character it is). */
export function describeCharacter(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[codePoint] ?? (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) ? 'a control character' : 'an invisible character');
  return `U+${hex} ${name}`;
}

/** The line as it reads: invisible whitespace becomes a space, other invisible characters go. */
export function replaceInvisibleCharacters(line: string): string {
  return line.replace(invisiblePattern(), (ch) => (ch === ' ' || ch === '\t' || ch === '\u200d' || ch === '\0' ? ch : /\s/.test(ch) ? ' ' : ''));
}

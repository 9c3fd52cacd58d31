// Git's C-style path quoting (quote.c): decoding the paths that `git diff` writes in headers.

const ESCAPES: Readonly<Record<string, number>> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  '\\': 92,
};

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Turns a header field as raw bytes (a latin1 string, one char per byte) into the path it names.
 * A field that starts with `"` is C-quoted (`\t`, `\"`, `\\`, `\303\274` octal bytes); any other
 * field is the raw bytes. The bytes are decoded as UTF-8; invalid sequences become U+FFFD, so
 * any input decodes and none throws.
 */
export function decodeGitPath(field: string): string {
  if (!field.startsWith('"')) return decodeBytes(field);
  return decodeBytes(unquoteC(field).value);
}

/**
 * Splits a C-quoted token off the front of `text` (which starts with `"`): returns its unquoted
 * bytes (latin1 string) and the rest after the closing quote. An unterminated quote takes the
 * whole text.
 */
export function unquoteC(text: string): { value: string; rest: string } {
  let out = '';
  let i = 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') return { value: out, rest: text.slice(i + 1) };
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      i += 1;
      continue;
    }
    const next = text[i + 1]!;
    const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
    if (octal) {
      out += String.fromCharCode(Number.parseInt(octal[0], 8) & 0xff);
      i += 1 + octal[0].length;
    } else {
      const code = ESCAPES[next];
      out += code === undefined ? next : String.fromCharCode(code);
      i += 2;
    }
  }
  return { value: out, rest: '' };
}

/** Decodes a latin1 string of raw bytes as UTF-8 (lossy). */
export function decodeBytes(latin1: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(latin1)) return latin1;
  const bytes = new Uint8Array(latin1.length);
  for (let i = 0; i < latin1.length; i++) bytes[i] = latin1.charCodeAt(i) & 0xff;
  return decoder.decode(bytes);
}

/** Encodes a path the way git does with core.quotePath=true (for tests and generators). */
export function quoteGitPath(path: string): string {
  const bytes = new TextEncoder().encode(path);
  let needsQuote = false;
  let out = '';
  for (const byte of bytes) {
    if (byte === 34 || byte === 92) {
      needsQuote = true;
      out += `\\${String.fromCharCode(byte)}`;
    } else if (byte < 0x20 || byte >= 0x7f) {
      needsQuote = true;
      const named = Object.entries(ESCAPES).find(([, code]) => code === byte)?.[0];
      out += named !== undefined ? `\\${named}` : `\\${byte.toString(8).padStart(3, '0')}`;
    } else {
      out += String.fromCharCode(byte);
    }
  }
  return needsQuote ? `"${out}"` : out;
}

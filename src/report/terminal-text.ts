// Text that comes from the repository (file names, flag keys, commit subjects) made safe for a
// terminal: control characters become C-style escapes, as git quotes paths, so an escape
// sequence in a name cannot retitle the window, clear the screen or hide a line.

/** C0 controls, DEL and the C1 controls (U+009B is a one-character CSI for some terminals). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** git's escapes (quote.c): the named ones, then octal bytes. */
const NAMED: Readonly<Record<string, string>> = { '\u0007': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\u000b': '\\v', '\f': '\\f', '\r': '\\r' };

function escapeOne(char: string): string {
  return NAMED[char] ?? [...Buffer.from(char, 'utf8')].map((byte) => `\\${byte.toString(8).padStart(3, '0')}`).join('');
}

/**
 * `text` with every control character written as git writes it in a quoted path (`\n`, `\t`,
 * `\033`, `\302\233`); everything else unchanged. For prose that quotes outside text (a finding's
 * message naming a flag key, a commit subject).
 */
export function escapeControlChars(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROL, escapeOne) : text;
}

/**
 * A name (a file path) much as git prints it with core.quotePath=false: unchanged when it holds
 * no control character and does not start with `"`, else in double quotes with `"` and `\`
 * escaped as well, so a quoted form is never the same as another name printed as it is.
 */
export function quoteName(name: string): string {
  if (!HAS_CONTROL.test(name) && !name.startsWith('"')) return name;
  return `"${name.replace(/["\\]/g, (char) => `\\${char}`).replace(CONTROL, escapeOne)}"`;
}

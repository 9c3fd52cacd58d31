// String constants declared in one file, so a flag key held in a constant is read as that key:
// `const FLAG = 'new-checkout'` then `variation(FLAG, ...)`, object constants
// (`const Flags = { DARK: 'dark-mode' } as const` then `Flags.DARK`), TS enums, Python module
// and class attributes and function locals, Go `const` (and `const ( ... )` blocks) and locals
// (`var`, `:=`), Java `static final String` fields, locals and interface constants, Kotlin `val`,
// members of nested types (`Flags.Checkout.NEW`) and TS namespaces. A name resolves only when the file binds it exactly once, to a
// plain string literal, and never assigns it again: anything else stays a dynamic key. Constants
// imported from another file are bound by imported-constants.ts (the hooks read that file).
import { foldLiteralConcatenation } from './literal-concatenation.js';
import type { LexFamily } from './source-lexer.js';

/** A plain one-line string literal that can be a key (no interpolation, escapes or spaces). */
const LITERAL = String.raw`(?:'([^'\\\s$]{1,256})'|"([^"\\\s$]{1,256})"|\`([^\`\\\s$]{1,256})\`)`;
const NAME = String.raw`[A-Za-z_$][\w$]*`;
/**
 * Literals joined at compile time (`'gho' + 'st'`, Python's `"gho" "st"`), on one line or broken
 * after a `+`: folded to the key they make (literal-concatenation.ts).
 */
const JOINED = String.raw`(?:['"\`][^'"\`\\\s$]{0,256}['"\`][ \t]*(?:\+\s*|))+['"\`][^'"\`\\\s$]{0,256}['"\`]`;
/** A declaration's value: a literal (groups 1-3 of it), or joined literals (group 4). */
const VALUE = String.raw`(?:${LITERAL}|(${JOINED}))`;

/**
 * Declarations per family: group 1 the name, groups 2-4 the literal's text. TS `'k' as const`,
 * its older spelling `<const>'k'` and `'k' satisfies T` leave the value the literal.
 */
const SIMPLE: Readonly<Record<Exclude<LexFamily, 'plain'>, RegExp>> = {
  js: new RegExp(String.raw`(?<![\w$.])(?:export\s+)?(?:const|let|var)\s+(${NAME})(?:\s*:\s*[\w$.<>|'" ]{1,100})?\s*=\s*(?:<const>\s*)?${VALUE}(?:\s+as\s+const|\s+satisfies\s+[\w$.]{1,100})?\s*(?=[;\n,)]|$)`, 'gd'),
  python: new RegExp(String.raw`^[ \t]*(${NAME})(?:[ \t]*:[ \t]*[\w.\[\]]{1,60})?[ \t]*=[ \t]*${VALUE}[ \t]*(?=#|\r?$)`, 'gmd'),
  // Go `const`, and the locals `var name = "..."` and `name := "..."` (bound once, never assigned again).
  go: new RegExp(String.raw`^[ \t]*(?:(?:const|var)[ \t]+)?(?!(?:var|const|type|func|return)\b)(${NAME})(?:[ \t]+[\w.]{1,60})?[ \t]*:?=[ \t]*${VALUE}[ \t]*(?=//|\r?$)`, 'gmd'),
  // Java `static final String NAME = "...";`; Kotlin `const val NAME = "..."` (and `val`, which is never reassigned).
  java: new RegExp(String.raw`(?<![\w$.])(?:(?:(?:public|private|protected|static|final)\s+)*(?:String|var)\s+(${NAME})\s*=\s*${VALUE}\s*;|(?:(?:private|internal|public|protected)\s+)?(?:const\s+)?val\s+(${NAME})(?:\s*:\s*String)?\s*=\s*${VALUE}[ \t]*(?=;|//|\r?$))`, 'gmd'),
};

/** The text before a Kotlin `companion object`'s `{` (also named: `companion object Keys {`). */
const COMPANION_OPENING = /(?<![\w$.])companion\s+object(?:\s+[A-Za-z_$][\w$]*)?\s*$/;

/** The name of the object or type that encloses a member constant. */
// `Object.freeze({ ... })` is the plain-JS spelling of `{ ... } as const`.
const JS_OBJECT = new RegExp(String.raw`(?<![\w$.])(?:export\s+)?(?:const\s+(${NAME})(?:\s*:\s*[^=;{}]{1,100})?\s*=\s*(?:Object\.freeze\(\s*)?\{|(?:const\s+)?enum\s+(${NAME})\s*\{)`, 'g');
const JS_MEMBER = new RegExp(String.raw`^\s*(?:(${NAME})|'(${NAME})'|"(${NAME})")\s*[:=]\s*${LITERAL}\s*$`);
// Kotlin's `object FlagKeys { const val ... }` and `companion object` bodies too.
const TYPE_DECLARATION = /(?<![\w$.])(?:class|interface|enum|object)\s+([A-Za-z_$][\w$]*)[^{;]*\{/g;
const PYTHON_CLASS = /^([ \t]*)class[ \t]+([A-Za-z_]\w*)[^\n:]*:[ \t]*(?:#[^\n]*)?$/gm;
// TS `namespace Flags { export const NEW = '...'; }` (also `export` and `declare`d).
const TS_NAMESPACE = /(?<![\w$.])(?:export\s+)?(?:declare\s+)?namespace\s+([A-Za-z_$][\w$]*)\s*\{/g;

/** A constant: the key it holds, and the span of text where its name means it. */
export interface FileConstant {
  readonly value: string;
  readonly from: number;
  readonly to: number;
}

/**
 * The string constants of `text`: a name (`FLAG`) or member (`Flags.DARK`) mapped to the key it
 * holds and its scope (a name declared in a block means it until the block ends; at top level,
 * in the whole file). `isCode(offset)` says whether an offset is code (declarations inside
 * comments and strings do not count). Ambiguous names (bound twice, or assigned again) are left out.
 */
export function findStringConstants(text: string, family: LexFamily, isCode: (offset: number) => boolean): ReadonlyMap<string, FileConstant> {
  const found = new Map<string, FileConstant | null>();
  if (family === 'plain') return new Map();
  const bind = (name: string, value: string, from = 0, to = text.length): void => {
    found.set(name, found.has(name) ? null : { value, from, to });
  };
  const declarationAt = new Set<number>();
  const pattern = SIMPLE[family];
  const goBlocks = family === 'go' ? [...text.matchAll(/(?<![\w$.])const\s*\(([^()]*)\)/g)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const { name, at: declared, value } = readDeclaration(match, family);
    const at = declared;
    if (!isCode(at)) continue;
    declarationAt.add(at);
    if (value === undefined) continue;
    if (family === 'go' && !/^\s*(?:const|var)\b|:=/.test(match[0]) && !goBlocks.some(([a, b]) => at > a && at < b)) continue;
    let [from, to] = scopeOf(text, family, at, isCode);
    // Kotlin: a `companion object`'s members are named unqualified in the whole class around it.
    if (family === 'java' && from > 0 && COMPANION_OPENING.test(text.slice(Math.max(0, from - 80), from))) [from, to] = scopeOf(text, family, from, isCode);
    bind(name, value, from, to);
  }
  for (const [name, value] of memberConstants(text, family, isCode)) bind(name, value);
  // A simple name inside a Java type, a Python class body or a TS namespace (exported) is also
  // read as `Owner.NAME`, and inside a nested one as `Outer.Owner.NAME` too.
  if (family === 'java' || family === 'python' || family === 'js') {
    const owners = ownersOf(text, family, isCode);
    for (const { owner, from, to } of owners) {
      const outer = owners.filter((other) => other.from < from && from < other.to).map((other) => other.owner);
      const body = text.slice(from, to);
      const bodyIndent = family === 'python' ? indentOfBody(body) : -1;
      pattern.lastIndex = 0;
      for (const match of body.matchAll(pattern)) {
        const declaration = readDeclaration(match, family);
        const at = from + declaration.at;
        if (!isCode(at) || declaration.value === undefined) continue;
        if (family === 'python' && indentOf(match[0]) !== bodyIndent) continue;
        if (family === 'js' && !/^\s*export\s/.test(match[0])) continue;
        const { value } = declaration;
        bind(`${owner}.${declaration.name}`, value);
        if (outer.length > 0) bind(`${[...outer, owner].join('.')}.${declaration.name}`, value);
      }
    }
  }
  // A name assigned again anywhere (`FLAG = other`, `FLAG += 'x'`, `flag := x`, `Flags.DARK = ...`) is no constant.
  const constants = new Map<string, FileConstant>();
  for (const [name, constant] of found) {
    if (constant === null) continue;
    const escaped = name.replace(/[.$]/g, (c) => `\\${c}`).replace(/\\\./g, String.raw`\s*\.\s*`);
    const assignment = new RegExp(String.raw`(?<![\w$.])${escaped}\s*(?:[-+*/%|&^:]|\?\?|\|\||&&|<<|>>)?=(?![=>])`, 'g');
    let reassigned = false;
    for (const match of text.matchAll(assignment)) {
      if (!isCode(match.index) || declarationAt.has(match.index)) continue;
      // A member line of an object or a Java class body declares, not assigns (read above).
      if (family === 'java' && /\bString\s+$/.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
      reassigned = true;
      break;
    }
    if (!reassigned) constants.set(name, constant);
  }
  return constants;
}

/**
 * A declaration match's name, its offset and the key: groups 1-5, or 6-10 (Kotlin's `val` in the
 * Java family). The value is undefined when joined literals make no key.
 */
function readDeclaration(match: RegExpMatchArray, family: LexFamily): { name: string; at: number; value: string | undefined } {
  const first = match[1] !== undefined ? 1 : 6;
  const joined = match[first + 4];
  const value = match[first + 1] ?? match[first + 2] ?? match[first + 3] ?? (joined === undefined ? undefined : foldLiteralConcatenation(joined, family));
  return { name: match[first]!, at: match.indices![first]![0], value };
}

/**
 * Where a name declared at `at` is in scope: its enclosing block (braces) or, in Python, the
 * whole file for a name at indentation 0, else to the first line indented less.
 */
function scopeOf(text: string, family: LexFamily, at: number, isCode: (offset: number) => boolean): [number, number] {
  if (family === 'python') {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (at === lineStart) return [0, text.length];
    // A function's local: to the end of the block it is declared in (the first line indented less).
    const indent = at - lineStart;
    const dedent = /\n([ \t]*)(?=[^\s#])/g;
    dedent.lastIndex = at;
    for (let next = dedent.exec(text); next !== null; next = dedent.exec(text)) if (next[1]!.length < indent) return [lineStart, next.index];
    return [lineStart, text.length];
  }
  let depth = 0;
  let from = 0;
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if ((code !== 123 && code !== 125) || !isCode(i)) continue;
    if (code === 125) depth++;
    else if (depth === 0) {
      from = i;
      break;
    } else depth--;
  }
  if (from === 0) return [0, text.length];
  const close = closingBrace(text, from, isCode);
  return [from, close === -1 ? text.length : close];
}

/** `Owner.MEMBER` constants of object literals and enums (JS/TS); Java enums with string values are not read. */
function memberConstants(text: string, family: LexFamily, isCode: (offset: number) => boolean): [string, string][] {
  if (family !== 'js') return [];
  const members: [string, string][] = [];
  for (const match of text.matchAll(JS_OBJECT)) {
    if (!isCode(match.index)) continue;
    const owner = match[1] ?? match[2]!;
    const open = match.index + match[0].length - 1;
    const close = closingBrace(text, open, isCode);
    if (close === -1) continue;
    // Only flat bodies: a nested object or a computed member leaves the owner unread.
    const body = text.slice(open + 1, close);
    for (const part of body.split(/[,;\n]/)) {
      if (part.trim() === '' || /^\s*(?:\/\/|\/\*|\*)/.test(part)) continue;
      const member = JS_MEMBER.exec(part);
      if (member === null) continue;
      members.push([`${owner}.${member[1] ?? member[2] ?? member[3]!}`, member[4] ?? member[5] ?? member[6]!]);
    }
  }
  return members;
}

/** Classes (Python), classes, interfaces and enums (Java) and namespaces (TS) with the span of their bodies, outermost first. */
function ownersOf(text: string, family: LexFamily, isCode: (offset: number) => boolean): { owner: string; from: number; to: number }[] {
  const owners: { owner: string; from: number; to: number }[] = [];
  if (family === 'java' || family === 'js') {
    for (const match of text.matchAll(family === 'java' ? TYPE_DECLARATION : TS_NAMESPACE)) {
      if (!isCode(match.index)) continue;
      const open = match.index + match[0].length - 1;
      const close = closingBrace(text, open, isCode);
      owners.push({ owner: match[1]!, from: open + 1, to: close === -1 ? text.length : close });
    }
    return owners;
  }
  for (const match of text.matchAll(PYTHON_CLASS)) {
    if (!isCode(match.index + match[1]!.length)) continue;
    const indent = match[1]!.length;
    const from = match.index + match[0].length + 1;
    const dedent = /\n([ \t]*)(?=[^\s#])/g;
    dedent.lastIndex = from - 1;
    let to = text.length;
    for (let next = dedent.exec(text); next !== null; next = dedent.exec(text)) {
      if (next[1]!.length <= indent) {
        to = next.index;
        break;
      }
    }
    owners.push({ owner: match[2]!, from: Math.min(from, text.length), to });
  }
  return owners;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line.replace(/^\n/, ''))![0].length;
}

/** The indentation of the first code line of a Python class body. */
function indentOfBody(body: string): number {
  const first = /^[ \t]*(?=[^\s#])/m.exec(body);
  return first === null ? -1 : first[0].length;
}

/** The offset of the `}` closing the `{` at `open` (code only), or -1. */
function closingBrace(text: string, open: number, isCode: (offset: number) => boolean): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 123 && code !== 125) continue;
    if (!isCode(i)) continue;
    if (code === 123) depth++;
    else if (--depth === 0) return i;
  }
  return -1;
}

/**
 * The key a dynamic key expression stands for, when it names a constant of the file: `FLAG`,
 * `Flags.DARK` (Python also `Flags.DARK.value`, a `str` enum's member), also converted to a
 * string (`string(DarkMode)`, `str(Flags.DARK)`).
 */
export function resolveConstantExpression(written: string, at: number, constants: ReadonlyMap<string, FileConstant>): string | undefined {
  // A conversion to a string changes no key: Go's `string(DarkMode)` of a typed constant, Python's `str(Flag.X)`.
  const expression = /^(?:string|str|String)\(\s*([^()]*?)\s*\)$/.exec(written)?.[1] ?? written;
  const compact = expression.replace(/\s+/g, '');
  // A member of a nested type (`Flags.Checkout.NEW`, Python also with `.value`).
  if (!/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){0,3}$/.test(compact)) return undefined;
  const constant = constants.get(compact) ?? (compact.endsWith('.value') ? constants.get(compact.slice(0, -'.value'.length)) : undefined);
  return constant !== undefined && at >= constant.from && at < constant.to ? constant.value : undefined;
}

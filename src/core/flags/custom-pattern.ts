// User-supplied flag patterns: their shape is checked (it compiles, it has a `flag` group), they
// get a literal anchor for the prefilter, and the source they run as. They run on V8's
// linear-time engine (src/config/linear-regexp.ts), which has no `d` flag: where the `flag` group
// starts is read from a group wrapped around what comes before it.

/** The parts of a custom pattern the matcher needs (the config schema's type fits it). */
export interface CustomPatternSpec {
  readonly name?: string | undefined;
  readonly pattern: string;
  readonly anchor?: string | undefined;
}

export type CustomPatternCheck = { readonly ok: true; readonly anchor: string } | { readonly ok: false; readonly problem: string };

/** The group {@link compileCustomPatternSource} wraps around the part before the `flag` group. */
export const FLAG_PREFIX_GROUP = 'proveHooksBeforeFlag';

/**
 * The source a custom pattern runs as: when its `flag` group is at the top level of a pattern
 * without top-level alternation, the part before it is wrapped in the {@link FLAG_PREFIX_GROUP}
 * group (the same matches; the group's length is the flag's offset in the match). Otherwise the
 * source unchanged, and the offset is where the flag's text first occurs in the match.
 */
export function compileCustomPatternSource(source: string): string {
  let depth = 0;
  let flagAt = -1;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') {
      i += 1;
    } else if (char === '[') {
      i = skipGroup(source, i) - 1;
    } else if (char === '(') {
      if (depth === 0 && flagAt === -1 && source.startsWith('(?<flag>', i)) flagAt = i;
      depth += 1;
    } else if (char === ')') {
      depth -= 1;
    } else if (char === '|' && depth === 0) {
      return source;
    }
  }
  return flagAt <= 0 ? source : `(?<${FLAG_PREFIX_GROUP}>${source.slice(0, flagAt)})${source.slice(flagAt)}`;
}

/** Shortest derived anchor we accept: shorter literals would send most lines to the regex. */
const MIN_DERIVED_ANCHOR = 3;

/**
 * Checks a custom pattern's shape and finds its anchor (the configured one, or the longest
 * literal every match must contain). Pure; returns the problem in words rather than throwing.
 */
export function checkCustomPatternShape(spec: CustomPatternSpec): CustomPatternCheck {
  try {
    new RegExp(spec.pattern, 'gd');
  } catch (error) {
    return { ok: false, problem: `does not compile: ${(error as Error).message}` };
  }
  if (!/\(\?<flag>/.test(spec.pattern)) {
    return { ok: false, problem: 'has no named group `flag`: write the key part as (?<flag>...)' };
  }
  // A configured anchor is trusted: it cannot be checked against every possible match.
  if (spec.anchor !== undefined) return { ok: true, anchor: spec.anchor };
  const anchor = deriveAnchor(spec.pattern);
  if (anchor === undefined || anchor.length < MIN_DERIVED_ANCHOR) {
    return {
      ok: false,
      problem: 'has no literal of 3 or more characters that every match contains: add an `anchor` (e.g. the function name)',
    };
  }
  return { ok: true, anchor };
}

/**
 * The longest run of characters at the top level of a regex that every match contains, as the
 * engine matches them (escapes decoded: `\x41` is `A`), or undefined when the pattern has a
 * top-level alternation. An escape that is not one known character ends a run.
 */
export function deriveAnchor(source: string): string | undefined {
  let best = '';
  let run = '';
  const endRun = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < source.length; ) {
    const char = source[i]!;
    if (char === '|') return undefined;
    if (char === '\\') {
      const escape = readEscape(source, i);
      if (escape.literal === undefined) endRun();
      else run += escape.literal;
      i = escape.end;
    } else if (char === '(' || char === '[') {
      endRun();
      i = skipGroup(source, i);
    } else if ('*?{'.includes(char)) {
      run = run.slice(0, -1); // the previous character may be absent
      endRun();
      i = char === '{' ? source.indexOf('}', i) + 1 || source.length : i + 1;
      if (source[i] === '?') i += 1;
    } else if (char === '+') {
      endRun();
      i += source[i + 1] === '?' ? 2 : 1;
    } else if ('.^$'.includes(char)) {
      endRun();
      i += 1;
    } else {
      run += char;
      i += 1;
    }
  }
  endRun();
  return best.length > 0 ? best : undefined;
}

/** Characters an escape of one letter stands for (a regex without the `u` flag). */
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f' };

/**
 * The escape at `start` (a backslash): the one character it matches when that is a known
 * literal (`\.`, `\x41`, `\u00e9`, `\n`), else undefined (classes such as `\d`, assertions
 * such as `\b`, backreferences `\1` and `\k<name>`, anything unsure), and the index past it.
 */
function readEscape(source: string, start: number): { literal: string | undefined; end: number } {
  const next = source[start + 1] ?? '';
  if (!/[A-Za-z0-9]/.test(next)) return { literal: next === '' ? undefined : next, end: start + 2 };
  const hex = next === 'x' ? /^[0-9A-Fa-f]{2}/.exec(source.slice(start + 2)) : next === 'u' ? /^[0-9A-Fa-f]{4}/.exec(source.slice(start + 2)) : null;
  if (hex !== null) return { literal: String.fromCharCode(Number.parseInt(hex[0], 16)), end: start + 2 + hex[0].length };
  if (next === 'k' && source[start + 2] === '<') {
    const close = source.indexOf('>', start + 3);
    return { literal: undefined, end: close === -1 ? source.length : close + 1 };
  }
  if (next === 'c') return { literal: undefined, end: start + 3 };
  return { literal: CONTROL_ESCAPES[next], end: start + 2 };
}

/** Index just past the group or class that starts at `start` (escapes and nesting handled). */
function skipGroup(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') {
      i += 1;
    } else if (inClass) {
      if (char === ']') {
        inClass = false;
        if (depth === 0) return i + 1;
      }
    } else if (char === '[') {
      inClass = true;
    } else if (char === '(') {
      depth += 1;
    } else if (char === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return source.length;
}

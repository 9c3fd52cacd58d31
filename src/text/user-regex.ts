// Checks of a regular expression a user writes into the config, before it ever runs: that it
// compiles, holds the named group its reader takes the value from, has a literal every match
// contains (the prefilter's anchor), can run on V8's linear-time engine (the compiler is handed
// in: switching the engine on is the config's edge, src/config/linear-regexp.ts), and, for the
// backtracking engine, has none of the known catastrophic shapes. No domain knowledge: the caller
// names the group. The config schema (refusing a bad pattern when the config loads) and the flag
// matcher (core/flags/custom-pattern.ts: the group `flag`) run these same functions. The check
// against catastrophic backtracking is text/backtracking-safety.ts: only the schema runs it, and
// its library (safe-regex2 and its tokenizer) would otherwise load with every pre-commit.

/** A user's pattern and the anchor they may have given for it. */
export interface UserPatternSpec {
  readonly pattern: string;
  readonly anchor?: string | undefined;
}

/** The pattern's anchor when it passes, else the problem in words (completing "the pattern ..."). */
export type UserPatternCheck = { readonly ok: true; readonly anchor: string } | { readonly ok: false; readonly problem: string };

/** Compiles for V8's linear-time engine; throws when the source cannot run there. */
export type LinearRegExpCompiler = (source: string, flags: string) => RegExp;

/** Longest pattern accepted: the linear engine's time grows with the pattern's size times the line's. */
export const MAX_USER_PATTERN_LENGTH = 1000;

/** Shortest derived anchor we accept: shorter literals would send most lines to the regex. */
const MIN_DERIVED_ANCHOR = 3;

/**
 * The name of the group {@link wrapBeforeGroup} puts around what comes before `group`
 * (`flag` → `proveHooksBeforeFlag`): derived from it, so the checked source and the one that
 * runs are the same text.
 */
export function prefixGroupOf(group: string): string {
  return `proveHooksBefore${group.charAt(0).toUpperCase()}${group.slice(1)}`;
}

/**
 * The source a pattern runs as: when its `group` is at the top level of a pattern without
 * top-level alternation, the part before it is wrapped in the {@link prefixGroupOf} group (the
 * same matches; that group's length is the offset of `group` in the match: the linear engine
 * has no `d` flag). Otherwise the source unchanged.
 */
export function wrapBeforeGroup(source: string, group: string): string {
  const opening = `(?<${group}>`;
  let depth = 0;
  let groupAt = -1;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') {
      i += 1;
    } else if (char === '[') {
      i = skipGroup(source, i) - 1;
    } else if (char === '(') {
      if (depth === 0 && groupAt === -1 && source.startsWith(opening, i)) groupAt = i;
      depth += 1;
    } else if (char === ')') {
      depth -= 1;
    } else if (char === '|' && depth === 0) {
      return source;
    }
  }
  return groupAt <= 0 ? source : `(?<${prefixGroupOf(group)}>${source.slice(0, groupAt)})${source.slice(groupAt)}`;
}

/**
 * Checks a pattern's shape and finds its anchor (the configured one, or the longest literal
 * every match must contain): it compiles and holds the named `group`. Pure; returns the
 * problem in words rather than throwing.
 */
export function checkPatternShape(spec: UserPatternSpec, group: string): UserPatternCheck {
  try {
    new RegExp(spec.pattern, 'gd');
  } catch (error) {
    return { ok: false, problem: `does not compile: ${(error as Error).message}` };
  }
  if (!spec.pattern.includes(`(?<${group}>`)) {
    return { ok: false, problem: `has no named group \`${group}\`: write the key part as (?<${group}>...)` };
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
 * The whole check of a pattern that runs on the linear-time engine: its length, its shape
 * ({@link checkPatternShape}), then whether the engine can run the source as it will run
 * ({@link wrapBeforeGroup}); `compileLinear` throws when it cannot.
 */
export function checkUserPattern(spec: UserPatternSpec, group: string, compileLinear: LinearRegExpCompiler): UserPatternCheck {
  if (spec.pattern.length > MAX_USER_PATTERN_LENGTH) {
    return { ok: false, problem: `is longer than ${MAX_USER_PATTERN_LENGTH} characters: split it into several patterns` };
  }
  const shape = checkPatternShape(spec, group);
  if (!shape.ok) return shape;
  try {
    compileLinear(wrapBeforeGroup(spec.pattern, group), 'g');
  } catch {
    return {
      ok: false,
      problem:
        'cannot run in linear time: it uses a backreference (\\1, \\k<name>), a lookahead or lookbehind ((?=, (?!, (?<=, (?<!) or a large {n,m} count; ' +
        'rewrite it without them, e.g. (?:^|[^\\w$]) instead of (?<![\\w$])',
    };
  }
  return shape;
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

// User-supplied flag patterns: their shape is checked (it compiles, it has a `flag` group) and
// they get a literal anchor for the prefilter. The backtracking check is in pattern-safety.ts,
// which the config loader runs, so its parser stays off the hook's hot path.

/** The parts of a custom pattern the matcher needs (the config schema's type fits it). */
export interface CustomPatternSpec {
  readonly name?: string | undefined;
  readonly pattern: string;
  readonly anchor?: string | undefined;
}

export type CustomPatternCheck = { readonly ok: true; readonly anchor: string } | { readonly ok: false; readonly problem: string };

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
 * The longest run of literal characters at the top level of a regex that every match contains,
 * or undefined when the pattern has a top-level alternation.
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
      const next = source[i + 1] ?? '';
      if (/[A-Za-z0-9]/.test(next)) endRun(); // \d, \w, \b, \1, \u00e9...: not a plain literal
      else run += next;
      i += 2;
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

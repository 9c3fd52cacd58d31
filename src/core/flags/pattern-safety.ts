// The full check of a user pattern, run when the config is loaded: its shape (custom-pattern.ts)
// and whether V8's linear-time engine can run it. That engine is what bounds a pattern's time
// (no static check of backtracking can promise it); the compiler is injected because switching
// the engine on is the edge's business (src/config/linear-regexp.ts).
import { checkCustomPatternShape, compileCustomPatternSource, type CustomPatternCheck, type CustomPatternSpec } from './custom-pattern.js';
import type { RegExpCompiler } from './compile-matcher.js';
import safeRegex from 'safe-regex2';

/**
 * A static check against catastrophic backtracking, for regexes that run on the backtracking
 * engine over short, bounded input (the branch pattern of prepare-commit-msg). It cannot promise
 * bounded time (custom flag patterns use the linear engine for that); it refuses the known shapes.
 */
export function isBacktrackingSafe(source: string): boolean {
  return safeRegex(source.replace(/\(\?<[=!]/g, '(?:'));
}

/** Longest pattern accepted: the linear engine's time grows with the pattern's size times the line's. */
export const MAX_CUSTOM_PATTERN_LENGTH = 1000;

/**
 * Shape, then the linear engine: the problem in words, or the pattern's anchor. `compileLinear`
 * compiles for the linear-time engine (flags without `l`) and throws when it cannot.
 */
export function checkCustomPattern(spec: CustomPatternSpec, compileLinear: RegExpCompiler): CustomPatternCheck {
  if (spec.pattern.length > MAX_CUSTOM_PATTERN_LENGTH) {
    return { ok: false, problem: `is longer than ${MAX_CUSTOM_PATTERN_LENGTH} characters: split it into several patterns` };
  }
  const shape = checkCustomPatternShape(spec);
  if (!shape.ok) return shape;
  try {
    compileLinear(compileCustomPatternSource(spec.pattern), 'g');
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

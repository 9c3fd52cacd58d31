// The full check of a user pattern, run when the config is loaded: its shape (custom-pattern.ts)
// and whether it can backtrack catastrophically (safe-regex2's star-height analysis).
import safeRegex from 'safe-regex2';
import { checkCustomPatternShape, type CustomPatternCheck, type CustomPatternSpec } from './custom-pattern.js';

/**
 * True when a regex has no nested or stacked repetition (safe-regex2's star-height test). The
 * analyser does not know lookbehind, so `(?<=` and `(?<!` are read as plain groups: their
 * contents are still checked.
 */
export function isBacktrackingSafe(source: string): boolean {
  return safeRegex(source.replace(/\(\?<[=!]/g, '(?:'));
}

/** Shape, then safety: the problem in words, or the pattern's anchor. */
export function checkCustomPattern(spec: CustomPatternSpec): CustomPatternCheck {
  const shape = checkCustomPatternShape(spec);
  if (!shape.ok) return shape;
  if (!isBacktrackingSafe(spec.pattern)) {
    return {
      ok: false,
      problem: 'can backtrack catastrophically (nested or overlapping repetition such as (a+)+): simplify it',
    };
  }
  return shape;
}

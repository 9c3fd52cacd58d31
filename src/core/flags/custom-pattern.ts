// User-supplied flag patterns: the key is read from their named group `flag`. Their shape (it
// compiles, it has that group), their anchor for the prefilter and the source they run as are
// the base's checks of a user's regex (src/text/user-regex.ts), which the config schema runs
// too when the config loads. They run on V8's linear-time engine (src/config/linear-regexp.ts),
// which has no `d` flag: where the `flag` group starts is read from a group wrapped around what
// comes before it.
import { checkPatternShape, prefixGroupOf, wrapBeforeGroup, type UserPatternCheck, type UserPatternSpec } from '../../text/user-regex.js';

/** The parts of a custom pattern the matcher needs (the config schema's type fits it). */
export interface CustomPatternSpec extends UserPatternSpec {
  readonly name?: string | undefined;
}

export type CustomPatternCheck = UserPatternCheck;

/** The named group a custom pattern holds the flag key in (the config schema names the same: CUSTOM_PATTERN_GROUP). */
export const FLAG_GROUP = 'flag';

/** The group {@link compileCustomPatternSource} wraps around the part before the `flag` group. */
export const FLAG_PREFIX_GROUP = prefixGroupOf(FLAG_GROUP);

/**
 * The source a custom pattern runs as: when its `flag` group is at the top level of a pattern
 * without top-level alternation, the part before it is wrapped in the {@link FLAG_PREFIX_GROUP}
 * group (the same matches; the group's length is the flag's offset in the match). Otherwise the
 * source unchanged, and the offset is where the flag's text first occurs in the match.
 */
export function compileCustomPatternSource(source: string): string {
  return wrapBeforeGroup(source, FLAG_GROUP);
}

/**
 * Checks a custom pattern's shape and finds its anchor (the configured one, or the longest
 * literal every match must contain). Pure; returns the problem in words rather than throwing.
 */
export function checkCustomPatternShape(spec: CustomPatternSpec): CustomPatternCheck {
  return checkPatternShape(spec, FLAG_GROUP);
}

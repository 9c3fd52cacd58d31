// The static check against catastrophic backtracking of a regex a user writes into the config
// (the branch pattern). A module of its own, apart from the other checks (text/user-regex.ts),
// because only the config schema runs it: safe-regex2 and its tokenizer (20 KB) run their top
// level when loaded, which the pre-commit fast path, whose matcher imports user-regex.ts, must not pay.
import safeRegex from 'safe-regex2';

/**
 * A static check against catastrophic backtracking, for regexes that run on the backtracking
 * engine over short, bounded input (the branch pattern of prepare-commit-msg). It cannot promise
 * bounded time (patterns that must, run on the linear engine); it refuses the known shapes.
 */
export function isBacktrackingSafe(source: string): boolean {
  return safeRegex(source.replace(/\(\?<[=!]/g, '(?:'));
}


// Did-you-mean: the candidate a mistyped word most likely meant, for commands, options and keys.
import { closest, distance } from 'fastest-levenshtein';

/**
 * A near-miss suggestion: same word ignoring case, the singular or plural of a candidate
 * (`registry` for `registries`), or within a third of its length in edits (at least 2).
 */
export function suggestClosest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === input.toLowerCase());
  if (sameCase !== undefined) return sameCase;
  const sameWord = candidates.find((candidate) => singularOf(candidate) === singularOf(input));
  if (sameWord !== undefined) return sameWord;
  const best = closest(input, [...candidates]);
  const limit = Math.max(2, Math.floor(input.length / 3));
  return distance(input, best) <= limit ? best : undefined;
}

/** An English word's singular, lower-cased, as far as a key needs: `registries` → `registry`, `presets` → `preset`. */
function singularOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

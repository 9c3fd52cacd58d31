// Did-you-mean: the candidate a mistyped word most likely meant, for commands, options and keys.
import { closest, distance } from 'fastest-levenshtein';

/** A near-miss suggestion: same word ignoring case, or within a third of its length in edits (at least 2). */
export function suggestClosest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === input.toLowerCase());
  if (sameCase !== undefined) return sameCase;
  const best = closest(input, [...candidates]);
  const limit = Math.max(2, Math.floor(input.length / 3));
  return distance(input, best) <= limit ? best : undefined;
}

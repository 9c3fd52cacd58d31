// Did-you-mean for commit types: aliases, prefixes and a small edit distance, over short words only.

/** Common words for a type, mapped to the type they mean (used only when that type is configured). */
const TYPE_ALIASES = new Map<string, string>([
  ['feature', 'feat'], ['features', 'feat'],
  ['bugfix', 'fix'], ['hotfix', 'fix'], ['fixes', 'fix'], ['fixed', 'fix'], ['bug', 'fix'],
  ['tests', 'test'], ['testing', 'test'],
  ['refactoring', 'refactor'], ['refactored', 'refactor'],
  ['reverts', 'revert'], ['reverted', 'revert'],
  ['docs', 'chore'], ['doc', 'chore'], ['build', 'chore'], ['ci', 'chore'], ['chores', 'chore'], ['style', 'chore'],
]);

/** Words longer than this are never a mistyped type (and keep the distance cheap). */
const MAX_WORD_LENGTH = 40;

/** Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours). */
export function measureEditDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * The configured type the user most likely meant by `word`, or undefined. Tries, in order: the
 * word lower-cased and stripped of punctuation (`Feat`, `feat!`), an alias (`feature` -> feat,
 * `docs` -> chore), a type the word starts with (`fixes` -> fix) or a unique type the word
 * begins (`ref` -> refactor), then the closest type within 1 edit (2 for types of 5+ letters).
 */
export function suggestType(word: string, types: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > MAX_WORD_LENGTH) return undefined;
  const normalised = word.toLowerCase().replace(/[^a-z0-9-]/g, '');
  if (normalised.length === 0) return undefined;
  if (types.includes(normalised)) return normalised;
  const alias = TYPE_ALIASES.get(normalised);
  if (alias !== undefined && types.includes(alias)) return alias;

  const startsWithType = types.filter((type) => type.length >= 3 && normalised.startsWith(type));
  if (startsWithType.length > 0) return startsWithType.reduce((a, b) => (b.length > a.length ? b : a));
  if (normalised.length >= 3) {
    const begun = types.filter((type) => type.startsWith(normalised));
    if (begun.length === 1) return begun[0];
  }

  let best: string | undefined;
  let bestDistance = Infinity;
  for (const type of types) {
    const limit = type.length >= 5 ? 2 : 1;
    if (Math.abs(type.length - normalised.length) > limit) continue;
    const distance = measureEditDistance(normalised, type);
    if (distance <= limit && distance < bestDistance) [best, bestDistance] = [type, distance];
  }
  return best;
}

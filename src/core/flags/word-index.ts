// Where each whole word of a text begins, found in one pass: looking up many names then costs
// their own occurrences, not a read of the whole text per name (quadratic on a file of many names).

/** A name made of identifier characters only, which {@link indexWords} can find. */
export function isWord(name: string): boolean {
  return /^[\w$]+$/.test(name);
}

/** The offsets where each maximal run of identifier characters ([\w$]+) begins, ascending, by run. */
export function indexWords(text: string): Map<string, number[]> {
  const words = new Map<string, number[]>();
  for (const match of text.matchAll(/[\w$]+/g)) {
    const list = words.get(match[0]);
    if (list === undefined) words.set(match[0], [match.index]);
    else list.push(match.index);
  }
  return words;
}

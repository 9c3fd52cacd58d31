// Which names occur in a text as whole words, as `git grep -w` decides it: the characters on
// either side of a match are not word characters (letters, digits, `_`). For files git grep
// cannot read (UTF-16, marked binary), decoded by the caller.

/** Word characters as `git grep -w` counts them. */
const WORD = /[A-Za-z0-9_]/;

/**
 * The subset of `names` that occur in `text` with no word character just before or after the
 * occurrence (`beta` is not found in `alphabeta`, is in `beta-search`'s `beta`). Linear in the
 * text per name: each name is searched natively, each hit tested at its two ends.
 */
export function findWholeWords(text: string, names: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const name of names) {
    if (name === '') continue;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const before = at === 0 ? '' : text[at - 1]!;
      const after = text[at + name.length] ?? '';
      if (!WORD.test(before) && !WORD.test(after)) {
        found.add(name);
        break;
      }
    }
  }
  return found;
}

// Registry keys named in comments as prose (`// 'dark-mode' hides the banner`, `# FF_X is only
// set locally`, `<!-- the old 'k' slider -->`): listed as `comment` references, never judged.
import type { TextReference } from './matcher.js';
import type { RegistryIndex } from './registry.js';
import { SUPPRESSION_MARKER } from './suppression.js';

/** What opens a comment in the lexed families (JS/Go/Java `//` and `/*`, Python/Ruby `#`, markup `<!--`). */
const OPENERS = ['//', '/*', '#', '<!--'] as const;

/** A run of characters a key may hold. */
const RUN = String.raw`[^\s'"\`\\()[\]{},;<>=*|!?]`;
/**
 * A word of a comment that may be a key: a quoted run, or a bare run that reads as a key rather
 * than English (it holds `-`, `_`, `.`, `:`, `/`, a digit or an inner capital). English words are
 * skipped inside the regex engine.
 */
const WORD = new RegExp(String.raw`(['"\`])([^'"\`\s\\]{1,256})\1|${RUN}{0,256}(?:[-_.:/\d]|[a-z][A-Z])${RUN}{0,256}`, 'g');

/**
 * Adds to `references` each registry key that a comment of `text` names (quoted, or bare when it
 * reads as a key), at the key's offset; `regionAt(offset)` is 1 inside a comment. Linear in the
 * comments' length.
 */
export function collectCommentMentions(text: string, regionAt: (offset: number) => 0 | 1 | 2, index: RegistryIndex, references: TextReference[]): void {
  if (index.keys.length === 0) return;
  for (const opener of OPENERS) {
    for (let at = text.indexOf(opener); at !== -1; at = text.indexOf(opener, at + opener.length)) {
      // Only where a comment opens: one further inside (`// see #12`) was read with it.
      if (regionAt(at) !== 1 || (at > 0 && regionAt(at - 1) === 1)) continue;
      const end = commentEnd(text, at, opener, regionAt);
      // A suppression (`// prove-allow-flag: k reason`) names the key it lets through: no mention.
      const directive = text.indexOf(SUPPRESSION_MARKER, at);
      if (directive !== -1 && directive < end) continue;
      WORD.lastIndex = at + opener.length;
      for (let word = WORD.exec(text); word !== null && word.index < end; word = WORD.exec(text)) {
        const quoted = word[2] !== undefined;
        const written = quoted ? word[2]! : word[0].replace(/[.:/]+$/, '');
        const offset = quoted ? word.index + 1 : word.index;
        if (offset + written.length > end) continue;
        const flag = index.get(written);
        if (flag !== undefined) references.push({ flag: flag.key, index: offset, source: 'comment', kind: 'comment', start: offset, end: offset + written.length });
      }
    }
  }
}

/** Where the comment opened at `at` ends: its line's end, or its closing `*\/` / `-->`. */
function commentEnd(text: string, at: number, opener: (typeof OPENERS)[number], regionAt: (offset: number) => 0 | 1 | 2): number {
  const closing = opener === '/*' ? '*/' : opener === '<!--' ? '-->' : undefined;
  if (closing === undefined) {
    const newline = text.indexOf('\n', at);
    return newline === -1 ? text.length : newline;
  }
  const close = text.indexOf(closing, at + opener.length);
  // An unclosed block comment (a window that ends inside it) runs while the text is comment.
  if (close === -1) {
    let end = at;
    while (end < text.length && regionAt(end) === 1) end += 1;
    return end;
  }
  return close;
}

// Inline suppressions: `prove-allow-flag: <key> <reason>` in a comment on the line or the line
// above. A suppression needs a reason; one without is reported and suppresses nothing.

/** One `prove-allow-flag:` comment. */
export interface Suppression {
  readonly flag: string;
  /** Empty when the comment gives no reason. */
  readonly reason: string;
}

/** What starts a suppression comment: a line without it suppresses nothing. */
export const SUPPRESSION_MARKER = 'prove-allow-flag:';
const MARKER = SUPPRESSION_MARKER;
const SUPPRESSION = /prove-allow-flag:[ \t]*([^\s*]+)?[ \t]*(.*?)[ \t]*(?:\*\/|-->|#\}|%>)?[ \t]*$/;

/** Every suppression in a line of text (usually one; several markers are read left to right). */
export function parseSuppressions(text: string): Suppression[] {
  if (!text.includes(MARKER)) return [];
  return text
    .split(MARKER)
    .slice(1)
    .map((part) => {
      const match = SUPPRESSION.exec(`${MARKER}${part}`);
      return { flag: match?.[1] ?? '', reason: (match?.[2] ?? '').replace(/^[-:\u2014\u2013]\s*/, '').trim() };
    })
    .filter((suppression) => suppression.flag.length > 0);
}

/** The suppression for a flag on a line or the line above, if any (names as written also match). */
export function findSuppression(
  names: readonly string[],
  text: string,
  previousText: string | undefined,
): Suppression | undefined {
  const candidates = [...parseSuppressions(text), ...(previousText === undefined ? [] : parseSuppressions(previousText))];
  const matching = candidates.filter((suppression) => names.includes(suppression.flag));
  // A justified suppression wins over one without a reason.
  return matching.find((suppression) => suppression.reason.length > 0) ?? matching[0];
}

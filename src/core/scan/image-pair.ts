// A modified file's two images as one text and its diff: the pre-image is the post-image with the
// hunks undone, so what a whole-image pass finds in the pre-image is what it found in the
// post-image's unchanged lines plus what the removed lines hold. Used to give the pre-image its
// line-local facts without a second pass over nearly the same text; the hunks are checked against
// both texts first (an unchanged part that differs: no alignment, direct passes). Line starts are
// not carried over: a native search per line (lineStartsOf) costs less than the loop carrying them.
import { orFacts, type TextFacts } from '../flags/text-facts.js';

/** How a pre-image lines up with its post-image. */
export interface ImageAlignment {
  /** The post-image's added lines: `[start, end)` offset pairs, sorted. */
  readonly postAdded: readonly number[];
  /** The pre-image's removed lines: `[start, end)` offset pairs, sorted. */
  readonly preRemoved: readonly number[];
}

/**
 * Lines up `pre` with `post` through the diff's hunks (`oldStart, oldCount, newStart, newCount`
 * quads in the diff's order, as `git diff -U0` writes them: a count of 0 puts the start on the line
 * before). `postStarts` are post's line starts (lineStartsOf). Undefined when the hunks do not
 * describe the two texts (every unchanged part is compared, at the speed of a memory compare).
 */
export function alignImages(post: string, pre: string, postStarts: readonly number[], hunks: readonly number[]): ImageAlignment | undefined {
  const postLines = post.endsWith('\n') || post.length === 0 ? postStarts.length - 1 : postStarts.length;
  const startOf = (line: number): number => (line <= postStarts.length ? postStarts[line - 1]! : post.length);
  const postAdded: number[] = [];
  const preRemoved: number[] = [];
  let delta = 0;
  let postLine = 1;
  let preLine = 1;
  /** Whether the unchanged post offsets [from, to) are the pre-image's at `delta`. */
  const same = (from: number, to: number): boolean => post.slice(from, to) === pre.slice(from + delta, to + delta);
  for (let k = 0; k + 3 < hunks.length; k += 4) {
    const [oldStart, oldCount, newStart, newCount] = [hunks[k]!, hunks[k + 1]!, hunks[k + 2]!, hunks[k + 3]!];
    const preFirst = oldCount > 0 ? oldStart : oldStart + 1;
    const postFirst = newCount > 0 ? newStart : newStart + 1;
    if (preFirst - preLine !== postFirst - postLine || postFirst < postLine || postFirst + newCount - 1 > postLines) return undefined;
    const addedStart = startOf(postFirst);
    const addedEnd = startOf(postFirst + newCount);
    if (!same(startOf(postLine), addedStart)) return undefined;
    // The removed lines, read from the pre-image where the unchanged part ends.
    const removedStart = addedStart + delta;
    let removedEnd = removedStart;
    for (let line = 0; line < oldCount; line++) {
      if (removedEnd >= pre.length) return undefined;
      const newline = pre.indexOf('\n', removedEnd);
      removedEnd = newline === -1 ? pre.length : newline + 1;
    }
    if (newCount > 0) postAdded.push(addedStart, addedEnd);
    if (oldCount > 0) preRemoved.push(removedStart, removedEnd);
    delta += removedEnd - removedStart - (addedEnd - addedStart);
    postLine = postFirst + newCount;
    preLine = preFirst + oldCount;
  }
  if (!same(startOf(postLine), post.length) || post.length + delta !== pre.length) return undefined;
  return { postAdded, preRemoved };
}

/** The post-image's and pre-image's facts, with one pass over the post-image (its unchanged lines) and the changed lines. */
export function factsOfPair(
  post: string,
  pre: string,
  alignment: ImageAlignment,
  textFacts: (text: string, skip?: readonly number[]) => TextFacts,
): { post: TextFacts; pre: TextFacts } {
  const unchanged = textFacts(post, alignment.postAdded);
  return { post: orFacts(unchanged, textFacts(linesOf(post, alignment.postAdded))), pre: orFacts(unchanged, textFacts(linesOf(pre, alignment.preRemoved))) };
}

/** The text of `[start, end)` ranges of whole lines, one after the other (each ends with its line break, but the text's last). */
function linesOf(text: string, ranges: readonly number[]): string {
  let lines = '';
  for (let k = 0; k < ranges.length; k += 2) lines += text.slice(ranges[k]!, ranges[k + 1]!);
  return lines;
}

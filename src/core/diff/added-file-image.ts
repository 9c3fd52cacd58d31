// The whole text of a file the diff adds, read from the diff itself: with -U0, an added file's
// one hunk is every line of it, each behind a `+`, so no other read of the file is needed.
import { Buffer } from 'node:buffer';

/** The first line end not followed by a `+`: where an added file's `+` lines end. */
const END_OF_ADDED_LINES = /\n(?!\+)/g;

/**
 * The bytes of an added file (its post-image), from the bytes of its hunk lines as the diff holds
 * them (`+` markers, line ends, a last `\ No newline at end of file` line) and the hunk's line
 * count; undefined when they are not exactly `newCount` `+` lines (and that marker line) only:
 * then the file must be read from git. One pass over latin1 text (bytes as they are), no loop
 * per line.
 */
export function readAddedFileImage(hunkBytes: Buffer, newCount: number): Buffer | undefined {
  if (newCount === 0 || hunkBytes.length === 0 || hunkBytes[0] !== 0x2b || hunkBytes[hunkBytes.length - 1] !== 0x0a) return undefined;
  const text = hunkBytes.toString('latin1');
  END_OF_ADDED_LINES.lastIndex = 0;
  const end = END_OF_ADDED_LINES.exec(text)?.index ?? -1;
  let noNewline = false;
  if (end !== text.length - 1) {
    // Only git's marker line may follow the last `+` line (a file that does not end with a newline).
    if (end === -1 || text.charCodeAt(end + 1) !== 0x5c || text.indexOf('\n', end + 1) !== text.length - 1) return undefined;
    noNewline = true;
  }
  const lines = text.slice(0, end + 1);
  const content = lines.slice(1).replaceAll('\n+', '\n');
  // Each line lost exactly its `+`.
  if (lines.length - content.length !== newCount) return undefined;
  return Buffer.from(noNewline ? content.slice(0, -1) : content, 'latin1');
}

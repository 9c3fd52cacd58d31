// A reference or dynamic key copied with new offsets or a kind, built field by field: the context
// scan copies each reference two or three times (placed in its text, moved from a window to the
// file, put on its line), and an object spread costs microseconds each in a hook's short,
// unoptimized life. The copies hold the fields the spreads they replace held (an absent
// `written` or `readKeyForm` stays absent).
import type { DynamicKey, FlagReference, ReferenceKind, TextReference } from './matcher.js';

/** `reference` found in a text: `{ ...reference, kind, start, end }`. */
export function placeReference(reference: FlagReference, kind: ReferenceKind, start: number, end: number): TextReference {
  const { flag, index, source, written } = reference;
  return written === undefined ? { flag, index, source, kind, start, end } : { flag, index, source, written, kind, start, end };
}

/** `reference` with its offsets moved by `by` (a window's references placed in the whole text). */
export function shiftReference(reference: TextReference, by: number): TextReference {
  const { flag, source, written, kind } = reference;
  const index = reference.index + by;
  const start = reference.start + by;
  const end = reference.end + by;
  return written === undefined ? { flag, index, source, kind, start, end } : { flag, index, source, written, kind, start, end };
}

/** `key` with its offsets moved by `by`. */
export function shiftDynamicKey(key: DynamicKey, by: number): DynamicKey {
  const { expression, source, readKeyForm } = key;
  const start = key.start + by;
  const index = key.index + by;
  return readKeyForm === undefined ? { start, index, expression, source } : { start, index, expression, source, readKeyForm };
}

/** `reference` on a line, at `index` in it (-1: not on that line), without its text offsets. */
export function lineReference(reference: TextReference, index: number): FlagReference {
  const { flag, source, written, kind } = reference;
  return written === undefined ? { flag, index, source, kind } : { flag, index, source, written, kind };
}

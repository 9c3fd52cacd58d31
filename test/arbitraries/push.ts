// Test-only generators for pre-push input: shared by the parser's property tests and the fuzz run.
import fc from 'fast-check';

/** A lower-case hex object id of `length` digits. */
export const hexIdArb = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });

/** Two ids of one repository: both SHA-1 (40 digits) or both SHA-256 (64). */
export const idPairArb = fc.oneof(fc.tuple(hexIdArb(40), hexIdArb(40)), fc.tuple(hexIdArb(64), hexIdArb(64)));

/** One ref update as git describes it on stdin (the local ref may hold spaces). */
export const pushUpdateArb = fc.record({
  localRef: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/[\n\r]/.test(s) && s.trim() !== '' && !s.endsWith(' ')),
  ids: idPairArb,
  remoteRef: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/[\s]/.test(s)),
});

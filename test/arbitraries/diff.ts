// Test-only generators for diffs (a model rendered the way git writes it): shared by the diff
// parser's property tests and the fuzz run.
import fc from 'fast-check';
import type { ModelFile } from '../helpers/diff-model.js';

export const pathArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((p) => !p.includes('\0'));
export const lineArb = fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes.filter((b) => b !== 10)).toString('latin1'));
export const hunkArb = (kind: 'added' | 'deleted' | 'other'): fc.Arbitrary<{ removed: string[]; added: string[]; shortCounts: boolean }> =>
  fc.record({
    removed: kind === 'added' ? fc.constant<string[]>([]) : fc.array(lineArb, { maxLength: 4 }),
    added: kind === 'deleted' ? fc.constant<string[]>([]) : fc.array(lineArb, { maxLength: 4 }),
    shortCounts: fc.boolean(),
  }).filter((h) => h.removed.length + h.added.length > 0);

/** One file of a diff: added, deleted, modified or renamed; text, binary or mode-only. */
export const fileArb: fc.Arbitrary<ModelFile> = fc
  .record({
    oldPath: pathArb,
    newPath: pathArb,
    status: fc.constantFrom('added', 'deleted', 'modified', 'renamed') as fc.Arbitrary<ModelFile['status']>,
    shape: fc.constantFrom('text', 'text', 'text', 'binary', 'mode'),
    seed: fc.nat(),
  })
  .chain((f) => {
    const kind = f.status === 'added' ? 'added' : f.status === 'deleted' ? 'deleted' : 'other';
    return fc.array(hunkArb(kind), { minLength: 1, maxLength: 3 }).map((hunks): ModelFile => {
      let oldStart = 1;
      let newStart = 1;
      const placed = hunks.map((h) => {
        const hunk = { ...h, oldStart: h.removed.length === 0 ? oldStart - 1 : oldStart, newStart: h.added.length === 0 ? newStart - 1 : newStart };
        oldStart += h.removed.length + 1 + (f.seed % 3);
        newStart += h.added.length + 1 + (f.seed % 5);
        return hunk;
      });
      const modeOnly = f.shape === 'mode' && (f.status === 'modified' || f.status === 'renamed');
      return {
        oldPath: f.oldPath,
        newPath: f.status === 'renamed' ? f.newPath : f.oldPath,
        status: f.status,
        binary: f.shape === 'binary',
        modeOnly,
        hunks: modeOnly ? [] : placed.map((h) => (kind === 'added' ? { ...h, oldStart: 0 } : kind === 'deleted' ? { ...h, newStart: 0 } : h)),
      };
    });
  });

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineKind } from '../../../src/core/diff/diff-types.js';
import { formatTextPatch, MAX_EDIT_LINES } from '../../../src/core/diff/text-patch.js';
import { expectChangedLinesReadBack, parseDiffInChunks } from '../../helpers/diff-model.js';

const MODIFIED = { oldPath: 'src/a.js', newPath: 'src/a.js', oldMode: '100644', newMode: '100644' };
const parse = (patch: string) => parseDiffInChunks(Buffer.from(patch, 'utf8'));

describe('formatTextPatch', () => {
  it('the parser reads back exactly the changed lines: added ones at their new numbers, removed at their old, the rest in order', () => {
    const line = fc.constantFrom('a', 'b', 'c', "ldClient.variation('x', false);", 'x\r', '\u00e9\u4e2d', '');
    const text = fc.array(line, { maxLength: 30 }).chain((lines) => fc.tuple(fc.constant(lines), fc.boolean()));
    fc.assert(
      fc.property(text, text, ([oldParts, oldEnd], [newParts, newEnd]) => {
        const join = (lines: string[], end: boolean) => (lines.length === 0 ? '' : lines.join('\n') + (end ? '\n' : ''));
        // A file's lines as git counts them: a final LF ends the last line, it starts none.
        const split = (text: string) => (text === '' ? [] : (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n'));
        const [oldText, newText] = [join(oldParts, oldEnd), join(newParts, newEnd)];
        const [oldLines, newLines] = [split(oldText), split(newText)];
        const sink = parse(formatTextPatch(MODIFIED, oldText, newText));
        expectChangedLinesReadBack(sink, oldLines, newLines);
      }),
    );
  });

  it('names a new file, a deleted one and a renamed one as git does', () => {
    const added = parse(formatTextPatch({ ...MODIFIED, oldPath: null, oldMode: null }, undefined, 'one\ntwo\n'));
    expect(added.files.map((file) => [file.status, file.oldPath, file.newPath])).toEqual([['added', null, 'src/a.js']]);
    expect(added.lines.map((recorded) => [recorded.kind, recorded.line, recorded.text])).toEqual([
      [LineKind.ADDED, 1, 'one'],
      [LineKind.ADDED, 2, 'two'],
    ]);
    const deleted = parse(formatTextPatch({ ...MODIFIED, newPath: null, newMode: null }, 'one\n', undefined));
    expect(deleted.files.map((file) => [file.status, file.oldPath, file.newPath])).toEqual([['deleted', 'src/a.js', null]]);
    const renamed = parse(formatTextPatch({ ...MODIFIED, oldPath: 'old "name".js', newPath: 'tab\there.js' }, 'one\n', 'one\ntwo\n'));
    expect(renamed.files.map((file) => [file.status, file.oldPath, file.newPath])).toEqual([['renamed', 'old "name".js', 'tab\there.js']]);
    expect(renamed.lines.map((recorded) => [recorded.kind, recorded.line, recorded.text])).toEqual([[LineKind.ADDED, 2, 'two']]);
  });

  it('is empty when no line changed (a final newline added changes no line)', () => {
    expect(formatTextPatch(MODIFIED, 'a\nb\n', 'a\nb\n')).toBe('');
    expect(formatTextPatch(MODIFIED, 'a\nb', 'a\nb\n')).toBe('');
  });

  it('writes a new file of 300,000 lines (a spread of that many into push() overflowed the stack)', () => {
    const text = 'x\n'.repeat(300_000);
    const patch = formatTextPatch({ ...MODIFIED, oldPath: null, oldMode: null }, undefined, text);
    expect(patch.startsWith('diff --git a/src/a.js b/src/a.js\nnew file mode 100644\n--- /dev/null\n+++ b/src/a.js\n@@ -0,0 +1,300000 @@\n+x\n')).toBe(true);
    expect(patch.split('\n').filter((line) => line === '+x')).toHaveLength(300_000);
  });

  it('beyond the edit limit the changed middle is all removed and added (more findings, never fewer), quickly', () => {
    const count = 4 * MAX_EDIT_LINES;
    const oldText = Array.from({ length: count }, (_, n) => `old ${n}`).join('\n');
    const newText = `same\n${Array.from({ length: count }, (_, n) => `new ${n}`).join('\n')}\nsame`;
    const sink = parse(formatTextPatch(MODIFIED, `same\n${oldText}\nsame`, newText));
    expect(sink.lines.filter((recorded) => recorded.kind === LineKind.ADDED).map((recorded) => recorded.line)).toEqual(Array.from({ length: count }, (_, n) => n + 2));
    expect(sink.lines.filter((recorded) => recorded.kind === LineKind.REMOVED)).toHaveLength(count);
  });
});

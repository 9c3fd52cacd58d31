// An added file's text read from the diff's `+` lines (the context scan's source for new files,
// instead of `git cat-file`): through the parser in any chunking, the bytes are the file's.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAddedFileImage } from '../../../src/core/diff/added-file-image.js';
import { DiffParser } from '../../../src/core/diff/diff-parser.js';
import type { DiffFile, DiffSink } from '../../../src/core/diff/diff-types.js';

/** The -U0 diff git writes for a new file with these bytes (the `@@` line as git prints it). */
function addedFileDiff(path: string, bytes: Buffer): Buffer {
  const lines: Buffer[] = [];
  for (let start = 0; start < bytes.length; ) {
    const lf = bytes.indexOf(10, start);
    lines.push(bytes.subarray(start, lf === -1 ? bytes.length : lf + 1));
    start = lf === -1 ? bytes.length : lf + 1;
  }
  const last = lines.at(-1);
  const missingNewline = last !== undefined && last[last.length - 1] !== 10;
  const header = `diff --git a/${path} b/${path}\nnew file mode 100644\nindex 0000000..1234567\n--- /dev/null\n+++ b/${path}\n@@ -0,0 +1${lines.length === 1 ? '' : `,${lines.length}`} @@\n`;
  return Buffer.concat([
    Buffer.from(header, 'latin1'),
    ...lines.flatMap((line) => [Buffer.from('+'), line]),
    ...(missingNewline ? [Buffer.from('\n\\ No newline at end of file\n')] : []),
  ]);
}

/** Runs `diff` through a parser in `cuts` chunks, capturing every file's hunk bytes; the image of each by path. */
function imagesThroughParser(diff: Buffer, cuts: readonly number[], maxLineBytes = 4096): Map<string, Buffer | undefined> {
  const parts = new Map<number, Buffer[]>();
  const files: DiffFile[] = [];
  const newCounts = new Map<number, number>();
  const sink: DiffSink = {
    onFile: (file) => {
      files.push(file);
      return true;
    },
    onLines: () => undefined,
    onSkippedLine: () => undefined,
    onHunk: (index, _oldStart, _oldCount, _newStart, newCount) => void newCounts.set(index, newCount),
    captureHunks: (file) => file.status === 'added',
    onHunkBytes: (index, bytes) => void parts.set(index, [...(parts.get(index) ?? []), Buffer.from(bytes)]),
  };
  const parser = new DiffParser(sink, { maxLineBytes, batchBytes: 64 });
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= at || cut >= diff.length) continue;
    parser.push(diff.subarray(at, cut));
    at = cut;
  }
  parser.push(diff.subarray(at));
  parser.end();
  return new Map(files.map((file) => [file.newPath!, readAddedFileImage(Buffer.concat(parts.get(file.index) ?? []), newCounts.get(file.index) ?? 0)]));
}

const line = fc.oneof(
  fc.string({ maxLength: 40 }).map((text) => text.replace(/\n/g, ' ')),
  fc.constantFrom('', '+plus', '-minus', ' space', '\\ backslash', '@@ -1 +1 @@', 'diff --git a/x b/x', 'text\r', '\u00e9t\u00e9'),
);
const fileBytes = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([lines, newlineAtEnd]) => Buffer.from(`${lines.join('\n')}${newlineAtEnd ? '\n' : ''}`, 'utf8'))
  .filter((bytes) => bytes.length > 0);

describe('readAddedFileImage', () => {
  it('gives an added file its exact bytes through the parser, in any chunking, whatever its lines look like', () => {
    fc.assert(
      fc.property(fc.array(fileBytes, { minLength: 1, maxLength: 3 }), fc.array(fc.nat(2000), { maxLength: 6 }), (files, cuts) => {
        const diff = Buffer.concat(files.map((bytes, i) => addedFileDiff(`f${i}.ts`, bytes)));
        const images = imagesThroughParser(diff, cuts);
        files.forEach((bytes, i) => expect(images.get(`f${i}.ts`)?.equals(bytes)).toBe(true));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the exact bytes or none (git is then asked) when lines are over the length cap, in any chunking', () => {
    fc.assert(
      fc.property(fileBytes, fc.nat(120), fc.array(fc.nat(400), { maxLength: 8 }), (bytes, long, cuts) => {
        const withLong = Buffer.concat([bytes, Buffer.from(`${'x'.repeat(long)}\r\nend\n`)]);
        const image = imagesThroughParser(addedFileDiff('f.ts', withLong), cuts, 50).get('f.ts');
        if (image !== undefined) expect(image.equals(withLong)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives no image when a line over the cap arrived in parts (its bytes were dropped as they came)', () => {
    const bytes = Buffer.from(`short\n${'x'.repeat(300)}\nend\n`);
    const diff = addedFileDiff('f.ts', bytes);
    const cuts = Array.from({ length: Math.ceil(diff.length / 10) }, (_, k) => 10 * (k + 1));
    expect(imagesThroughParser(diff, cuts, 50).get('f.ts')).toBeUndefined();
  });

  it.each([
    ['no bytes', '', 1],
    ['a line without its + marker', '+a\n b\n', 2],
    ['fewer lines than the hunk says', '+a\n+b\n', 3],
    ['more lines than the hunk says', '+a\n+b\n', 1],
    ['a later hunk header', '+a\n@@ -0,0 +2 @@\n+b\n', 2],
    ['text after the no-newline marker', '+a\n\\ No newline at end of file\n+b\n', 2],
    ['an unterminated last line', '+a\n+b', 2],
  ])('refuses %s', (_name, text, newCount) => {
    expect(readAddedFileImage(Buffer.from(text, 'latin1'), newCount)).toBeUndefined();
  });

  it('keeps CR bytes and drops the last newline only under the no-newline marker', () => {
    expect(readAddedFileImage(Buffer.from('+a\r\n+b\r\n', 'latin1'), 2)?.toString('latin1')).toBe('a\r\nb\r\n');
    expect(readAddedFileImage(Buffer.from('+a\n+b\n\\ No newline at end of file\n', 'latin1'), 2)?.toString('latin1')).toBe('a\nb');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineKind } from '../../../src/core/diff/diff-types.js';
import { fileArb } from '../../arbitraries/diff.js';
import { DiffParser, MIN_READ_ROOM_BYTES } from '../../../src/core/diff/diff-parser.js';
import { RecordingSink, expectedLines, parseDiffInChunks, renderDiff } from '../../helpers/diff-model.js';

const parse = parseDiffInChunks;

const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

// Captured from git 2.39 `git diff --cached -U0 --no-ext-diff --no-color -M`.
const REAL = [
  'diff --git a/b.bin b/b.bin',
  'index 88768ef..3e3315e 100644',
  'Binary files a/b.bin and b/b.bin differ',
  'diff --git a/crlf.txt b/crlf.txt',
  'deleted file mode 100644',
  'index e07b3fd..0000000',
  '--- a/crlf.txt',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  '-l\r',
  '-m',
  'diff --git a/mode.sh b/mode.sh',
  'old mode 100644',
  'new mode 100755',
  'diff --git "a/new\\nline.txt" "b/new\\nline.txt"',
  'new file mode 100644',
  'index 0000000..65194dd',
  '--- /dev/null',
  '+++ "b/new\\nline.txt"',
  '@@ -0,0 +1 @@',
  '+new\xff\xfe line',
  'diff --git a/nonl.txt b/nonl.txt',
  'index 1a9d148..7adf2e5 100644',
  '--- a/nonl.txt',
  '+++ b/nonl.txt',
  '@@ -1 +1 @@',
  '-nonl',
  '\\ No newline at end of file',
  '+nonl2',
  '\\ No newline at end of file',
  'diff --git a/sp ace.txt b/sp ace2.txt',
  'similarity index 100%',
  'rename from sp ace.txt',
  'rename to sp ace2.txt',
  'diff --git a/sp ace2.txt b/sp ace2.txt',
  'index 7898192..422c2b7 100644',
  '--- a/sp ace2.txt\t',
  '+++ b/sp ace2.txt\t',
  '@@ -1,0 +2 @@ a',
  '+b',
  'diff --git "a/tab\\tq\\"uote.txt" "b/tab\\tq\\"uote.txt"',
  'index 587be6b..b77b4eb 100644',
  '--- "a/tab\\tq\\"uote.txt"',
  '+++ "b/tab\\tq\\"uote.txt"',
  '@@ -1,0 +2 @@ x',
  '+y',
  `diff --git a/${latin1('ünï.txt')} b/${latin1('ünï.txt')}`,
  `--- a/${latin1('ünï.txt')}`,
  `+++ b/${latin1('ünï.txt')}`,
  '@@ -1,0 +2 @@ u',
  '+v',
  'diff --git a/sub b/sub',
  'index 1111111..2222222 160000',
  '--- a/sub',
  '+++ b/sub',
  '@@ -1 +1 @@',
  '-Subproject commit 1111111111111111111111111111111111111111',
  '+Subproject commit 2222222222222222222222222222222222222222',
  'diff --git a/copy.txt b/copied.txt',
  'similarity index 100%',
  'copy from copy.txt',
  'copy to copied.txt',
  '',
].join('\n');

describe('DiffParser on real git output', () => {
  const sink = parse(REAL);

  it.each([
    [0, { oldPath: 'b.bin', newPath: 'b.bin', status: 'modified', binary: true }],
    [1, { oldPath: 'crlf.txt', newPath: null, status: 'deleted', binary: false }],
    [2, { oldPath: 'mode.sh', newPath: 'mode.sh', status: 'modified', oldMode: '100644', newMode: '100755' }],
    [3, { oldPath: null, newPath: 'new\nline.txt', status: 'added' }],
    [4, { oldPath: 'nonl.txt', newPath: 'nonl.txt', status: 'modified' }],
    [5, { oldPath: 'sp ace.txt', newPath: 'sp ace2.txt', status: 'renamed' }],
    [6, { oldPath: 'sp ace2.txt', newPath: 'sp ace2.txt', status: 'modified' }],
    [7, { oldPath: 'tab\tq"uote.txt', newPath: 'tab\tq"uote.txt', status: 'modified' }],
    [8, { oldPath: 'ünï.txt', newPath: 'ünï.txt', status: 'modified' }],
    [9, { oldPath: 'sub', newPath: 'sub', submodule: true }],
    [10, { oldPath: 'copy.txt', newPath: 'copied.txt', status: 'copied' }],
  ])('file %i is %o', (index, expected) => {
    expect(sink.files[index]).toMatchObject({ index, ...expected });
  });

  it('reads every content line with its number, without CR, submodule and binary lines', () => {
    expect(sink.files).toHaveLength(11);
    expect(sink.lines).toEqual([
      { file: 1, kind: LineKind.REMOVED, line: 1, text: 'l' },
      { file: 1, kind: LineKind.REMOVED, line: 2, text: 'm' },
      { file: 3, kind: LineKind.ADDED, line: 1, text: 'new\xff\xfe line' },
      { file: 4, kind: LineKind.REMOVED, line: 1, text: 'nonl' },
      { file: 4, kind: LineKind.ADDED, line: 1, text: 'nonl2' },
      { file: 6, kind: LineKind.ADDED, line: 2, text: 'b' },
      { file: 7, kind: LineKind.ADDED, line: 2, text: 'y' },
      { file: 8, kind: LineKind.ADDED, line: 2, text: 'v' },
    ]);
  });

  it('gives the same result for every split into two chunks', () => {
    const bytes = Buffer.from(REAL, 'latin1');
    for (let at = 0; at <= bytes.length; at++) {
      const split = parse(bytes, { splits: [at] });
      expect(split.lines).toEqual(sink.lines);
      expect(split.files).toEqual(sink.files);
    }
  });
});

describe('DiffParser edge cases', () => {
  it('reads content lines that look like headers by the hunk counts', () => {
    const sink = parse('diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n--- a/y\n-@@ -1 +1 @@\n+++ b/y\n+diff --git a/z b/z\n');
    expect(sink.files).toHaveLength(1);
    expect(sink.lines.map((l) => [l.kind, l.line, l.text])).toEqual([
      [LineKind.REMOVED, 1, '-- a/y'],
      [LineKind.REMOVED, 2, '@@ -1 +1 @@'],
      [LineKind.ADDED, 1, '++ b/y'],
      [LineKind.ADDED, 2, 'diff --git a/z b/z'],
    ]);
  });

  it('reads context lines when the diff has them', () => {
    const sink = parse('diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -4,3 +4,3 @@\n a\n-b\n+c\n d\n');
    expect(sink.lines.map((l) => [l.kind, l.line, l.text])).toEqual([
      [LineKind.CONTEXT, 4, 'a'],
      [LineKind.REMOVED, 5, 'b'],
      [LineKind.ADDED, 5, 'c'],
      [LineKind.CONTEXT, 6, 'd'],
    ]);
  });

  it('finishFile makes a whole diff\'s last file (a binary one) seen, and a second diff can follow', () => {
    const sink = new RecordingSink(() => true);
    const parser = new DiffParser(sink, { maxLineBytes: 100 });
    parser.push(Buffer.from('diff --git a/a.ts b/a.ts\n--- a/a.ts\n+++ b/a.ts\n@@ -0,0 +1 @@\n+x\ndiff --git a/app.js b/app.js\nindex 1..2 100644\nBinary files a/app.js and b/app.js differ\n'));
    expect(parser.seenFiles.map((f) => f.newPath)).not.toContain('app.js');
    parser.finishFile();
    expect(parser.seenFiles.map((f) => [f.newPath, f.binary])).toEqual([['a.ts', false], ['app.js', true]]);
    parser.push(Buffer.from('diff --git a/app.js b/app.js\n--- a/app.js\n+++ b/app.js\n@@ -1,0 +2 @@\n+y\n'));
    parser.end();
    expect(sink.lines).toEqual([
      { file: 0, kind: LineKind.ADDED, line: 1, text: 'x' },
      { file: 2, kind: LineKind.ADDED, line: 2, text: 'y' },
    ]);
  });

  it('finishFile leaves a partial last line alone', () => {
    const parser = new DiffParser(new RecordingSink(() => true), { maxLineBytes: 100 });
    parser.push(Buffer.from('diff --git a/app.js b/app.js\nBinary files a/app.js and b/app.js dif'));
    parser.finishFile();
    expect(parser.seenFiles).toEqual([]);
    parser.push(Buffer.from('fer\n'));
    parser.end();
    expect(parser.seenFiles.map((f) => f.binary)).toEqual([true]);
  });

  it('skips the lines of files the sink excludes', () => {
    const input = 'diff --git a/skip.lock b/skip.lock\n--- a/skip.lock\n+++ b/skip.lock\n@@ -0,0 +1 @@\n+x\ndiff --git a/keep b/keep\n--- a/keep\n+++ b/keep\n@@ -0,0 +1 @@\n+y\n';
    const sink = new RecordingSink((file) => !file.newPath!.endsWith('.lock'));
    const parser = new DiffParser(sink, { maxLineBytes: 100 });
    parser.push(Buffer.from(input));
    parser.end();
    expect(sink.files.map((f) => f.newPath)).toEqual(['skip.lock', 'keep']);
    expect(sink.lines).toEqual([{ file: 1, kind: LineKind.ADDED, line: 1, text: 'y' }]);
  });

  it.each([
    ['in one chunk', []],
    ['split inside the long line', [40, 41, 300, 2000]],
    ['split byte by byte around it', Array.from({ length: 400 }, (_, i) => 30 + i)],
  ])('reports a line over the cap and keeps counting lines (%s)', (_name, splits) => {
    const long = 'x'.repeat(3000);
    const input = `diff --git a/m.js b/m.js\n--- a/m.js\n+++ b/m.js\n@@ -0,0 +1,3 @@\n+a\n+${long}\n+variation('f')\n`;
    const sink = parse(input, { maxLineBytes: 100, splits });
    expect(sink.skipped).toEqual([{ file: 0, kind: LineKind.ADDED, line: 2, lengthBytes: 3000 }]);
    expect(sink.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'a'],
      [3, "variation('f')"],
    ]);
  });

  it('reports a long CRLF line without its CR, wherever the chunks split it', () => {
    const input = Buffer.from(`diff --git a/w b/w\n--- a/w\n+++ b/w\n@@ -0,0 +1,2 @@\n+${'y'.repeat(50)}\r\n+z\r\n`, 'latin1');
    for (let a = 0; a <= input.length; a++) {
      for (const b of [a + 1, a + 7, input.length]) {
        const sink = parse(input, { maxLineBytes: 10, splits: [a, b] });
        expect(sink.skipped).toEqual([{ file: 0, kind: LineKind.ADDED, line: 1, lengthBytes: 50 }]);
        expect(sink.lines).toEqual([{ file: 0, kind: LineKind.ADDED, line: 2, text: 'z' }]);
      }
    }
  });

  it('reads a last line without a newline', () => {
    const sink = parse('diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+last');
    expect(sink.lines).toEqual([{ file: 0, kind: LineKind.ADDED, line: 1, text: 'last' }]);
  });
});

describe('DiffParser properties', () => {
  it('parses a generated diff back to the files and lines that made it', () => {
    fc.assert(
      fc.property(fc.array(fileArb, { maxLength: 5 }), (files) => {
        const sink = parse(renderDiff(files));
        expect(sink.lines).toEqual(expectedLines(files));
        expect(sink.files.map((f) => [f.oldPath, f.newPath, f.binary])).toEqual(
          files.map((f) => [f.status === 'added' ? null : f.oldPath, f.status === 'deleted' ? null : f.newPath, f.binary]),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result wherever the chunks are split and however lines are batched', () => {
    fc.assert(
      fc.property(fc.array(fileArb, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom(1, 40, 1 << 17), (files, cuts, batchBytes) => {
        const bytes = Buffer.from(renderDiff(files), 'latin1');
        const whole = parse(bytes, { maxLineBytes: 8 });
        const split = parse(bytes, { maxLineBytes: 8, splits: cuts.map((c) => c % (bytes.length + 1)), batchBytes });
        expect(split.lines).toEqual(whole.lines);
        expect(split.skipped).toEqual(whole.skipped);
        expect(split.files).toEqual(whole.files);
      }),
      { numRuns: 300 },
    );
  });

  it('reads chunks a reader puts into its own memory as it reads chunks pushed to it', () => {
    const noisy = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.array(fileArb, { minLength: 1, maxLength: 4 }).map((files) => Buffer.from(renderDiff(files), 'latin1')));
    fc.assert(
      fc.property(noisy, fc.array(fc.nat(), { maxLength: 8 }), fc.nat({ max: 64 }), fc.constantFrom(1, 40, 1 << 17), fc.integer({ min: 1, max: 400 }), (bytes, cuts, cap, batchBytes, readBytes) => {
        const splits = cuts.map((c) => c % (bytes.length + 1));
        const pushed = parse(bytes, { maxLineBytes: cap, splits, batchBytes });
        const read = parse(bytes, { maxLineBytes: cap, splits, batchBytes, readFrom: { readBytes } });
        expect(read.lines).toEqual(pushed.lines);
        expect(read.skipped).toEqual(pushed.skipped);
        expect(read.files).toEqual(pushed.files);
        // Reads of nothing between the chunks (git behind the reader) change nothing either.
        const idle = parse(bytes, { maxLineBytes: cap, splits, batchBytes, readFrom: { readBytes, idle: true } });
        expect(idle.lines).toEqual(pushed.lines);
        expect(idle.skipped).toEqual(pushed.skipped);
        expect(idle.files).toEqual(pushed.files);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the lines buffered so far when a read brings nothing (git is behind), not only when a batch is full', () => {
    const sink = new RecordingSink();
    const parser = new DiffParser(sink, { maxLineBytes: 1000, batchBytes: 1 << 17 });
    const first = Buffer.from(['diff --git a/a.ts b/a.ts', 'new file mode 100644', 'index 0000000..1111111', '--- /dev/null', '+++ b/a.ts', '@@ -0,0 +1 @@', '+one', 'diff --git a/b.ts b/b.ts', ''].join('\n'), 'latin1');
    const feed = (bytes: Uint8Array) => (into: Uint8Array, offset: number) => (into.set(bytes, offset), bytes.length);
    parser.readFrom(feed(first));
    // Less than a batch: nothing read yet.
    expect(sink.files).toHaveLength(0);
    parser.readFrom(() => 0);
    expect(sink.files.map((file) => file.newPath)).toEqual(['a.ts']);
    expect(sink.lines.map((line) => line.text)).toEqual(['one']);
    // The second file's header is still incomplete: it comes with the rest of the diff.
    parser.readFrom(feed(Buffer.from(['new file mode 100644', 'index 0000000..2222222', '--- /dev/null', '+++ b/b.ts', '@@ -0,0 +1 @@', '+two', ''].join('\n'), 'latin1')));
    parser.end();
    expect(sink.files.map((file) => file.newPath)).toEqual(['a.ts', 'b.ts']);
    expect(sink.lines.map((line) => line.text)).toEqual(['one', 'two']);
  });

  it('offers a reader room for a whole read and rejects a count beyond it', () => {
    const parser = new DiffParser(new RecordingSink(), { maxLineBytes: 100 });
    let offered = 0;
    expect(parser.readFrom((_into, _offset, length) => ((offered = length), 0))).toBe(0);
    expect(offered).toBeGreaterThanOrEqual(MIN_READ_ROOM_BYTES);
    expect(() => parser.readFrom((_into, _offset, length) => length + 1)).toThrow(RangeError);
    expect(() => parser.readFrom(() => -1)).toThrow(RangeError);
  });

  it('never throws on arbitrary bytes, however they are chunked', () => {
    const noisy = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.array(fileArb, { maxLength: 3 }).map((files) => Buffer.from(renderDiff(files), 'latin1')));
    fc.assert(
      fc.property(noisy, fc.array(fc.nat(), { maxLength: 5 }), fc.nat({ max: 64 }), (bytes, cuts, cap) => {
        const mutated = Buffer.from(bytes);
        for (const cut of cuts) if (mutated.length > 0) mutated[cut % mutated.length] = cut & 0xff;
        expect(() => parse(mutated, { maxLineBytes: cap, splits: cuts.map((c) => c % (mutated.length + 1)) })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

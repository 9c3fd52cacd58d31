import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAddedImages } from '../../../src/core/diff/added-images.js';
import { buildDiffArgs } from '../../../src/git/diff-stream.js';
import { createTempRepo, type TempRepo } from '../../helpers/git-repo.js';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const diffOf = (lines: readonly string[]): Buffer => Buffer.from(lines.join('\n'), 'latin1');
const ADDED = ['diff --git a/src/new.ts b/src/new.ts', 'new file mode 100644', 'index 0000000..1111111', '--- /dev/null', '+++ b/src/new.ts', '@@ -0,0 +1,2 @@', "+if (variation('a')) {", '+}', ''];

describe('readAddedImages', () => {
  it('reads an added file from its hunk, and a file without a final newline without one', () => {
    const diff = diffOf([...ADDED.slice(0, -1), 'diff --git a/b.ts b/b.ts', 'new file mode 100644', '--- /dev/null', '+++ b/b.ts', '@@ -0,0 +1 @@', '+x();\r', '\\ No newline at end of file', '']);
    const images = readAddedImages(
      diff,
      [
        { index: 0, path: 'src/new.ts', lines: 2 },
        { index: 1, path: 'b.ts', lines: 1 },
      ],
      latin1,
    );
    expect(images.get(0)).toEqual({ text: "if (variation('a')) {\n}\n", bytes: 24 });
    expect(images.get(1)).toEqual({ text: 'x();\r', bytes: 5 });
  });

  it.each([
    ['another path', { index: 0, path: 'src/other.ts', lines: 2 }, ADDED],
    ['another line count', { index: 0, path: 'src/new.ts', lines: 3 }, ADDED],
    ['a diff cut inside the hunk', { index: 0, path: 'src/new.ts', lines: 2 }, ADDED.slice(0, 7)],
    ['a hunk that is not a whole new file', { index: 0, path: 'src/new.ts', lines: 2 }, [...ADDED.slice(0, 5), '@@ -1,0 +1,2 @@', ...ADDED.slice(6)]],
    ['a line that is not added', { index: 0, path: 'src/new.ts', lines: 2 }, [...ADDED.slice(0, 6), ' context', '+}', '']],
    ['a file the diff does not have', { index: 1, path: 'src/new.ts', lines: 2 }, ADDED],
  ])('leaves a file to git when the diff shows %s', (_, request, lines) => {
    expect(readAddedImages(diffOf(lines), [request], latin1).size).toBe(0);
  });

  describe('against real git', () => {
    let repo: TempRepo;
    beforeAll(() => {
      repo = createTempRepo();
      repo.write('base.txt', 'one\ntwo\n');
      repo.git(['add', '-A']);
      repo.git(['commit', '-qm', 'base']);
    });
    afterAll(() => repo.cleanup());

    const line = fc.oneof(fc.string({ maxLength: 30 }), fc.uint8Array({ maxLength: 20 }).map((bytes) => Buffer.from(bytes.filter((byte) => byte !== 10 && byte !== 0)).toString('latin1')));
    const content = fc.record({ lines: fc.array(line, { minLength: 1, maxLength: 12 }), finalNewline: fc.boolean(), crlf: fc.boolean() });

    it('gives exactly the staged content of every added file, whatever its bytes and line endings', () => {
      fc.assert(
        fc.property(fc.array(content, { minLength: 1, maxLength: 4 }), (files) => {
          repo.git(['rm', '-rq', '--cached', '--ignore-unmatch', 'new']);
          repo.git(['read-tree', 'HEAD']);
          const written = files.map(({ lines, finalNewline, crlf }, k) => {
            const text = lines.join(crlf ? '\r\n' : '\n') + (finalNewline ? (crlf ? '\r\n' : '\n') : '');
            const bytes = Buffer.from(text, 'latin1');
            repo.write(`new/file ${k}.ts`, bytes);
            return bytes;
          });
          // A modified file between them: its header counts too.
          repo.write('base.txt', `one\n${files.length}\n`);
          repo.git(['add', '-A']);
          const diff = spawnSync('git', buildDiffArgs({ kind: 'staged' }), { cwd: repo.dir, env: repo.env }).stdout;
          const names = spawnSync('git', ['diff', '--cached', '--name-only', '-z'], { cwd: repo.dir, env: repo.env, encoding: 'latin1' }).stdout.split('\0');
          const requests = written.flatMap((bytes, k) => {
            const index = names.indexOf(`new/file ${k}.ts`);
            const lines = bytes.length === 0 ? 0 : bytes.toString('latin1').split('\n').length - (bytes[bytes.length - 1] === 10 ? 1 : 0);
            return bytes.length === 0 || spawnSync('git', ['diff', '--cached', '--numstat', '--', `new/file ${k}.ts`], { cwd: repo.dir, env: repo.env, encoding: 'utf8' }).stdout.startsWith('-') ? [] : [{ index, path: `new/file ${k}.ts`, lines, bytes }];
          });
          const decoder = new TextDecoder('utf-8', { fatal: false });
          const images = readAddedImages(diff, requests, (bytes) => decoder.decode(bytes));
          for (const request of requests) expect(images.get(request.index)).toEqual({ text: decoder.decode(request.bytes), bytes: request.bytes.length });
        }),
        { numRuns: 12 },
      );
    });
  });
});

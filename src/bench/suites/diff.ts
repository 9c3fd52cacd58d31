// Suite: parsing `git diff` output with the real streaming parser, at several diff sizes.
import type { DiffSink } from '../../core/diff/diff-types.js';
import type { BenchCase, BenchSuite } from '../suite.js';
import { generateDiff } from './inputs.js';

export const suite: BenchSuite = {
  name: 'diff',
  summary: 'streaming diff parsing at 1k and 10k changed lines',
  async createCases(): Promise<readonly BenchCase[]> {
    const { DiffParser } = await import('../../core/diff/diff-parser.js');
    let lines = 0;
    const sink: DiffSink = {
      onFile: () => true,
      onLines: (batch) => {
        lines += batch.count;
      },
      onSkippedLine: () => undefined,
    };
    return [1_000, 10_000].map((size) => {
      const chunks = splitChunks(generateDiff({ lines: size, flagEvery: 0, flagCount: 0, seed: size }));
      return {
        name: `${size}-lines`,
        run: () => {
          const parser = new DiffParser(sink, { maxLineBytes: 4096 });
          for (const chunk of chunks) parser.push(chunk);
          parser.end();
          return lines;
        },
      };
    });
  },
};

/** Splits like a pipe delivers: 64 KiB chunks. */
export function splitChunks(bytes: Uint8Array, size = 64 * 1024): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) chunks.push(bytes.subarray(offset, offset + size));
  return chunks;
}

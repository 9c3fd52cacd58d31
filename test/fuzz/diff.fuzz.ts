// The staged/range diff: every generated diff parses back to what made it, wherever git's output
// is cut into chunks; arbitrary (and mutated) bytes never throw; quoted paths round-trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeGitPath, quoteGitPath } from '../../src/core/diff/quoted-path.js';
import { fileArb, pathArb } from '../arbitraries/diff.js';
import { expectedLines, parseDiffInChunks, renderDiff } from '../helpers/diff-model.js';
import { countingPathAgrees } from '../helpers/line-selection-model.js';
import { fuzz } from './fuzz-runs.js';

describe('diff parser (fuzz)', () => {
  it('parses every generated diff back to its lines, however the stream is chunked', () => {
    fuzz(
      'DiffParser round trip',
      fc.property(fc.array(fileArb, { maxLength: 5 }), fc.array(fc.nat(), { maxLength: 8 }), (files, cuts) => {
        const bytes = Buffer.from(renderDiff(files), 'latin1');
        const sink = parseDiffInChunks(bytes, { splits: cuts.map((c) => c % (bytes.length + 1)) });
        expect(sink.lines).toEqual(expectedLines(files));
      }),
      0.5,
    );
  });

  it('never throws on arbitrary or mutated bytes, with any line cap', () => {
    const noisy = fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.array(fileArb, { maxLength: 3 }).map((files) => Buffer.from(renderDiff(files), 'latin1')));
    fuzz(
      'DiffParser on noise',
      fc.property(noisy, fc.array(fc.nat(), { maxLength: 6 }), fc.nat({ max: 64 }), (bytes, cuts, cap) => {
        const mutated = Buffer.from(bytes);
        for (const cut of cuts) if (mutated.length > 0) mutated[cut % mutated.length] = cut & 0xff;
        expect(() => parseDiffInChunks(mutated, { maxLineBytes: cap, splits: cuts.map((c) => c % (mutated.length + 1)) })).not.toThrow();
      }),
    );
  });

  it('reads the same marked lines when plain lines are counted instead of listed', () => {
    fuzz('DiffParser counting path', countingPathAgrees(), 0.25);
  });

  it('decodes every path git quotes back to the path', () => {
    fuzz(
      'quoted paths',
      fc.property(fc.oneof(pathArb, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })), (path) => {
        // git writes the quoted form as bytes: UTF-8 seen one byte per char (latin1).
        expect(decodeGitPath(Buffer.from(quoteGitPath(path), 'utf8').toString('latin1'))).toBe(path);
      }),
    );
  });
});

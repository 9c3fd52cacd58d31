// The source and markup lexers the context scan reads files with: on any text, in every family,
// they never throw, their regions are sorted, disjoint and inside the text, the source lexer finds
// what the character-by-character reading finds, and a window of a file never misses a call the
// whole-file scan finds there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../src/core/flags/compile-matcher.js';
import { lexMarkup } from '../../src/core/flags/markup-lexer.js';
import { lexSource, type LexFamily } from '../../src/core/flags/source-lexer.js';
import { scanSourceText } from '../../src/core/scan/source-scan.js';
import { expectSortedDisjointRegions } from '../helpers/lexed-regions.js';
import { lexSource as referenceLexSource } from '../unit/flags/reference-lexer.js';
import { fuzz } from './fuzz-runs.js';

const FAMILIES: readonly LexFamily[] = ['js', 'go', 'java', 'python', 'plain'];
const CALL = "ldClient.variation('the-key', false);";
const sourcePiece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('/', '*', '#', "'", '"', '`', '$', '{', '}', '\\', '\n', '\r\n', '"""', "'''", '${', '//', '/*', '*/', '/[/*]/', 'f"', 'r"', ' a / b ', '<', '>', '(<p>', '</p>', '<X a="b">', '/>', '<>', CALL),
);
const sourceText = fc.array(sourcePiece, { maxLength: 40 }).map((parts) => parts.join(''));
const markupText = fc
  .tuple(
    fc.array(fc.constantFrom('<', '>', '/', '!', '-', '{', '}', '"', "'", '`', '=', ':', '@', 'v-if', 'v', 's', '<script>', '</script>', '<style>', '{#if ', '{{', '}}', '\n', 'a', ' ', CALL), { maxLength: 40 }),
    // Often ended by a quote: a quote the text never closes is where lexers go wrong.
    fc.constantFrom('', '', "'", '"'),
  )
  .map(([parts, end]) => parts.join('') + end);
const matcher = compileFlagMatcher({ presets: ['launchdarkly'], envPrefix: 'FF_', patterns: [], aliasCaseVariants: [] }, { source: 'flags.json', flags: [] });

describe('lexers (fuzz)', () => {
  it('the source lexer gives sorted, disjoint regions and what the character-by-character reading gives', () => {
    fuzz(
      'lexSource',
      fc.property(fc.oneof(sourceText, fc.string({ unit: 'binary', maxLength: 200 })), fc.constantFrom(...FAMILIES), (text, family) => {
        const regions = lexSource(text, family);
        expectSortedDisjointRegions(text, regions);
        expect(regions).toEqual(referenceLexSource(text, family));
        // JS that may hold JSX (.tsx, .jsx, .js): its elements' text lexed as text.
        if (family === 'js') expectSortedDisjointRegions(text, lexSource(text, family, true));
      }),
    );
  });

  it('the markup lexer (Vue, Svelte) gives sorted, disjoint regions for any text', () => {
    fuzz(
      'lexMarkup',
      fc.property(fc.oneof(markupText, fc.string({ unit: 'binary', maxLength: 200 })), (text) => expectSortedDisjointRegions(text, lexMarkup(text))),
    );
  });

  it('a window never misses a call the whole-file scan finds in it', () => {
    fuzz(
      'window scan',
      fc.property(sourceText, fc.nat(20), fc.nat(6), fc.constantFrom('a.ts', 'a.tsx', 'a.jsx', 'a.go', 'a.vue'), (body, first, span, path) => {
        const lines = body.split('\n').length;
        const window: [number, number] = [Math.min(first + 1, lines), Math.min(first + 1 + span, lines)];
        const inside = (line: number) => line >= window[0] && line <= window[1];
        const calls = (scan: ReturnType<typeof scanSourceText>) =>
          scan.references.filter((placed) => inside(placed.line) && placed.reference.kind === 'call').map((placed) => `${placed.line}:${placed.column}`);
        expect(calls(scanSourceText(body, path, matcher, [window]))).toEqual(expect.arrayContaining(calls(scanSourceText(body, path, matcher))));
      }),
      0.2,
    );
  });
});

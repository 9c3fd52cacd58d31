// A modified file's pre-image known through its post-image and the diff (image-pair.ts): the
// derived facts are those of a direct pass over the pre-image, for random edits,
// and the context scan's results are the same with the derivation as without it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { alignImages, factsOfPair } from '../../../src/core/scan/image-pair.js';
import { lineSetOf, lineStartsOf, scanChangedFile } from '../../../src/core/scan/source-scan.js';

const SETTINGS = { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel' as const] };
const matcher = compileFlagMatcher(SETTINGS, {
  source: 'flags.json',
  flags: [
    { key: 'fast-search', status: 'active', aliases: [] },
    { key: 'dark-mode', status: 'active', aliases: [] },
  ],
});
const textFacts = (text: string, skip?: readonly number[]) => matcher.textFacts!(text, skip);

/** One line of code (without its line break): SDK calls, result reads, env reads, renames, comments, strings, noise. */
const lineArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(
    "if (ldClient.variation('fast-search', false)) {",
    "  const on = client.getBooleanValue('dark-mode', false);",
    'const flags = useFlags();',
    'const flags = useFlags(); if (flags.fastSearch) go();',
    '  flags.fastSearch && render();',
    'const { darkMode } = useFlags();',
    "import { useFlags as useLD } from 'x';",
    'const f = useLD();',
    'f.darkMode',
    'const { FF_X } = process.env;',
    'process.env',
    'env.FF_Y',
    'withLDConsumer()(C)',
    '/* useFlags()',
    ' */',
    '// ldClient.variation("dark-mode", false)',
    '`template ${x}',
    'end`',
    "const k = 'fast-search';",
    '  ldClient.variation(k, false);',
    '  ldClient.variation(',
    "    'dark-mode',",
    '    false);',
    'x as Y',
    'getAllFlags()',
    '}',
    '',
    '\r',
  ) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 's', ' ', '.', 'x', '(', ')', "'", '"', '/', '*', '`', 'é'), maxLength: 8 }) },
);

interface Pair {
  readonly pre: string;
  readonly post: string;
  /** `oldStart, oldCount, newStart, newCount` quads, as `git diff -U0` gives them. */
  readonly hunks: number[];
  readonly added: number[];
  readonly removed: number[];
}

/** A pre-image and edits of it, made into the post-image and the hunks git would write. */
const pairArb = fc
  .record({
    preLines: fc.array(lineArb, { maxLength: 40 }),
    edits: fc.array(fc.record({ keep: fc.nat(6), remove: fc.nat(3), add: fc.array(lineArb, { maxLength: 3 }) }), { maxLength: 6 }),
    preWithoutEol: fc.boolean(),
    postWithoutEol: fc.boolean(),
  })
  .map(({ preLines, edits, preWithoutEol, postWithoutEol }): Pair => {
    const postLines: string[] = [];
    const hunks: number[] = [];
    const added: number[] = [];
    const removed: number[] = [];
    let at = 0;
    let lastPreRemoved = false;
    let lastPostAdded = false;
    edits.forEach((edit, k) => {
      // Git's hunks of -U0 are apart by at least one unchanged line.
      const keep = Math.min(preLines.length - at, edit.keep + (k === 0 ? 0 : 1));
      for (let i = 0; i < keep; i++) postLines.push(preLines[at + i]!);
      at += keep;
      lastPreRemoved = false;
      lastPostAdded = false;
      const remove = Math.min(preLines.length - at, edit.remove);
      if (remove + edit.add.length === 0) return;
      hunks.push(remove > 0 ? at + 1 : at, remove, edit.add.length > 0 ? postLines.length + 1 : postLines.length, edit.add.length);
      if (remove > 0) removed.push(at + 1, remove);
      if (edit.add.length > 0) added.push(postLines.length + 1, edit.add.length);
      at += remove;
      postLines.push(...edit.add);
      lastPreRemoved = remove > 0 && at === preLines.length;
      lastPostAdded = edit.add.length > 0;
    });
    const rest = preLines.length - at;
    postLines.push(...preLines.slice(at));
    if (rest > 0) [lastPreRemoved, lastPostAdded] = [false, false];
    // (An empty last line without a line break is no line: git would not count it.)
    const text = (lines: string[], withoutEol: boolean) => lines.map((line) => `${line}\n`).join('').slice(0, withoutEol && lines.length > 0 && lines[lines.length - 1] !== '' ? -1 : undefined);
    // A last line without a line break is a changed line unless both images end so.
    return { pre: text(preLines, preWithoutEol && lastPreRemoved), post: text(postLines, postWithoutEol && lastPostAdded), hunks, added, removed };
  });

describe('image pair', () => {
  it('derives both images facts as direct passes give them, for random edits', () => {
    fc.assert(
      fc.property(pairArb, ({ pre, post, hunks }) => {
        const alignment = alignImages(post, pre, lineStartsOf(post), hunks);
        expect(alignment).toBeDefined();
        expect(factsOfPair(post, pre, alignment!, textFacts)).toEqual({ post: textFacts(post), pre: textFacts(pre) });
      }),
      { numRuns: 1500 },
    );
  });

  it('never lines up images the hunks do not describe: whenever it aligns a damaged pre-image, what it derives is still right', () => {
    fc.assert(
      fc.property(pairArb, fc.nat(), fc.constantFrom('Z', '\n', '', 'useFlags '), (pair, where, put) => {
        const at = pair.pre.length === 0 ? 0 : where % pair.pre.length;
        const pre = pair.pre.slice(0, at) + put + pair.pre.slice(at + 1);
        const alignment = alignImages(pair.post, pre, lineStartsOf(pair.post), pair.hunks);
        if (alignment === undefined) return;
        expect(factsOfPair(pair.post, pre, alignment, textFacts)).toEqual({ post: textFacts(pair.post), pre: textFacts(pre) });
      }),
      { numRuns: 1500 },
    );
  });

  it('gives no alignment when an unchanged line differs between the images', () => {
    const post = 'a\nb\nc\n';
    expect(alignImages(post, 'a\nB\nx\n', lineStartsOf(post), [3, 1, 3, 1])).toBeUndefined();
    expect(alignImages(post, 'a\nb\nx\n', lineStartsOf(post), [3, 1, 3, 1])).toBeDefined();
    // Hunks past the end, or counts that do not add up.
    expect(alignImages(post, 'a\nb\n', lineStartsOf(post), [2, 2, 2, 2])).toBeUndefined();
    expect(alignImages(post, 'a\nb\nx\n', lineStartsOf(post), [3, 1, 5, 1])).toBeUndefined();
  });

  it('the context scan of a modified file finds the same with the pre-image derived as with direct passes', () => {
    const windows = (ranges: number[]) => {
      const found: [number, number][] = [];
      for (let k = 0; k < ranges.length; k += 2) found.push([ranges[k]! - 15, ranges[k]! + ranges[k + 1]! + 14]);
      return found;
    };
    const readWindows = (ranges: number[]) => {
      const found: [number, number][] = [];
      for (let k = 0; k < ranges.length; k += 2) found.push([ranges[k]!, ranges[k]! + ranges[k + 1]! - 1]);
      return found;
    };
    fc.assert(
      fc.property(pairArb, fc.constantFrom('src/a.ts', 'src/a.py', 'src/a.go', 'src/a.vue', 'notes.txt'), ({ pre, post, hunks, added, removed }, path) => {
        const input = {
          newPath: path,
          oldPath: path,
          post,
          pre,
          added: lineSetOf(added),
          removed: lineSetOf(removed),
          postWindows: windows(added),
          preWindows: windows(removed),
          postReadWindows: readWindows(added),
          preReadWindows: readWindows(removed),
        };
        expect(scanChangedFile({ ...input, hunks }, matcher)).toEqual(scanChangedFile(input, matcher));
      }),
      { numRuns: 700 },
    );
  });
});

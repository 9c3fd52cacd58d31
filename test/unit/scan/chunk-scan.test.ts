import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanDiffChunks } from '../../../src/core/scan/scan-diff.js';
import { matchDeferred, selectAlways, type ScannedLine } from '../../../src/core/scan/diff-scanner.js';
import { renderDiff, type ModelFile } from '../../helpers/diff-model.js';
import { fileArb } from '../../arbitraries/diff.js';
import { createSimpleMatcher } from '../../helpers/simple-matcher.js';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { createPatternCache } from '../../../src/hooks/flag-knowledge.js';
import type { FlagMatcher } from '../../../src/core/flags/matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { indexRegistry } from '../../../src/core/flags/registry.js';

const simple = createSimpleMatcher({ aliases: { NEW_CHECKOUT: 'new-checkout' } });
const matcher = simple;
const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

/** Content lines: flag calls and aliases (some split or glued), arbitrary bytes, CRLF endings. */
const contentArb = fc.oneof(
  fc.constantFrom("variation('a')", 'NEW_CHECKOUT', 'xNEW_CHECKOUTx', "isEnabled(\"b\") variation('c')", 'variatio', "variation('é')", "variation('d')\r"),
  fc.constantFrom('// prove-allow-flag: a why', "/* prove-allow-flag: k ok */ variation('k')", '# prove-allow-flag:\r', 'prove-allow-fla'),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes.filter((b) => b !== 10)).toString('latin1')),
  fc.tuple(fc.uint8Array({ maxLength: 12 }), fc.constantFrom("variation('k')", 'NEW_CHECKOUT')).map(
    ([bytes, flag]) => `${Buffer.from(bytes.filter((b) => b !== 10)).toString('latin1')} ${latin1(flag)}`,
  ),
);

/** The model's files with their hunks' lines drawn from `content`. */
const diffOf = (content: fc.Arbitrary<string>) => fc
  .array(fileArb, { minLength: 1, maxLength: 5 })
  .chain((files) =>
    fc.tuple(
      ...files.map((file) =>
        fc.tuple(...file.hunks.map((hunk) => fc.tuple(fc.array(content, { minLength: hunk.removed.length, maxLength: hunk.removed.length }), fc.array(content, { minLength: hunk.added.length, maxLength: hunk.added.length })))).map(
          (lines): ModelFile => ({ ...file, hunks: file.hunks.map((hunk, i) => ({ ...hunk, removed: lines[i]![0], added: lines[i]![1] })) }),
        ),
      ),
    ),
  );
const diffArb = diffOf(contentArb);

/** The real matcher: every preset, registry aliases with case variants, a custom pattern. */
const realMatcher = compileFlagMatcher(
  { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [{ name: 'gate', pattern: "gateOn\\(['\"](?<flag>[\\w-]+)['\"]", anchor: 'gateOn(' }], aliasCaseVariants: ['camel', 'snake', 'upper-snake'] },
  indexRegistry({ source: 'flags.json', flags: [{ key: 'new-checkout', status: 'active', aliases: ['NEW_CHECKOUT', 'checkoutFlag'] }, { key: 'dark-mode', status: 'active', aliases: [] }] }),
  // Custom patterns compile for the linear-time engine, which the pattern cache switches on.
  { compileRegExp: createPatternCache().compileRegExp },
);

/** Code made of SDK call forms, aliases and noise, glued in any order (anchors overlap and nest). */
const codeArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "ldClient.variation('dark-mode', false)", "variationDetail('x', 1)", 'unleash.isEnabled("new-checkout")', 'isEnabled(', 'useFlags()',
        'const { darkMode, newCheckout } = useFlags();', 'process.env.FF_DARK_MODE', 'FF_', 'NEW_CHECKOUT', 'newCheckout', 'checkout_flag',
        'checkoutFlag', 'xcheckoutFlag', "gateOn('g-1')", "posthog.isFeatureEnabled('p')", "growthbook.isOn('on')", "client.getBooleanValue('b', false)",
        ' ', '(', "'", ' && ', 'é', 'ü(', '\t',
      ),
      fc.string({ unit: fc.constantFrom('a', 'v', 'i', '(', "'", ' ', '_', 'F', 'n'), maxLength: 6 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => latin1(parts.join('')));

/**
 * A naive reference: every content line of the model decoded and matched on its own; the line
 * above is given when it exists and holds a suppression marker.
 */
function scanNaively(files: readonly ModelFile[], maxLineBytes: number, matcher: FlagMatcher = simple): ScannedLine[] {
  const found: ScannedLine[] = [];
  const decode = (raw: string): string => Buffer.from(raw.replace(/\r$/, ''), 'latin1').toString('utf8');
  for (const file of files) {
    if (file.binary || file.modeOnly) continue;
    for (const side of ['removed', 'added'] as const) {
      const lines = new Map<number, string>();
      for (const hunk of file.hunks) hunk[side].forEach((raw, i) => lines.set((side === 'added' ? hunk.newStart : hunk.oldStart) + i, raw));
      const readable = (raw: string | undefined): raw is string => raw !== undefined && raw.replace(/\r$/, '').length <= maxLineBytes;
      for (const hunk of file.hunks) {
        hunk[side].forEach((raw, i) => {
          const line = (side === 'added' ? hunk.newStart : hunk.oldStart) + i;
          if (!readable(raw)) return;
          const text = decode(raw);
          const references = matcher.matchLine(text);
          if (references.length === 0) return;
          const above = lines.get(line - 1);
          found.push({
            file: side === 'added' ? file.newPath : file.oldPath,
            line,
            side,
            text,
            ...(readable(above) && above.includes('prove-allow-flag:') ? { previousText: decode(above) } : {}),
            references,
          });
        });
      }
    }
  }
  return found;
}

describe('the chunk-level scanner', () => {
  it('gives the real matcher the anchors it would have found itself, on any code and chunking', () => {
    fc.assert(
      fc.property(diffOf(codeArb), fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom('wasm', 'js'), (files, cuts, kernel) => {
        const bytes = Buffer.from(renderDiff(files), 'latin1');
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, i) => bytes.subarray(from, points[i] ?? bytes.length));
        const result = scanDiffChunks(chunks, selectAlways(realMatcher), { kernel, batchBytes: 1 });
        const key = (line: ScannedLine): string => `${line.file}|${line.side}|${line.line}|${line.text}`;
        const sort = (lines: readonly ScannedLine[]): ScannedLine[] => [...lines].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        expect(sort(result.lines)).toEqual(sort(scanNaively(files, 4096, realMatcher)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same lines when some files are deferred and their lines matched afterwards (the context fallback)', () => {
    fc.assert(
      fc.property(diffOf(codeArb), fc.array(fc.boolean(), { maxLength: 5 }), fc.constantFrom('wasm', 'js'), fc.constantFrom(1, 1 << 17), (files, deferred, kernel, batchBytes) => {
        const bytes = Buffer.from(renderDiff(files), 'latin1');
        const direct = scanDiffChunks([bytes], selectAlways(realMatcher), { kernel, batchBytes });
        const later: ScannedLine[] = [];
        const split = scanDiffChunks([bytes], selectAlways(realMatcher), {
          kernel,
          batchBytes,
          defer: (fileIndex) => deferred[fileIndex] === true,
          onDeferred: (_fileIndex, line) => {
            const matched = matchDeferred(line);
            if (matched !== undefined) later.push(matched);
          },
        });
        const key = (line: ScannedLine): string => `${line.file}|${line.side}|${line.line}|${line.text}`;
        const sort = (lines: readonly ScannedLine[]): ScannedLine[] => [...lines].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        expect(sort([...split.lines, ...later])).toEqual(sort(direct.lines));
        if (deferred.some(Boolean) && files.every((file, index) => deferred[index] === true)) expect(split.lines).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never takes an anchor that begins in the diff marker for one in the line', () => {
    // Anchors that start like a diff marker: the kernel walks each line from its marker on.
    const markerMatcher = compileFlagMatcher(
      {
        presets: [],
        envPrefix: 'FF_',
        patterns: [
          { name: 'plus', pattern: "\\+gate\\('(?<flag>[\\w-]+)'", anchor: '+gate(' },
          { name: 'space', pattern: " gate\\('(?<flag>[\\w-]+)'", anchor: ' gate(' },
          { name: 'minus', pattern: "-gate\\('(?<flag>[\\w-]+)'", anchor: '-gate(' },
        ],
        aliasCaseVariants: [],
      },
      indexRegistry({ source: 'flags.json', flags: [{ key: 'gate', status: 'active', aliases: ['+gate', 'gate'] }] }),
      { compileRegExp: createPatternCache().compileRegExp },
    );
    const gateArb = fc.array(fc.constantFrom("gate('a')", "+gate('b')", " gate('c')", "-gate('d')", 'gate', '+', '-', ' ', '\r'), { maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(diffOf(gateArb), fc.constantFrom('wasm', 'js'), (files, kernel) => {
        const bytes = Buffer.from(renderDiff(files), 'latin1');
        const result = scanDiffChunks([bytes], selectAlways(markerMatcher), { kernel });
        const key = (line: ScannedLine): string => `${line.file}|${line.side}|${line.line}|${line.text}`;
        const sort = (lines: readonly ScannedLine[]): ScannedLine[] => [...lines].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        expect(sort(result.lines)).toEqual(sort(scanNaively(files, 4096, markerMatcher)));
      }),
      { numRuns: 200 },
    );
  });

  it('finds exactly what a naive line-by-line scan finds, with either kernel, however the diff is chunked', () => {
    fc.assert(
      fc.property(diffArb, fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom(8, 20, 4096), fc.constantFrom('wasm', 'js'), fc.constantFrom(1, 50, 1 << 17), (files, cuts, maxLineBytes, kernel, batchBytes) => {
        const bytes = Buffer.from(renderDiff(files), 'latin1');
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, i) => bytes.subarray(from, points[i] ?? bytes.length));
        const result = scanDiffChunks(chunks, selectAlways(matcher), { kernel, maxLineBytes, batchBytes });
        const key = (line: ScannedLine): string => `${line.file}|${line.side}|${line.line}|${line.text}`;
        const sort = (lines: readonly ScannedLine[]): ScannedLine[] => [...lines].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        expect(sort(result.lines)).toEqual(sort(scanNaively(files, maxLineBytes)));
      }),
      { numRuns: 300 },
    );
  });
});

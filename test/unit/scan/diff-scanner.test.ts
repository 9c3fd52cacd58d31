import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDiffScan, scanDiffChunks } from '../../../src/core/scan/scan-diff.js';
import { selectAlways } from '../../../src/core/scan/diff-scanner.js';
import { createSimpleMatcher } from '../../helpers/simple-matcher.js';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { indexRegistry } from '../../../src/core/flags/registry.js';

const matcher = createSimpleMatcher({ aliases: { NEW_CHECKOUT: 'new-checkout' } });
const scan = (diff: string | Buffer, options: Parameters<typeof scanDiffChunks>[2] = {}) =>
  scanDiffChunks([typeof diff === 'string' ? Buffer.from(diff, 'utf8') : diff], selectAlways(matcher), options);

const DIFF = [
  'diff --git a/src/app.ts b/src/app.ts',
  'index 1111111..2222222 100644',
  '--- a/src/app.ts',
  '+++ b/src/app.ts',
  '@@ -10,2 +10,3 @@',
  "-if (variation('old-flag')) {",
  '-  run();',
  '+// prove-allow-flag: new-flag rollout',
  "+if (variation('new-flag') && NEW_CHECKOUT) {",
  '+  run();',
  'diff --git a/vendor/lib.min.js b/vendor/lib.min.js',
  'new file mode 100644',
  'index 0000000..3333333',
  '--- /dev/null',
  '+++ b/vendor/lib.min.js',
  '@@ -0,0 +1 @@',
  "+variation('hidden')",
  'diff --git a/logo.png b/logo.png',
  'index 4444444..5555555 100644',
  'Binary files a/logo.png and b/logo.png differ',
  '',
].join('\n');

describe('DiffScanner', () => {
  it('reports added and removed lines with their references, numbers and the line above', () => {
    const result = scan(DIFF);
    expect(result.lines).toEqual([
      { file: 'src/app.ts', line: 10, side: 'removed', text: "if (variation('old-flag')) {", references: [{ flag: 'old-flag', index: 4, source: 'test' }] },
      {
        file: 'src/app.ts',
        line: 11,
        side: 'added',
        text: "if (variation('new-flag') && NEW_CHECKOUT) {",
        previousText: '// prove-allow-flag: new-flag rollout',
        references: [
          { flag: 'new-flag', index: 4, source: 'test' },
          { flag: 'new-checkout', index: 29, source: 'alias' },
        ],
      },
      { file: 'vendor/lib.min.js', line: 1, side: 'added', text: "variation('hidden')", references: [{ flag: 'hidden', index: 0, source: 'test' }] },
    ]);
    expect(result.stats).toEqual({ files: 3, scannedFiles: 2, excludedFiles: 0, binaryFiles: 1, submodules: 0, lines: 6, candidateLines: 3, skippedLines: 0 });
  });

  it('skips the files the include test rejects, before reading their lines', () => {
    const result = scan(DIFF, { includePath: (path) => !path.startsWith('vendor/') });
    expect(result.lines.map((l) => l.file)).toEqual(['src/app.ts', 'src/app.ts']);
    expect(result.stats).toMatchObject({ scannedFiles: 1, excludedFiles: 1, lines: 5 });
  });

  it('skips the files no matcher governs', () => {
    const result = scanDiffChunks([Buffer.from(DIFF)], { anchors: matcher.anchors, matcherFor: (path) => (path.startsWith('src/') ? matcher : undefined) });
    expect(result.lines.map((l) => l.file)).toEqual(['src/app.ts', 'src/app.ts']);
  });

  it('decodes lines that are not UTF-8 without failing, and still finds the flag', () => {
    const diff = Buffer.concat([Buffer.from('diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+\xff\xfe ', 'latin1'), Buffer.from("variation('k')\r\n")]);
    const [line] = scan(diff).lines;
    expect(line).toMatchObject({ text: "\uFFFD\uFFFD variation('k')", references: [{ flag: 'k', index: 3 }] });
  });

  it('reports lines over the cap as skipped, not scanned', () => {
    const diff = `diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -0,0 +1,2 @@\n+${'a'.repeat(50)}variation('k')\n+variation('j')\n`;
    const result = scan(diff, { maxLineBytes: 40 });
    expect(result.lines.map((l) => l.references[0]!.flag)).toEqual(['j']);
    expect(result.skipped).toMatchObject([{ line: 1, lengthBytes: 64, file: { newPath: 'x' } }]);
    expect(result.stats.skippedLines).toBe(1);
  });

  it('finds the line above across chunk boundaries', () => {
    const bytes = Buffer.from(DIFF);
    const whole = scan(bytes).lines;
    for (let at = 0; at <= bytes.length; at += 7) {
      const split = scanDiffChunks([bytes.subarray(0, at), bytes.subarray(at)], selectAlways(matcher), { batchBytes: 1 }).lines;
      expect(split).toEqual(whole);
    }
  });

  it('finds the same lines with both kernels and any chunking', () => {
    const lineArb = fc.constantFrom("variation('a')", 'NEW_CHECKOUT', 'xNEW_CHECKOUTx', 'plain', "isEnabled(\"b\") variation('c')", '', 'variatio');
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 30 }), fc.nat(), (lines, cut) => {
        const diff = Buffer.from(`diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}\n`).join('')}`);
        const at = cut % (diff.length + 1);
        const wasm = scanDiffChunks([diff.subarray(0, at), diff.subarray(at)], selectAlways(matcher), { kernel: 'wasm', batchBytes: 1 });
        const js = scanDiffChunks([diff], selectAlways(matcher), { kernel: 'js' });
        expect(wasm.lines).toEqual(js.lines);
        const expected = lines.flatMap((text, i) => (matcher.matchLine(text).length > 0 ? [i + 1] : []));
        expect(js.lines.map((l) => l.line)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it.each(['wasm', 'js'] as const)('matches a last line without LF after header-only lines at its own offsets (%s kernel)', (kernel) => {
    // The last split reads only header lines, so no batch takes its hits; the unterminated line
    // that follows must not be matched on them (they were recorded before the line moved).
    const real = compileFlagMatcher(
      { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: [] },
      indexRegistry({ source: 'flags.json', flags: [{ key: 'k', status: 'active', aliases: [] }] }),
    );
    const code = "  if (ld.variation('k', false)) {";
    const diff = Buffer.from(`diff --git a/f.ts b/f.ts\n--- a/f.ts\n+++ b/f.ts\n@@ -0,0 +1 @@\n+${code}`, 'utf8');
    const result = scanDiffChunks([diff], selectAlways(real), { kernel });
    expect(real.matchLine(code)).toHaveLength(1);
    expect(result.lines.map((line) => [line.line, line.references])).toEqual([[1, real.matchLine(code)]]);
  });

  it('times the phases with the injected clock', () => {
    let tick = 0;
    const scanner = scanDiffChunks([Buffer.from(DIFF)], selectAlways(matcher), { now: () => (tick += 1) });
    expect(scanner.stats.candidateLines).toBe(3);
    expect(tick).toBeGreaterThan(0);
  });
});

describe('DiffScanner.findTextAnchors (the context scan prefilter)', () => {
  const text = ["const a = 1;", "if (variation('one')) {", "  NEW_CHECKOUT && isEnabled('two');", '}', ''].join('\n');
  const anchorsIn = (kernel: 'wasm' | 'js', start: number, end: number) => {
    const found = createDiffScan(selectAlways(matcher), { kernel }).scanner.findTextAnchors(matcher, text, start, end);
    return found === undefined ? undefined : Array.from({ length: found.count }, (_, k) => [matcher.anchors[found.anchors[k]!], found.ends[k]]);
  };

  it.each(['wasm', 'js'] as const)('finds the anchors of a window only, their ends counted from its start (%s kernel)', (kernel) => {
    const second = text.indexOf('if (');
    const third = text.indexOf('  NEW_');
    expect(anchorsIn(kernel, second, third)).toEqual([['variation(', 'if (variation('.length]]);
    expect(anchorsIn(kernel, third, text.length)).toEqual([
      ['NEW_CHECKOUT', '  NEW_CHECKOUT'.length],
      ['isEnabled(', '  NEW_CHECKOUT && isEnabled('.length],
    ]);
    // A window cut through an anchor does not see it.
    expect(anchorsIn(kernel, second + 5, third)).toEqual([]);
    expect(anchorsIn(kernel, 0, text.length)).toHaveLength(3);
  });

  it('leaves a window with a character above U+007F to the matcher, even one whose low byte is ASCII', () => {
    // U+0176's latin1 byte is 0x76 ('v'): the window's bytes would spell `variation(`.
    const wide = "if (\u0176ariation('one')) {\n";
    const scanner = createDiffScan(selectAlways(matcher)).scanner;
    expect(scanner.findTextAnchors(matcher, wide, 0, wide.length)).toBeUndefined();
    expect(scanner.findTextAnchors(matcher, `${wide}variation('x')`, wide.length, wide.length + 13)?.count).toBe(1);
  });
});

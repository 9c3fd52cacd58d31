// The context scan reads only windows of a changed file's lines; what it finds in a window must be
// what a scan of the whole file finds there, however the text above opens comments, templates,
// strings or regexes (a window lexed from its own first line took a template's closing backtick
// for an opening one, and the changed lines below it for a string: the gate passed silently).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';

const matcher = compileFlagMatcher({ presets: ['launchdarkly'], envPrefix: 'FF_', patterns: [], aliasCaseVariants: [] }, { source: 'flags.json', flags: [] });
const CALL = "ldClient.variation('the-key', false);";

/** Pieces of JavaScript that open or close what may run over lines, and calls between them. */
const piece = fc.constantFrom('`', '${', '}', '/*', '*/', '//', "'", '"', '/[/*]/', '\\', ' a / b ', 'x', CALL, '\n', '\n', '\n');
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

const found = (scan: ReturnType<typeof scanSourceText>, inside: (line: number) => boolean) =>
  scan.references.filter((placed) => inside(placed.line)).map((placed) => `${placed.line}:${placed.column}:${placed.reference.kind}`);

describe('window scan', () => {
  // Every family: the call-argument reader quotes as the lexer does (a backtick opens a literal in
  // JavaScript and Go only), so a window and the whole file read a call's arguments alike.
  it('finds in each window every call the whole-file scan finds there, whatever the text above opens', () => {
    fc.assert(
      fc.property(text, fc.nat(20), fc.nat(6), fc.constantFrom('a.ts', 'a.tsx', 'a.go', 'A.java', 'a.py'), (body, first, span, path) => {
        const lines = body.split('\n').length;
        const window: [number, number] = [Math.min(first + 1, lines), Math.min(first + 1 + span, lines)];
        const inside = (line: number) => line >= window[0] && line <= window[1];
        // Only references that start inside the window: a call that begins above it is the whole scan's alone.
        const whole = found(scanSourceText(body, path, matcher), inside);
        const windowed = found(scanSourceText(body, path, matcher, [window]), inside);
        // Never fewer calls than the whole scan: a window may take a `/` at its first line for a
        // regex where the line above makes it a division (then it reports a call, never hides one).
        expect(windowed.filter((found) => found.endsWith(':call'))).toEqual(expect.arrayContaining(whole.filter((found) => found.endsWith(':call'))));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a multi-line template literal closing in the window', "const q = `\n  SELECT a\n  FROM b\n`;\n" + 'const f = 1;\n' + CALL + '\n', 'a.ts'],
    ['a glob "src/*" in a string above', 'const g = "src/*";\n' + 'const f = 1;\n'.repeat(8) + CALL + '\n', 'a.ts'],
    ['a glob in a line comment above', '// files under lib/* are generated\n' + 'const f = 1;\n'.repeat(8) + CALL + '\n', 'a.ts'],
    ['a Python docstring above', 'def f():\n    """\n    doc\n    """\n' + '    x = 1\n'.repeat(8) + "    ld_client.variation('the-key', user, False)\n", 'a.py'],
  ])('finds a call on the last line of a window after %s', (_name, body, path) => {
    const lines = body.split('\n').length - 1;
    const scan = scanSourceText(body, path, matcher, [[lines - 2, lines]]);
    expect(scan.references.filter((placed) => placed.line === lines).map((placed) => placed.reference.kind)).toEqual(['call']);
  });
});

// The context scan's speed paths (docs/ARCHITECTURE.md, speed) give what the straightforward
// code gives: the file-wide result-read gate, the shorter method alternation and the `' as '`
// search are only faster, never different.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFlagMatcher, resultFormsOf } from '../../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { containsAs, findResultReads } from '../../../src/core/flags/result-aliases.js';
import type { LexFamily } from '../../../src/core/flags/source-lexer.js';
import type { TextMatch } from '../../../src/core/flags/matcher.js';

const SETTINGS = { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] as const };
const matcher = compileFlagMatcher({ ...SETTINGS, aliasCaseVariants: [...SETTINGS.aliasCaseVariants] }, { source: 'flags.json', flags: [{ key: 'fast-search', status: 'active', aliases: [] }] });
const forms = resultFormsOf(SETTINGS);

/** Code built of result bindings and reads, consumers, env objects, renamed imports and noise. */
const codeArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'const flags = useFlags();', 'const t = client.getTreatments(k, ["a"]);', 'const { fastSearch } = useFlags();', 'flags.dark_mode.enabled', "t['pay_later']",
        't.promo', 'fastSearch', 'withLDConsumer()(C)', '({ flags }) => flags.bulkEdit', 'const { FF_X } = process.env;', 'FF_X', 'const env = os.environ',
        'env.FF_Y', "import { useFlags as useLD } from 'x';", 'const f = useLD();', 'f.beta', 'from m import get_all_flags as gaf', 'g = gaf()', "g['k']",
        'x as Y', ' as ', 'getAllFlags', 'allVariables()', 'Treatments', 'get_treatments', '<SplitTreatments names={["s"]}>{({ treatments }) => treatments.s}</SplitTreatments>',
        '{', '}', '\n', ' ', '// useFlags()', '"useFlags()"',
      ),
      fc.string({ unit: fc.constantFrom('a', 's', ' ', '.', 'x', '\n', '(', ')'), maxLength: 6 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

describe('context scan speed paths', () => {
  it("containsAs is text.includes(' as ')", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', 'a', 's', 'x', '\n', '\t') }), (text) => {
        expect(containsAs(text)).toBe(text.includes(' as '));
      }),
      { numRuns: 2000 },
    );
  });

  it('the result-read gate drops nothing: the reads are those of the straightforward search, for any part of any file', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(), fc.nat(), fc.constantFrom<LexFamily>('js', 'python'), (whole, a, b, family) => {
        const [from, to] = [a % (whole.length + 1), b % (whole.length + 1)].sort((x, y) => x - y) as [number, number];
        const part = whole.slice(from, to);
        const ranges = [[0, part.length]] as const;
        // Reads of flags and of dynamic keys (`flags[name]`), in one order.
        const positions = (reads: readonly { index: number; start: number }[]) => reads.map((read) => [read.index, read.start]).sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!);
        const both = (match: TextMatch) => positions([...match.references, ...match.dynamic]);
        const straightforward = positions(findResultReads(part, family, forms, () => true, ranges, whole));
        // Twice: the file-wide facts are kept from one call to the next.
        expect(both(matcher.matchResultReads!(part, family, () => true, ranges, whole))).toEqual(straightforward);
        expect(both(matcher.matchResultReads!(part, family, () => true, ranges, whole))).toEqual(straightforward);
        expect(both(matcher.matchResultReads!(whole, family, () => true, [[0, whole.length]]))).toEqual(positions(findResultReads(whole, family, forms, () => true, [[0, whole.length]], whole)));
      }),
      { numRuns: 500 },
    );
  });
});

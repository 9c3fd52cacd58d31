// The anchor of a custom pattern is text every match contains: the prefilter selects a line only
// when it holds the anchor, so an anchor the engine would not match makes the pattern never fire
// (issue 12, defect 5: `\k<quote>` gave the anchor `<quote>)`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPatternCache } from '../../../src/hooks/flag-knowledge.js';
import { compileFlagMatcher } from '../../../src/core/flags/compile-matcher.js';
import { checkCustomPatternShape } from '../../../src/core/flags/custom-pattern.js';
import { deriveAnchor } from '../../../src/text/user-regex.js';
import { compileLiteralSet } from '../../../src/core/flags/literal-set.js';

/** A piece of a generated pattern: its source, and text it matches given the text of earlier groups. */
interface Piece {
  readonly source: string;
  readonly text: (groups: Map<string, string>) => string;
}

const HEX = (code: number, width: number): string => code.toString(16).padStart(width, '0');

/** One character, written in any of the ways the engine reads as that character. */
const literalPiece: fc.Arbitrary<Piece> = fc
  .tuple(fc.constantFrom(...'abcXYZ_-.(){}[]*+?|^$/\\\'"<>é 0'), fc.constantFrom('plain', 'hex', 'unicode', 'escaped'))
  .map(([char, form]) => {
    const code = char.charCodeAt(0);
    const special = /[.(){}[\]*+?|^$\\/]/.test(char);
    const source =
      form === 'hex' && code < 256
        ? `\\x${HEX(code, 2)}`
        : form === 'unicode'
          ? `\\u${HEX(code, 4).toUpperCase()}`
          : special || (form === 'escaped' && !/[A-Za-z0-9]/.test(char))
            ? `\\${char}`
            : char;
    return { source, text: () => char };
  });

const classPiece: fc.Arbitrary<Piece> = fc.constantFrom<Piece>(
  { source: '\\d', text: () => '7' },
  { source: '\\w', text: () => 'w' },
  { source: '\\s', text: () => ' ' },
  { source: '.', text: () => '!' },
  { source: '[a-c]', text: () => 'b' },
  { source: '[^x]', text: () => 'y' },
  { source: '\\n', text: () => '\n' },
  { source: '\\t', text: () => '\t' },
);

const atom: fc.Arbitrary<Piece> = fc.oneof({ weight: 4, arbitrary: literalPiece }, { weight: 1, arbitrary: classPiece });

/** An atom, maybe repeated: the text repeats the atom's text as often as the quantifier allows. */
const quantified: fc.Arbitrary<Piece> = fc
  .tuple(atom, fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{1,3}', '??', '+?'), fc.nat(3))
  .map(([piece, quantifier, count]) => {
    const times =
      quantifier === '' ? 1 : quantifier.startsWith('?') ? count % 2 : quantifier.startsWith('*') ? count : quantifier.startsWith('+') ? count + 1 : quantifier === '{2}' ? 2 : 1 + (count % 3);
    return { source: `${piece.source}${quantifier}`, text: (groups) => piece.text(groups).repeat(times) };
  });

const sequence = (items: fc.Arbitrary<Piece>, maxLength: number): fc.Arbitrary<Piece> =>
  fc.array(items, { minLength: 1, maxLength }).map((pieces) => ({
    source: pieces.map((piece) => piece.source).join(''),
    text: (groups) => pieces.map((piece) => piece.text(groups)).join(''),
  }));

/** A non-capturing group with alternatives, or a named group; either may be optional. */
const group: fc.Arbitrary<Piece> = fc
  .tuple(fc.array(sequence(quantified, 4), { minLength: 1, maxLength: 3 }), fc.nat(), fc.boolean(), fc.constantFrom('', '?'))
  .map(([branches, choice, named, quantifier]) => {
    const chosen = branches[choice % branches.length]!;
    return named
      ? { source: `(?<quote>${chosen.source})${quantifier}`, text: (groups) => remember(groups, 'quote', quantifier === '?' && choice % 2 === 1 ? undefined : chosen.text(groups)) }
      : { source: `(?:${branches.map((b) => b.source).join('|')})${quantifier}`, text: (groups) => (quantifier === '?' && choice % 2 === 1 ? '' : chosen.text(groups)) };
  });

/** Records a named group's text (undefined: the group did not take part) for a later `\k<name>`. */
function remember(groups: Map<string, string>, name: string, text: string | undefined): string {
  if (text !== undefined) groups.set(name, text);
  return text ?? '';
}

const backreference: Piece = { source: '\\k<quote>', text: (groups) => groups.get('quote') ?? '' };
const flagGroup: fc.Arbitrary<Piece> = sequence(quantified, 3).map((inner) => ({ source: `(?<flag>${inner.source})`, text: (groups) => inner.text(groups) }));

/** A whole pattern with its `flag` group, and a line it matches (with text around the match). */
const patternAndLine = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: quantified }, { weight: 1, arbitrary: group }), { maxLength: 6 }),
    flagGroup,
    fc.array(fc.oneof({ weight: 3, arbitrary: quantified }, { weight: 1, arbitrary: group }, { weight: 1, arbitrary: fc.constant(backreference) }), { maxLength: 6 }),
    fc.string({ maxLength: 8 }),
    fc.string({ maxLength: 8 }),
  )
  .map(([before, flag, after, prefix, suffix]) => {
    const pieces = [...before, flag, ...after];
    const groups = new Map<string, string>();
    // A backreference to a group that does not come before it matches the empty string.
    const hasQuote = before.some((piece) => piece.source.startsWith('(?<quote>'));
    const usable = pieces.filter((piece) => piece !== backreference || hasQuote);
    const source = usable.map((piece) => piece.source).join('');
    const line = `${prefix}${usable.map((piece) => piece.text(groups)).join('')}${suffix}`;
    return { source, line };
  })
  // Only patterns that compile (two named groups `quote` do not).
  .filter(({ source }) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  });

describe('the derived anchor of a custom pattern', () => {
  it('is in every line the pattern matches, so the prefilter selects that line', () => {
    fc.assert(
      fc.property(patternAndLine, ({ source, line }) => {
        const anchor = deriveAnchor(source);
        if (anchor === undefined) return;
        const matches = new RegExp(source).test(line);
        if (!matches) return;
        expect(line).toContain(anchor);
        // The prefilter itself: the literal set finds the anchor in the line.
        let found = false;
        compileLiteralSet([anchor]).forEachMatch(line, () => {
          found = true;
        });
        expect(found).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('generates lines the patterns match (the property above is not vacuous)', () => {
    const samples = fc.sample(patternAndLine, { numRuns: 500, seed: 12 });
    const matched = samples.filter(({ source, line }) => deriveAnchor(source) !== undefined && new RegExp(source).test(line));
    expect(matched.length).toBeGreaterThan(200);
  });

  it.each([
    [String.raw`(?<quote>['"])isOn\((?<flag>\w+)\k<quote>\)`, 'isOn('],
    [String.raw`\u0069sOn\((?<flag>\w+)\)`, 'isOn('],
    [String.raw`\x69sOn\((?<flag>\w+)\)`, 'isOn('],
    [String.raw`gate\x28(?<flag>\w+)`, 'gate('],
    [String.raw`\k<quote>(?<quote>x)(?<flag>\w+)`, undefined],
    [String.raw`\cJfeature(?<flag>\w+)`, 'feature'],
  ])('decodes the escapes of %s: anchor %s', (source, anchor) => {
    expect(deriveAnchor(source)).toBe(anchor);
  });

  it('finds the flag behind a unicode escape that used to give an anchor found nowhere', () => {
    const pattern = String.raw`\u0067ate\('(?<flag>[\w-]+)'\)`;
    const check = checkCustomPatternShape({ pattern });
    expect(check).toEqual({ ok: true, anchor: "gate('" });
    const matcher = compileFlagMatcher(
      { presets: [], envPrefix: 'FF_', patterns: [{ pattern }], aliasCaseVariants: [] },
      { source: 'flags.json', flags: [] },
      { compileRegExp: createPatternCache().compileRegExp },
    );
    expect(matcher.matchLine("if (gate('beta')) {}").map((reference) => reference.flag)).toEqual(['beta']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectCommentMentions, compileRareUnits, createCommentMentionReader, type MayHoldKey } from '../../../src/core/flags/comment-mentions.js';
import type { TextReference } from '../../../src/core/flags/matcher.js';
import { indexRegistry } from '../../../src/core/flags/registry.js';
import { lexSource, regionAt, type LexFamily } from '../../../src/core/flags/source-lexer.js';

const KEYS = ['fast-search', 'mega_menu', 'darkMode', 'plain', 'a.b', 'FF_EDGE'];
const indexOf = (keys: readonly string[]) => indexRegistry({ source: 'flags.json', flags: keys.map((key) => ({ key, status: 'active' as const, aliases: [] })) });
const index = indexOf(KEYS);
/** Every key holds a unit that is no lowercase letter: the reader's search for such units is on. */
const RARE_KEYS = ['fast-search', 'mega_menu', 'darkMode', 'a.b', 'FF_EDGE', 'v2'];
/** The full path: every comment split into words, as if each held a key. */
const EVERY_COMMENT: MayHoldKey = () => true;

function mentions(text: string, family: LexFamily, mayHoldKey: MayHoldKey, keys = KEYS): TextReference[] {
  const regions = lexSource(text, family);
  const references: TextReference[] = [];
  collectCommentMentions(text, (offset) => regionAt(regions, offset) as 0 | 1 | 2, indexOf(keys), mayHoldKey, references);
  return references;
}

/** The same, with the comments taken from the lexer's regions instead of searched for. */
function mentionsFromRegions(text: string, family: LexFamily, mayHoldKey: MayHoldKey, keys = KEYS, jsx = false): TextReference[] {
  const regions = lexSource(text, family, jsx);
  const references: TextReference[] = [];
  collectCommentMentions(text, (offset) => regionAt(regions, offset) as 0 | 1 | 2, indexOf(keys), mayHoldKey, references, regions);
  return references;
}

/** The keys named in the comments of each text, read one after the other by one reader (given the lexer's regions when `withRegions`). */
function readInTurn(texts: readonly string[], family: LexFamily, wordsBeforeAutomaton: number, keys = KEYS, withRegions = false): TextReference[][] {
  const reader = createCommentMentionReader(indexOf(keys), wordsBeforeAutomaton);
  return texts.map((text) => {
    const regions = lexSource(text, family);
    const references: TextReference[] = [];
    reader.collect(text, (offset) => regionAt(regions, offset) as 0 | 1 | 2, references, withRegions ? regions : undefined);
    return references;
  });
}

describe('collectCommentMentions', () => {
  it.each([
    ['a quoted key', 'js', "// 'plain' is off\nx();\n", ['plain@4']],
    ['a bare key that reads as a key', 'python', '# fast-search, darkMode. plain\n', ['fast-search@2', 'darkMode@15']],
    ['a key in a block comment', 'java', '/* see FF_EDGE: a.b */\nclass A {}\n', ['FF_EDGE@7', 'a.b@16']],
    ['no key in the comment', 'js', '// nothing to see here.\n', []],
  ] as const)('lists %s', (_name, family, text, expected) => {
    expect(readInTurn([text], family, 0)[0]!.map((reference) => `${reference.flag}@${reference.index}`)).toEqual(expected);
  });

  const piece = fc.constantFrom(...KEYS, ...KEYS.map((key) => `'${key}'`), 'v2', '-', '_', 'E', '// ', '/* ', ' */', '# ', '\n', ' ', "'", '"', '`', '.', ':', '/', 'x', 'Key', '-', 'prove-allow-flag: plain why');
  const source = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
  const family = fc.constantFrom<LexFamily>('js', 'python', 'go', 'java');

  it('lists what splitting every comment lists, for any text of comments, keys and quotes', () => {
    fc.assert(
      fc.property(source, family, (text, lexFamily) => {
        expect(readInTurn([text], lexFamily, 0)[0]).toEqual(mentions(text, lexFamily, EVERY_COMMENT));
      }),
      { numRuns: 1000 },
    );
  });

  it('lists the same before and after its reader builds the automaton of the keys, whenever it does', () => {
    fc.assert(
      fc.property(fc.array(source, { maxLength: 6 }), family, fc.nat(200), (texts, lexFamily, wordsBeforeAutomaton) => {
        expect(readInTurn(texts, lexFamily, wordsBeforeAutomaton)).toEqual(texts.map((text) => mentions(text, lexFamily, EVERY_COMMENT)));
      }),
      { numRuns: 300 },
    );
  });

  it('lists the same comments from the lexer\'s regions as from searching the text for openers', () => {
    // Runs of slashes: the search steps over two at a time, so `///` opens a comment at its first slash only.
    const slashes = fc.constantFrom('/', '//', '///', '*/', '/*', '#', '<!--', '-->', '\\', '${', '}', 'x = ', '(');
    const text = fc.array(fc.oneof(piece, slashes), { maxLength: 50 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, family, (written, lexFamily) => {
        expect(mentionsFromRegions(written, lexFamily, EVERY_COMMENT)).toEqual(mentions(written, lexFamily, EVERY_COMMENT));
      }),
      { numRuns: 2000 },
    );
    expect(mentionsFromRegions("a = b ///'plain' x\n", 'js', EVERY_COMMENT)).toEqual(mentions("a = b ///'plain' x\n", 'js', EVERY_COMMENT));
    // JSX and Kotlin lexing (`.tsx`, `.kt`): elements, their `{...}` expressions and string templates.
    const markup = fc.constantFrom('return <p>', '</p>', '{', '}', ' a="x" ', '<b/>', '"$', '${', '(', ')');
    const jsxText = fc.array(fc.oneof(piece, slashes, markup), { maxLength: 50 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(jsxText, fc.constantFrom<LexFamily>('js', 'java'), (written, lexFamily) => {
        const regions = lexSource(written, lexFamily, true);
        const searched: TextReference[] = [];
        collectCommentMentions(written, (offset) => regionAt(regions, offset) as 0 | 1 | 2, indexOf(KEYS), EVERY_COMMENT, searched);
        expect(mentionsFromRegions(written, lexFamily, EVERY_COMMENT, KEYS, true)).toEqual(searched);
      }),
      { numRuns: 2000 },
    );
  });

  it('lists what splitting every comment lists when every key holds the one unit `-`, from the regions or not', () => {
    const dashed = ['fast-search', 'dark-mode', 'a-b'];
    fc.assert(
      fc.property(fc.array(source, { maxLength: 6 }), family, fc.nat(200), fc.boolean(), (texts, lexFamily, wordsBeforeAutomaton, withRegions) => {
        expect(readInTurn(texts, lexFamily, wordsBeforeAutomaton, dashed, withRegions)).toEqual(texts.map((text) => mentions(text, lexFamily, EVERY_COMMENT, dashed)));
      }),
      { numRuns: 300 },
    );
  });

  it('lists what splitting every comment lists when every key holds a unit that is no lowercase letter', () => {
    expect(compileRareUnits(RARE_KEYS)).toBeDefined();
    // Line comments are read before block comments (the first comment read builds the automaton):
    // the search for the units goes back to an earlier offset.
    const text = "/* 'FF_EDGE' is set */\nrun();\n// plain words\n// more words\n";
    expect(readInTurn([text], 'js', 0, RARE_KEYS)[0]!.map((reference) => `${reference.flag}@${reference.index}`)).toEqual(['FF_EDGE@4']);
    fc.assert(
      fc.property(fc.array(source, { maxLength: 6 }), family, fc.nat(200), fc.boolean(), (texts, lexFamily, wordsBeforeAutomaton, withRegions) => {
        expect(readInTurn(texts, lexFamily, wordsBeforeAutomaton, RARE_KEYS, withRegions)).toEqual(texts.map((text) => mentions(text, lexFamily, EVERY_COMMENT, RARE_KEYS)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('compileRareUnits', () => {
  it.each([
    [['dark-mode', 'new-checkout'], '-'],
    [['dark-mode', 'beta_2'], '-_'],
    [['FF_X', 'v2', 'a.b'], '_2.'],
    [['Beta'], 'B'],
  ])('finds in each of %j one of %j', (keys, units) => {
    const search = compileRareUnits(keys)!;
    expect([...units].every((unit) => new RegExp(search.source).test(unit))).toBe(true);
    expect(new RegExp(search.source).test('plain lowercase prose')).toBe(false);
  });

  it('has no search when a key is lowercase letters only, or there are no keys', () => {
    expect(compileRareUnits(['dark-mode', 'checkout'])).toBeUndefined();
    expect(compileRareUnits([])).toBeUndefined();
  });

  it('finds a unit of every key, for any keys that hold one', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 10 }), (keys) => {
        const search = compileRareUnits(keys);
        if (search === undefined) expect(keys.some((key) => /^[a-z]+$/.test(key))).toBe(true);
        else for (const key of keys) expect(new RegExp(search.source).test(key)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

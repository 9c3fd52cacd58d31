import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectCommentMentions, createCommentMentionReader, type MayHoldKey } from '../../../src/core/flags/comment-mentions.js';
import type { TextReference } from '../../../src/core/flags/matcher.js';
import { indexRegistry } from '../../../src/core/flags/registry.js';
import { lexSource, regionAt, type LexFamily } from '../../../src/core/flags/source-lexer.js';

const KEYS = ['fast-search', 'mega_menu', 'darkMode', 'plain', 'a.b', 'FF_EDGE'];
const index = indexRegistry({ source: 'flags.json', flags: KEYS.map((key) => ({ key, status: 'active' as const, aliases: [] })) });
/** The full path: every comment split into words, as if each held a key. */
const EVERY_COMMENT: MayHoldKey = () => true;

function mentions(text: string, family: LexFamily, mayHoldKey: MayHoldKey): TextReference[] {
  const regions = lexSource(text, family);
  const references: TextReference[] = [];
  collectCommentMentions(text, (offset) => regionAt(regions, offset) as 0 | 1 | 2, index, mayHoldKey, references);
  return references;
}

/** The keys named in the comments of each text, read one after the other by one reader. */
function readInTurn(texts: readonly string[], family: LexFamily, wordsBeforeAutomaton: number): TextReference[][] {
  const reader = createCommentMentionReader(index, wordsBeforeAutomaton);
  return texts.map((text) => {
    const regions = lexSource(text, family);
    const references: TextReference[] = [];
    reader.collect(text, (offset) => regionAt(regions, offset) as 0 | 1 | 2, references);
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

  const piece = fc.constantFrom(...KEYS, ...KEYS.map((key) => `'${key}'`), '// ', '/* ', ' */', '# ', '\n', ' ', "'", '"', '`', '.', ':', '/', 'x', 'Key', '-', 'prove-allow-flag: plain why');
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
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectCommentMentions } from '../../../src/core/flags/comment-mentions.js';
import { compileLiteralSet, type LiteralSet } from '../../../src/core/flags/literal-set.js';
import type { TextReference } from '../../../src/core/flags/matcher.js';
import { indexRegistry } from '../../../src/core/flags/registry.js';
import { lexSource, regionAt, type LexFamily } from '../../../src/core/flags/source-lexer.js';

const KEYS = ['fast-search', 'mega_menu', 'darkMode', 'plain', 'a.b', 'FF_EDGE'];
const index = indexRegistry({ source: 'flags.json', flags: KEYS.map((key) => ({ key, status: 'active' as const, aliases: [] })) });
/** The full path: every comment split into words, as if each held a key. */
const EVERY_COMMENT: LiteralSet = { literals: KEYS, forEachMatch: () => undefined, occursIn: () => true };

function mentions(text: string, family: LexFamily, keys: LiteralSet): TextReference[] {
  const regions = lexSource(text, family);
  const references: TextReference[] = [];
  collectCommentMentions(text, (offset) => regionAt(regions, offset) as 0 | 1 | 2, index, keys, references);
  return references;
}

describe('collectCommentMentions', () => {
  it.each([
    ['a quoted key', 'js', "// 'plain' is off\nx();\n", ['plain@4']],
    ['a bare key that reads as a key', 'python', '# fast-search, darkMode. plain\n', ['fast-search@2', 'darkMode@15']],
    ['a key in a block comment', 'java', '/* see FF_EDGE: a.b */\nclass A {}\n', ['FF_EDGE@7', 'a.b@16']],
    ['no key in the comment', 'js', '// nothing to see here.\n', []],
  ] as const)('lists %s', (_name, family, text, expected) => {
    expect(mentions(text, family, compileLiteralSet(KEYS)).map((reference) => `${reference.flag}@${reference.index}`)).toEqual(expected);
  });

  it('lists what splitting every comment lists, for any text of comments, keys and quotes', () => {
    const piece = fc.constantFrom(...KEYS, ...KEYS.map((key) => `'${key}'`), '// ', '/* ', ' */', '# ', '\n', ' ', "'", '"', '`', '.', ':', '/', 'x', 'Key', '-', 'prove-allow-flag: plain why');
    const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
    const family = fc.constantFrom<LexFamily>('js', 'python', 'go', 'java');
    fc.assert(
      fc.property(text, family, (source, lexFamily) => {
        expect(mentions(source, lexFamily, compileLiteralSet(KEYS))).toEqual(mentions(source, lexFamily, EVERY_COMMENT));
      }),
      { numRuns: 1000 },
    );
  });
});

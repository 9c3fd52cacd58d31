// Commit messages: the checker and git-exact cleanup on any text, with any comment character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { cleanMessageAs } from '../../src/core/commit-message/clean.js';
import { checkCommitMessage } from '../../src/core/commit-message/index.js';
import { render, validCaseArb } from '../unit/commit-message/grammar.js';
import { fuzz } from './fuzz-runs.js';

const rules = configSchema.parse({}).commitMsg;
/** Text that looks like commit messages: headers, tags, comments, scissors, CRLF, any Unicode. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('feat: ', 'fix(x): ', '[T-2026-02-30-001]', '[T-2026-01-15-001]', '[MODE:F]', '[MODE:NF]', '\n', '\r\n', '\n\n', '# ', ';', 'Merge branch ', 'Revert "', 'fixup! ', '# ------------------------ >8 ------------------------\n', '\t', ' ', '\u00a0', '\0'),
);
const messageArb = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
const commentCharArb = fc.constantFrom(undefined, '#', ';', 'auto', '//', '%');
const cleanupArb = fc.constantFrom(undefined, 'strip', 'whitespace', 'scissors', 'verbatim') as fc.Arbitrary<'strip' | 'whitespace' | 'scissors' | 'verbatim' | undefined>;

describe('commit messages (fuzz)', () => {
  it('checkCommitMessage gives a verdict for any text and never fails inside', () => {
    fuzz(
      'checkCommitMessage',
      fc.property(fc.oneof(messageArb, fc.string({ unit: 'binary', maxLength: 200 })), commentCharArb, cleanupArb, (raw, commentChar, cleanup) => {
        const result = checkCommitMessage(raw, rules, { ...(commentChar === undefined ? {} : { commentChar }), ...(cleanup === undefined ? {} : { cleanup }) });
        expect(['accepted', 'exempt', 'rejected']).toContain(result.status);
        expect(result.violations.map((v) => v.rule)).not.toContain('internal-error');
        // A rejection always says why.
        if (result.status === 'rejected') expect(result.violations.length).toBeGreaterThan(0);
      }),
    );
  });

  it('cleanMessageAs never throws and is stable under a second cleanup', () => {
    fuzz(
      'cleanMessageAs',
      fc.property(messageArb, commentCharArb, (raw, commentChar) => {
        const once = cleanMessageAs(raw, commentChar);
        expect(typeof once).toBe('string');
        // Cleaning what git would commit changes nothing more (git's stripspace is idempotent).
        if (commentChar !== 'auto') expect(cleanMessageAs(once, commentChar)).toBe(once);
      }),
    );
  });

  it('accepts every message of the grammar, also as git hands it over (comments, -v scissors and diff)', () => {
    const template = '\n# Please enter the commit message for your changes. Lines starting\n# with \'#\' will be ignored.\n#\n# On branch main\n';
    const scissors = '# ------------------------ >8 ------------------------\n# Do not modify or remove the line above.\ndiff --git a/x b/x\n+did stuff\n';
    fuzz(
      'grammar messages as git writes them',
      fc.property(validCaseArb, fc.boolean(), fc.boolean(), fc.constantFrom('\n', '\r\n'), ({ rules, parts }, withTemplate, withScissors, eol) => {
        // git finds the scissors line only with LF endings (its pattern ends in \n), so CRLF goes without it.
        const cut = withScissors && eol === '\n' ? scissors : '';
        const raw = `${render(parts).replace(/\n?$/, '\n')}${withTemplate ? template : ''}${cut}`.replaceAll('\n', eol);
        const result = checkCommitMessage(raw, rules);
        expect(result.violations.filter((v) => v.severity === 'error'), raw).toEqual([]);
        expect(result.status).toBe('accepted');
      }),
      0.5,
    );
  });
});

// Commit messages: the checker and git-exact cleanup on any text, with any comment character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { cleanMessageAs } from '../../src/core/commit-message/clean.js';
import { checkCommitMessage } from '../../src/core/commit-message/index.js';
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
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/schema.js';
import { checkCommitMessage } from '../../../src/core/commit-message/index.js';

const defaults = configSchema.parse({}).commitMsg;
const GOOD = 'feat: add the login page [T-2026-11-22-002] [MODE:F]';

const CHARACTERS = [
  ['\r', 'U+000D CARRIAGE RETURN (\\r)'],
  ['\v', 'U+000B LINE TABULATION (\\v)'],
  ['\f', 'U+000C FORM FEED (\\f)'],
  ['\u00a0', 'U+00A0 NO-BREAK SPACE'],
  ['\u2028', 'U+2028 LINE SEPARATOR'],
  ['\ufeff', 'U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark)'],
  ['\u200b', 'U+200B ZERO WIDTH SPACE'],
  ['\u202e', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
  ['\u001b', 'U+001B ESCAPE'],
] as const;

describe('invisible characters in the first line', () => {
  // The ones that look like a space (the others look like nothing, and also leave the tag without its space).
  it.each(CHARACTERS.slice(0, 6))('rejects %j used as the space before the task id, naming it and its column', (ch, name) => {
    const result = checkCommitMessage(`feat: add the login page${ch}[T-2026-11-22-002] [MODE:F]`, defaults, { cleanup: 'verbatim' });
    expect(result.status).toBe('rejected');
    expect(result.violations.map((v) => v.rule)).toEqual(['header-invisible-character']);
    expect(result.violations[0]!.message).toBe(`The first line holds ${name} at column 25; git keeps it in the message.`);
    if (result.status === 'rejected') expect(result.exampleHeader).toBe(GOOD);
  });

  it.each(CHARACTERS.filter(([ch]) => ch !== '\r'))('rejects %j after [MODE:F], which git does not strip', (ch) => {
    const result = checkCommitMessage(`${GOOD}${ch}\n`, defaults);
    expect(result.status).toBe('rejected');
    expect(result.violations[0]).toMatchObject({ rule: 'header-invisible-character', line: 1 });
    expect(result.violations[0]!.message).toContain(`at column ${GOOD.length + 1}`);
  });

  it.each([' ', '\t', '\r', '  \t\r'])('accepts %j after [MODE:F]: git strips it', (tail) => {
    expect(checkCommitMessage(`${GOOD}${tail}\n`, defaults).status).toBe('accepted');
  });

  it.each(CHARACTERS.slice(6))('rejects %j inside the subject, naming it and its column', (ch, name) => {
    const result = checkCommitMessage(`feat: add the${ch} login page [T-2026-11-22-002] [MODE:F]`, defaults, { cleanup: 'verbatim' });
    expect(result.violations.map((v) => v.rule)).toEqual(['header-invisible-character']);
    expect(result.violations[0]!.message).toContain(`${name} at column 14`);
  });

  it('counts columns in characters and says how many more there are', () => {
    const result = checkCommitMessage('feat: add 👍\u00a0page\u00a0now [T-2026-11-22-002] [MODE:F]', defaults);
    expect(result.violations[0]!.message).toBe('The first line holds U+00A0 NO-BREAK SPACE at column 12 (and 1 more); git keeps it in the message.');
  });

  it('accepts an emoji joined with U+200D ZERO WIDTH JOINER', () => {
    expect(checkCommitMessage('feat: add 👩\u200d💻 page [T-2026-11-22-002] [MODE:F]', defaults).status).toBe('accepted');
  });

  it('rejects a good header with any invisible character inserted anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHARACTERS.map(([ch]) => ch)), fc.nat(GOOD.length), (ch, at) => {
        const result = checkCommitMessage(`${GOOD.slice(0, at)}${ch}${GOOD.slice(at)}`, defaults, { cleanup: 'verbatim' });
        expect(result.status).toBe('rejected');
        expect(result.violations.map((v) => v.rule)).toContain('header-invisible-character');
      }),
    );
  });
});

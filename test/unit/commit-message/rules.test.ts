import { describe, expect, it } from 'vitest';
import { configSchema, type CommitMsgConfig } from '../../../src/config/schema.js';
import { checkCommitMessage, MESSAGE_RULE_CODES } from '../../../src/core/commit-message/index.js';

const defaults = configSchema.parse({}).commitMsg;
function rulesWith(overrides: Partial<CommitMsgConfig> = {}): CommitMsgConfig {
  return configSchema.parse({ commitMsg: overrides }).commitMsg;
}
function codes(message: string, rules: CommitMsgConfig = defaults): string[] {
  return checkCommitMessage(message, rules).violations.map((v) => v.rule);
}

describe('accepted messages', () => {
  it.each([
    'feat: add login throttle [T-2025-01-18-001] [MODE:F]',
    'fix: handle empty input [T-2024-02-29-123] [MODE:F]',
    'chore: bump deps [T-2000-02-29-001] [MODE:NF]',
    'test: cover the parser [T-2025-12-31-999] [MODE:NF]',
    'refactor:   spaces are fine [T-2025-01-01-000]   [MODE:NF]',
    'feat: keep [WIP] and (parens): in the subject [T-2025-01-18-001] [MODE:F]',
    'feat: add login throttle [T-2025-01-18-001] [MODE:F]\n\nWhy: because.\n\nSigned-off-by: A <a@b.c>',
    'feat: unicode ✓ ünïcødé 日本語 [T-2025-01-18-001] [MODE:F]',
    // The reference expression's `\d+`: one or more digits after the date.
    'feat: a four-digit serial [T-2025-01-18-1234] [MODE:F]',
    'feat: a one-digit serial [T-2025-01-18-7] [MODE:F]',
  ])('accepts %j', (message) => {
    const result = checkCommitMessage(message, defaults);
    expect(result.violations).toEqual([]);
    expect(result.status).toBe('accepted');
  });

  it('returns the parsed header', () => {
    const result = checkCommitMessage('feat: add x [T-2025-01-18-001] [MODE:F]\n', defaults);
    expect(result).toMatchObject({ status: 'accepted', header: { type: 'feat', subject: 'add x', taskId: 'T-2025-01-18-001', mode: 'F' } });
  });

  it('accepts a scope when scopes are optional and returns it', () => {
    const result = checkCommitMessage('feat(api): add x [T-2025-01-18-001] [MODE:F]', rulesWith({ scope: 'optional' }));
    expect(result).toMatchObject({ status: 'accepted', header: { scope: 'api' } });
  });

  it('accepts the breaking-change marker when commitMsg.breaking is "allowed", and says so in the header', () => {
    const rules = rulesWith({ breaking: 'allowed', scope: 'optional' });
    expect(checkCommitMessage('feat!: drop v1 [T-2025-01-18-001] [MODE:F]', rules)).toMatchObject({ status: 'accepted', header: { type: 'feat', breaking: true } });
    expect(checkCommitMessage('feat(api)!: drop v1 [T-2025-01-18-001] [MODE:F]', rules)).toMatchObject({ status: 'accepted', header: { scope: 'api', breaking: true } });
    expect(checkCommitMessage('feat: add x [T-2025-01-18-001] [MODE:F]', rules)).toMatchObject({ status: 'accepted', header: { type: 'feat' } });
    expect(checkCommitMessage('feat: add x [T-2025-01-18-001] [MODE:F]', rules)).not.toMatchObject({ header: { breaking: true } });
    // The example keeps the marker where it is allowed, and drops it where it is not.
    expect(checkCommitMessage('Feat!: drop v1', rules)).toMatchObject({ status: 'rejected', exampleHeader: expect.stringMatching(/^feat!: drop v1 /) });
    expect(checkCommitMessage('feat!: drop v1', defaults)).toMatchObject({ status: 'rejected', exampleHeader: expect.stringMatching(/^feat: drop v1 /) });
  });

  it('honours a custom prefix, digit count, types and modes', () => {
    const rules = rulesWith({ taskIdPrefix: 'JIRA', taskIdDigits: 5, types: ['feature', 'bug'], modes: ['A', 'B2'] });
    expect(codes('feature: x [JIRA-2025-01-18-00001] [MODE:B2]', rules)).toEqual([]);
    expect(codes('feature: x [JIRA-2025-01-18-001] [MODE:B2]', rules)).toEqual(['task-id-invalid']);
    expect(codes('feat: x [JIRA-2025-01-18-00001] [MODE:F]', rules)).toEqual(['type-unknown', 'mode-invalid']);
  });

  it('requires at least taskIdMinDigits digits and says so', () => {
    const rules = rulesWith({ taskIdMinDigits: 3 });
    expect(codes('feat: x [T-2025-01-18-001] [MODE:F]', rules)).toEqual([]);
    expect(codes('feat: x [T-2025-01-18-123456] [MODE:F]', rules)).toEqual([]);
    const [violation] = checkCommitMessage('feat: x [T-2025-01-18-12] [MODE:F]', rules).violations;
    expect(violation?.message).toContain('has 2 digit(s) after the date; it needs at least 3');
    const exact = checkCommitMessage('feat: x [T-2025-01-18-1234] [MODE:F]', rulesWith({ taskIdDigits: 3 })).violations[0];
    expect(exact?.message).toContain('it needs exactly 3');
  });

  it('refuses an exact digit count below the minimum (no task id could pass)', () => {
    const result = configSchema.safeParse({ commitMsg: { taskIdDigits: 2, taskIdMinDigits: 3 } });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('taskIdDigits 2 is below taskIdMinDigits 3');
  });
});

describe('one rule code per broken part', () => {
  it.each<[string, string, string[], Partial<CommitMsgConfig>?]>([
    ['empty', '', ['message-empty']],
    ['only comments and blanks', '\n# comment\n  \n\n', ['message-empty']],
    ['a NUL byte', 'feat: a\0b [T-2025-01-18-001] [MODE:F]', ['message-nul-byte']],
    ['leading whitespace', '  feat: x [T-2025-01-18-001] [MODE:F]', ['header-leading-whitespace']],
    ['no type', 'add login throttle [T-2025-01-18-001] [MODE:F]', ['type-missing']],
    ['no type before the colon', ': add login [T-2025-01-18-001] [MODE:F]', ['type-missing']],
    ['no type and no tags', 'add login throttle', ['type-missing', 'task-id-missing', 'mode-missing']],
    ['an unknown type', 'docs: x [T-2025-01-18-001] [MODE:NF]', ['type-unknown']],
    ['a long word as type', 'feature: x [T-2025-01-18-001] [MODE:F]', ['type-unknown']],
    ['a capitalised type', 'Feat: x [T-2025-01-18-001] [MODE:F]', ['type-case']],
    ['a forbidden scope', 'feat(api): x [T-2025-01-18-001] [MODE:F]', ['scope-forbidden']],
    ['a missing required scope', 'feat: x [T-2025-01-18-001] [MODE:F]', ['scope-missing'], { scope: 'required' }],
    ['an empty scope', 'feat(): x [T-2025-01-18-001] [MODE:F]', ['scope-empty'], { scope: 'optional' }],
    ['an unclosed scope', 'feat(api: x [T-2025-01-18-001] [MODE:F]', ['scope-unclosed'], { scope: 'optional' }],
    ['a breaking-change marker', 'feat!: drop v1 [T-2025-01-18-001] [MODE:F]', ['breaking-forbidden']],
    ['a breaking-change marker after a scope', 'feat(api)!: drop v1 [T-2025-01-18-001] [MODE:F]', ['breaking-forbidden'], { scope: 'optional' }],
    ['a doubled marker (not a marker: an unknown type)', 'feat!!: drop v1 [T-2025-01-18-001] [MODE:F]', ['type-unknown']],
    ['no colon', 'feat add x [T-2025-01-18-001] [MODE:F]', ['separator-missing']],
    ['a capitalised type without colon', 'Fix login bug [T-2025-01-18-001] [MODE:F]', ['type-case', 'separator-missing']],
    ['a mode without MODE:', 'feat: x [T-2025-01-18-001] [F]', ['mode-invalid']],
    ['a lower-case mode without MODE:', 'feat: x [T-2025-01-18-001] [nf]', ['mode-invalid']],
    ['no space after the colon', 'feat:add x [T-2025-01-18-001] [MODE:F]', ['separator-missing']],
    ['a space before the colon', 'feat : add x [T-2025-01-18-001] [MODE:F]', ['separator-missing']],
    ['no subject', 'feat: [T-2025-01-18-001] [MODE:F]', ['subject-empty']],
    ['no subject, no space', 'feat:[T-2025-01-18-001] [MODE:F]', ['subject-empty', 'tags-spacing']],
    ['only the tags missing', 'feat: add login throttle', ['task-id-missing', 'mode-missing']],
    ['no task id', 'feat: x [MODE:F]', ['task-id-missing']],
    ['a task id without brackets', 'feat: x T-2025-01-18-001 [MODE:F]', ['task-id-invalid']],
    ['a lower-case prefix', 'feat: x [t-2025-01-18-001] [MODE:F]', ['task-id-invalid']],
    ['a wrong prefix', 'feat: x [JIRA-2025-01-18-001] [MODE:F]', ['task-id-invalid']],
    ['no prefix', 'feat: x [2025-01-18-001] [MODE:F]', ['task-id-invalid']],
    ['a short month', 'feat: x [T-2025-1-18-001] [MODE:F]', ['task-id-invalid']],
    ['no digits after the date', 'feat: x [T-2025-01-18-] [MODE:F]', ['task-id-invalid']],
    ['too few digits for an exact count', 'feat: x [T-2025-01-18-01] [MODE:F]', ['task-id-invalid'], { taskIdDigits: 3 }],
    ['too many digits for an exact count', 'feat: x [T-2025-01-18-0001] [MODE:F]', ['task-id-invalid'], { taskIdDigits: 3 }],
    ['too few digits for a minimum', 'feat: x [T-2025-01-18-01] [MODE:F]', ['task-id-invalid'], { taskIdMinDigits: 3 }],
    ['spaces inside', 'feat: x [ T-2025-01-18-001 ] [MODE:F]', ['task-id-invalid']],
    ['Feb 30', 'feat: x [T-2025-02-30-001] [MODE:F]', ['task-id-date-invalid']],
    ['Feb 29 of a common year', 'feat: x [T-2025-02-29-001] [MODE:F]', ['task-id-date-invalid']],
    ['Feb 29 of 1900', 'feat: x [T-1900-02-29-001] [MODE:F]', ['task-id-date-invalid']],
    ['month 13', 'feat: x [T-2025-13-01-001] [MODE:F]', ['task-id-date-invalid']],
    ['day 00', 'feat: x [T-2025-01-00-001] [MODE:F]', ['task-id-date-invalid']],
    ['April 31', 'feat: x [T-2025-04-31-001] [MODE:F]', ['task-id-date-invalid']],
    ['year 0000', 'feat: x [T-0000-01-01-001] [MODE:F]', ['task-id-date-invalid']],
    ['no mode', 'feat: x [T-2025-01-18-001]', ['mode-missing']],
    ['an unknown mode', 'feat: x [T-2025-01-18-001] [MODE:X]', ['mode-invalid']],
    ['a lower-case mode', 'feat: x [T-2025-01-18-001] [MODE:f]', ['mode-invalid']],
    ['a lower-case MODE', 'feat: x [T-2025-01-18-001] [mode:F]', ['mode-invalid']],
    ['a space in the mode', 'feat: x [T-2025-01-18-001] [MODE: F]', ['mode-invalid']],
    ['an empty mode', 'feat: x [T-2025-01-18-001] [MODE:]', ['mode-invalid']],
    ['a mode without brackets', 'feat: x [T-2025-01-18-001] MODE:F', ['mode-invalid']],
    ['mode before task id', 'feat: x [MODE:F] [T-2025-01-18-001]', ['tags-order']],
    ['text after the tags', 'feat: x [T-2025-01-18-001] [MODE:F] more', ['tags-position']],
    ['tags before the subject', 'feat: [T-2025-01-18-001] [MODE:F] add x', ['tags-position']],
    ['two task ids', 'feat: x [T-2025-01-18-001] [T-2025-01-18-002] [MODE:F]', ['tags-duplicate']],
    ['two modes', 'feat: x [T-2025-01-18-001] [MODE:F] [MODE:NF]', ['tags-duplicate']],
    ['a tag glued to the subject', 'feat: x[T-2025-01-18-001] [MODE:F]', ['tags-spacing']],
    ['glued tags', 'feat: x [T-2025-01-18-001][MODE:F]', ['tags-spacing']],
    ['a long header', `feat: ${'x'.repeat(80)} [T-2025-01-18-001] [MODE:F]`, ['header-too-long']],
    ['no blank line before the body', 'feat: x [T-2025-01-18-001] [MODE:F]\nbody', ['body-leading-blank']],
    ['a long body line', `feat: x [T-2025-01-18-001] [MODE:F]\n\n${'word '.repeat(20)}`, ['body-line-too-long'], { bodyMaxLineLength: 72 }],
  ])('%s: %j', (_name, message, expected, overrides) => {
    const result = checkCommitMessage(message, rulesWith(overrides));
    expect(result.status).toBe('rejected');
    expect(result.violations.map((v) => v.rule)).toEqual(expected);
    for (const v of result.violations) {
      expect(v.severity).toBe('error');
      expect(v.message.length).toBeGreaterThan(0);
      expect(v.hint?.length).toBeGreaterThan(0);
      expect(MESSAGE_RULE_CODES).toContain(v.rule);
    }
  });

  it('does not tell a message that only lacks the tags that its type is empty', () => {
    expect(codes('feat: add login throttle')).not.toContain('type-missing');
  });

  it.each([
    ['body-leading-blank off', 'feat: x [T-2025-01-18-001] [MODE:F]\nbody', { bodyLeadingBlank: false }],
    ['a long body line without spaces (a URL)', `feat: x [T-2025-01-18-001] [MODE:F]\n\nhttps://example.com/${'a'.repeat(100)}`, { bodyMaxLineLength: 72 }],
    ['a header exactly at the limit', `feat: ${'x'.repeat(100 - 34)} [T-2025-01-18-001] [MODE:F]`, {}],
    ['astral characters counted once', `feat: ${'😀'.repeat(100 - 34)} [T-2025-01-18-001] [MODE:F]`, {}],
  ])('accepts %s', (_name, message, overrides) => {
    expect(codes(message, rulesWith(overrides))).toEqual([]);
  });
});

describe('did-you-mean for near-miss types', () => {
  it.each([
    ['feature', 'feat'], ['features', 'feat'], ['Feat', 'feat'], ['FIX', 'fix'], ['fixes', 'fix'], ['fixed', 'fix'],
    ['bugfix', 'fix'], ['feta', 'feat'], ['fxi', 'fix'], ['chroe', 'chore'], ['refactr', 'refactor'], ['ref', 'refactor'],
    ['tests', 'test'], ['docs', 'chore'],
  ])('%s -> %s', (written, meant) => {
    const result = checkCommitMessage(`${written}: add x [T-2025-01-18-001] [MODE:F]`, defaults);
    expect(result.status).toBe('rejected');
    const hint = result.violations.find((v) => v.rule === 'type-unknown' || v.rule === 'type-case')?.hint;
    expect(hint).toContain(meant);
    expect(result.status === 'rejected' && result.exampleHeader).toMatch(new RegExp(`^${meant}: add x `));
  });

  it('offers no suggestion for an unrelated word', () => {
    const result = checkCommitMessage('banana: add x [T-2025-01-18-001] [MODE:F]', defaults);
    expect(result.violations[0]?.hint).not.toMatch(/Did you mean/);
  });
});

describe('the corrected example', () => {
  it.each([
    ['feat: add login throttle', 'feat: add login throttle [T-YYYY-MM-DD-NNN] [MODE:F]'],
    ['add login throttle', 'feat: add login throttle [T-YYYY-MM-DD-NNN] [MODE:F]'],
    ['chore: bump deps [T-2025-01-18-007]', 'chore: bump deps [T-2025-01-18-007] [MODE:NF]'],
    ['feature: add x [T-2025-02-30-001] [MODE:F]', 'feat: add x [T-YYYY-MM-DD-001] [MODE:F]'],
    ['feat:add x [MODE:f] [T-2025-01-18-001]', 'feat: add x [T-2025-01-18-001] [MODE:F]'],
    ['fix(api): y [T-2025-01-18-001] [MODE:F]', 'fix: y [T-2025-01-18-001] [MODE:F]'],
    ['feat: x T-2025-01-18-001 MODE:NF', 'feat: x [T-2025-01-18-001] [MODE:NF]'],
    ['feat: [T-2025-01-18-001] [MODE:F]', 'feat: describe the change [T-2025-01-18-001] [MODE:F]'],
    ['Fix login bug', 'fix: login bug [T-YYYY-MM-DD-NNN] [MODE:F]'],
    ['test: cover x [T-2025-01-18-001] [nf]', 'test: cover x [T-2025-01-18-001] [MODE:NF]'],
    ['fixes the login bug', 'fix: fixes the login bug [T-YYYY-MM-DD-NNN] [MODE:F]'],
  ])('for %j is %j', (message, example) => {
    const result = checkCommitMessage(message, defaults);
    expect(result.status === 'rejected' && result.exampleHeader).toBe(example);
  });

  it('takes the task id from the branch when the message has no valid one, and never invents one', () => {
    const branch = { branchTaskId: 'T-2025-01-18-042' };
    expect(checkCommitMessage('feat: x', defaults, branch)).toMatchObject({ exampleHeader: 'feat: x [T-2025-01-18-042] [MODE:F]' });
    expect(checkCommitMessage('feat: x [T-2025-01-18-7x] [MODE:F]', defaults, branch)).toMatchObject({ exampleHeader: 'feat: x [T-2025-01-18-042] [MODE:F]' });
    // The user's own valid id wins over the branch's.
    expect(checkCommitMessage('Feat: x [T-2024-05-05-9] [MODE:F]', defaults, branch)).toMatchObject({ exampleHeader: 'feat: x [T-2024-05-05-9] [MODE:F]' });
    // Without a branch id: the user's id with the date marked, or visible placeholders.
    expect(checkCommitMessage('feat: x [T-2025-02-30-1234] [MODE:F]', defaults)).toMatchObject({ exampleHeader: 'feat: x [T-YYYY-MM-DD-1234] [MODE:F]' });
    expect(checkCommitMessage('feat: x', defaults)).toMatchObject({ exampleHeader: 'feat: x [T-YYYY-MM-DD-NNN] [MODE:F]' });
    expect(checkCommitMessage('feat: x', rulesWith({ taskIdPrefix: 'JIRA', taskIdDigits: 5 }))).toMatchObject({ exampleHeader: 'feat: x [JIRA-YYYY-MM-DD-NNNNN] [MODE:F]' });
  });

  it('keeps the body, after a blank line, with long lines wrapped', () => {
    const rules = rulesWith({ bodyMaxLineLength: 20 });
    const result = checkCommitMessage('feat: x\nthe body has a rather long line here', rules, { branchTaskId: 'T-2026-11-22-001' });
    expect(result.status === 'rejected' && result.example).toBe('feat: x [T-2026-11-22-001] [MODE:F]\n\nthe body has a\nrather long line\nhere');
  });

  it('rejects the template subject <subject> left as it was', () => {
    const result = checkCommitMessage('feat: <subject> [T-2025-01-18-001] [MODE:F]', defaults);
    expect(result.violations.map((v) => v.rule)).toEqual(['subject-empty']);
    expect(result.violations[0]?.message).toContain("still the template's placeholder <subject>");
  });

  it('shortens a too-long subject so the example fits', () => {
    const result = checkCommitMessage(`feat: ${'word '.repeat(30)}`, defaults, { branchTaskId: 'T-2026-11-22-001' });
    expect(result.status).toBe('rejected');
    if (result.status !== 'rejected') return;
    expect([...result.exampleHeader!].length).toBeLessThanOrEqual(100);
    expect(checkCommitMessage(result.example!, defaults).status).toBe('accepted');
  });
});

describe('the commitMsg config section', () => {
  it('rejects a maxHeaderLength below the shortest possible first line', () => {
    const parsed = configSchema.safeParse({ commitMsg: { maxHeaderLength: 31 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['commitMsg', 'maxHeaderLength']);
    expect(parsed.error?.issues[0]?.message).toContain('shortest first line is 32 characters');
    const exact = configSchema.safeParse({ commitMsg: { maxHeaderLength: 33, taskIdDigits: 3 } });
    expect(exact.error?.issues[0]?.message).toContain('shortest first line is 34 characters');
  });

  it('accepts the shortest possible first line at that limit', () => {
    expect(checkCommitMessage('fix: x [T-2025-01-18-1] [MODE:F]', rulesWith({ maxHeaderLength: 32 })).status).toBe('accepted');
    const rules = rulesWith({ maxHeaderLength: 34, taskIdDigits: 3 });
    expect(checkCommitMessage('fix: x [T-2025-01-18-001] [MODE:F]', rules).status).toBe('accepted');
  });
});

describe('subjects that look a little like tags', () => {
  it.each([
    ['a ticket reference before the tags', 'feat: x [ABC-12] [T-2025-01-18-001] [MODE:F]', [], 'x [ABC-12]'],
    ['a mode word in the subject', 'feat: set dark mode: on [T-2025-01-18-001] [MODE:F]', [], 'set dark mode: on'],
    ['a foreign id instead of the task id', 'feat: x [JIRA-12] [MODE:F]', ['task-id-invalid'], undefined],
  ])('%s: %j', (_name, message, expected, subject) => {
    const result = checkCommitMessage(message, defaults);
    expect(result.violations.map((v) => v.rule)).toEqual(expected);
    if (subject !== undefined) expect(result.status === 'accepted' && result.header.subject).toBe(subject);
  });

  it.each(['feat!: x [T-2025-01-18-001] [MODE:F]', 'feat(api)!: x [T-2025-01-18-001] [MODE:F]'])('a breaking-change marker %j is named as the marker, not as an unknown type', (message) => {
    const result = checkCommitMessage(message, rulesWith({ scope: 'optional' }));
    expect(result.violations.map((v) => v.rule)).toEqual(['breaking-forbidden']);
    expect(result.violations[0]?.hint).toContain('commitMsg.breaking');
  });
});

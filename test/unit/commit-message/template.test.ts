import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/schema.js';
import { compileBranchPattern } from '../../../src/config/linear-regexp.js';
import { buildTemplateHeader, fillMessageTemplate, parseBranchTask } from '../../../src/core/commit-message/template.js';
import { cleanMessageAs } from '../../../src/core/commit-message/clean.js';

const config = configSchema.parse({});
const read = (branch: string, overrides: object = {}) => {
  const parsed = configSchema.parse(overrides);
  return parseBranchTask(branch, parsed.commitMsg, parsed.prepareCommitMsg, compileBranchPattern);
};
const header = (branch: string, overrides: object = {}) => {
  const parsed = configSchema.parse(overrides);
  const task = parseBranchTask(branch, parsed.commitMsg, parsed.prepareCommitMsg, compileBranchPattern);
  return task === undefined ? undefined : buildTemplateHeader(task, parsed.commitMsg, parsed.prepareCommitMsg);
};

describe('the template from the branch name', () => {
  it.each([
    ['feat/T-2025-01-18-001-login-throttle', 'feat: <subject> [T-2025-01-18-001] [MODE:F]'],
    ['fix/T-2025-01-18-1234', 'fix: <subject> [T-2025-01-18-1234] [MODE:F]'],
    ['bugfix/T-2025-01-18-001', 'fix: <subject> [T-2025-01-18-001] [MODE:F]'],
    ['chore/T-2025-01-18-001-deps', 'chore: <subject> [T-2025-01-18-001] [MODE:NF]'],
    ['feature/login-T-2025-01-18-001', 'feat: <subject> [T-2025-01-18-001] [MODE:F]'],
    // No known prefix: a visible type placeholder and every mode to choose from.
    ['T-2025-01-18-001-login', '<type>: <subject> [T-2025-01-18-001] [MODE:F|NF]'],
    ['alice/T-2025-01-18-001', '<type>: <subject> [T-2025-01-18-001] [MODE:F|NF]'],
  ])('%s gives %s', (branch, expected) => {
    expect(header(branch)).toBe(expected);
  });

  it.each([
    ['main'],
    ['feat/login-throttle'],
    // A date that does not exist is no task id.
    ['feat/T-2025-02-30-001'],
    ['feat/t-2025-01-18-001'],
    ['feat/XT-2025-01-18-001'],
    [`feat/${'x'.repeat(2000)}T-2025-01-18-001`],
  ])('writes nothing for %s', (branch) => {
    expect(read(branch)).toBeUndefined();
  });

  it('honours the branch pattern, the type map and the mode from the config', () => {
    const overrides = {
      commitMsg: { taskIdPrefix: 'JIRA' },
      prepareCommitMsg: { branchPattern: '^(?<prefix>[a-z]+)-(?<taskId>JIRA-\\d{4}-\\d{2}-\\d{2}-\\d+)', typeByPrefix: { story: 'feat' }, mode: 'NF' },
    };
    expect(header('story-JIRA-2025-01-18-77-x', overrides)).toBe('feat: <subject> [JIRA-2025-01-18-77] [MODE:NF]');
    expect(header('feat/JIRA-2025-01-18-77', overrides)).toBeUndefined();
  });

  it.each([
    [{ branchPattern: '(' }, 'not a valid regular expression'],
    [{ branchPattern: 'T-\\d+' }, 'needs a named group `taskId`'],
    [{ branchPattern: '(?<taskId>(a+)+)' }, 'backtrack catastrophically'],
    [{ mode: 'X' }, 'the mode X is not one of commitMsg.modes'],
    [{ typeByPrefix: { story: 'story' } }, 'the type story is not one of commitMsg.types'],
  ])('refuses the config %j', (prepareCommitMsg, message) => {
    const result = configSchema.safeParse({ prepareCommitMsg });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});

describe('filling the message file', () => {
  const line = 'feat: <subject> [T-2025-01-18-001] [MODE:F]';
  const gitWrote = '\n# Please enter the commit message for your changes. Lines starting\n# with \'#\' will be ignored.\n#\n# On branch feat/x\n';

  it('puts the line above what git wrote, and a second run changes nothing', () => {
    const once = fillMessageTemplate(gitWrote, line, '#');
    expect(once).toBe(`${line}\n${gitWrote}`);
    expect(fillMessageTemplate(once!, line, '#')).toBeUndefined();
    expect(fillMessageTemplate('', line, '#')).toBe(`${line}\n`);
  });

  it('honours core.commentChar, auto included, and the scissors of commit -v', () => {
    expect(fillMessageTemplate('\n; comment\n', line, ';')).toBe(`${line}\n\n; comment\n`);
    expect(fillMessageTemplate('\n# a hash line is text with ;\n', line, ';')).toBeUndefined();
    expect(fillMessageTemplate('\n; comment\n', line, 'auto')).toBe(`${line}\n\n; comment\n`);
    const verbose = `${gitWrote}# ------------------------ >8 ------------------------\n# Do not modify or remove the line above.\ndiff --git a/x b/x\n+added\n`;
    expect(fillMessageTemplate(verbose, line, '#')).toBe(`${line}\n${verbose}`);
  });

  it('never touches a file that holds text (a property over any text)', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('#', ';', 'auto', undefined), (raw, commentChar) => {
        const filled = fillMessageTemplate(raw, line, commentChar);
        if (filled === undefined) return;
        // Only prepended, and only to a file git would have stored as empty.
        expect(filled.endsWith(raw)).toBe(true);
        expect(fillMessageTemplate(filled, line, commentChar)).toBeUndefined();
        expect(cleanMessageAs(filled, commentChar === 'auto' ? undefined : commentChar).startsWith(line)).toBe(commentChar !== 'auto' || filled.startsWith(line));
      }),
      { numRuns: 2000 },
    );
  });

  it('has defaults that follow the convention', () => {
    expect(config.prepareCommitMsg).toMatchObject({ enabled: true, branchPattern: null, mode: null });
  });
});

import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/schema.js';
import { checkCommitMessage } from '../../../src/core/commit-message/index.js';
import { readHeader } from '../../../src/core/commit-message/header.js';
import { MESSAGE_CHECKS, MESSAGE_RULE_CODES, MESSAGE_RULES, TEXT_CHECKS } from '../../../src/core/commit-message/rules/index.js';
import { CHARACTER_RULES } from '../../../src/core/commit-message/rules/characters.js';
import { LAYOUT_RULES } from '../../../src/core/commit-message/rules/layout.js';
import { SCOPE_RULES } from '../../../src/core/commit-message/rules/scope.js';
import { TAG_PLACEMENT_RULES } from '../../../src/core/commit-message/rules/tag-placement.js';
import { TASK_ID_AND_MODE_RULES } from '../../../src/core/commit-message/rules/task-id-and-mode.js';
import { TEXT_RULES } from '../../../src/core/commit-message/rules/text.js';
import { TYPE_AND_SUBJECT_RULES } from '../../../src/core/commit-message/rules/type-and-subject.js';

const rules = configSchema.parse({}).commitMsg;
const FAMILIES = [TEXT_RULES, CHARACTER_RULES, TYPE_AND_SUBJECT_RULES, SCOPE_RULES, TASK_ID_AND_MODE_RULES, TAG_PLACEMENT_RULES, LAYOUT_RULES];

describe('the commit-message rule table', () => {
  it('has one check per rule code, in exactly one family, and a description for every code', () => {
    const checked = FAMILIES.flatMap((family) => Object.keys(family)).sort();
    expect(checked).toEqual(MESSAGE_RULE_CODES.filter((code) => code !== 'internal-error').sort());
    expect(Object.keys(MESSAGE_RULES).sort()).toEqual([...MESSAGE_RULE_CODES].sort());
    expect(new Set([...Object.keys(TEXT_CHECKS), ...Object.keys(MESSAGE_CHECKS)]).size).toBe(MESSAGE_RULE_CODES.length - 1);
  });

  it('lists the text rules before the rules over the message as read (violations come out in code order)', () => {
    const lastText = Math.max(...Object.keys(TEXT_CHECKS).map((code) => MESSAGE_RULE_CODES.indexOf(code as never)));
    const firstMessage = Math.min(...Object.keys(MESSAGE_CHECKS).map((code) => MESSAGE_RULE_CODES.indexOf(code as never)));
    expect(lastText).toBeLessThan(firstMessage);
  });

  it('reports each broken part under its own code, in the order of the codes', () => {
    const result = checkCommitMessage(' Feat(:add\0 [MODE:X] [T-2025-02-30-1]x', rules);
    const codes = result.violations.map((violation) => violation.rule);
    expect(codes).toEqual([...codes].sort((a, b) => MESSAGE_RULE_CODES.indexOf(a as never) - MESSAGE_RULE_CODES.indexOf(b as never)));
    expect(codes).toEqual(expect.arrayContaining(['message-nul-byte', 'header-leading-whitespace', 'tags-order', 'task-id-date-invalid', 'mode-invalid']));
  });

  it.each(Object.entries(MESSAGE_CHECKS))('%s finds nothing wrong with a valid message', (_code, check) => {
    const lines = ['feat: add the parser [T-2025-01-18-001] [MODE:F]', '', 'Why it is needed.'];
    expect(check({ lines, header: readHeader(lines[0]!, rules), rules })).toBeUndefined();
  });

  it.each(Object.entries(TEXT_CHECKS))('%s finds nothing wrong with a valid text', (_code, check) => {
    expect(check('feat: add the parser [T-2025-01-18-001] [MODE:F]\n')).toBeUndefined();
  });
});

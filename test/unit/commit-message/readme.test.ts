import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commitMsgSchema, configSchema } from '../../../src/config/schema.js';
import { MESSAGE_RULE_CODES, MESSAGE_RULES } from '../../../src/core/commit-message/index.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const start = readme.indexOf('<!-- section: commit-msg -->');
const section = readme.slice(start, readme.indexOf('\n## ', start));

/** Rows `| `key` | ... |` of the markdown table that follows `heading`. */
function tableKeys(afterHeading: string): string[] {
  const from = section.indexOf(afterHeading);
  const rows = section.slice(from).split('\n').filter((line) => line.startsWith('| `'));
  const table: string[] = [];
  for (const row of rows) table.push(row.slice(3, row.indexOf('`', 3)));
  return table;
}

describe('the README commit-msg section stays in step with the code', () => {
  it('lists every rule code, once, with its description', () => {
    const rows = section.split('\n').filter((line) => /^\| `[a-z-]+` \| [A-Za-z]/.test(line) && !line.includes('| `"'));
    const documented = rows.map((row) => row.slice(3, row.indexOf('`', 3))).filter((code) => code in MESSAGE_RULES);
    expect(documented).toEqual([...MESSAGE_RULE_CODES]);
    for (const code of MESSAGE_RULE_CODES) expect(section).toContain(`| \`${code}\` | ${MESSAGE_RULES[code].description} |`);
  });

  it('documents every commitMsg option with its real default', () => {
    const keys = Object.keys(commitMsgSchema.shape);
    const documented = tableKeys('| option | default | meaning |').filter((key) => keys.includes(key));
    expect(documented).toEqual(keys);
    const defaults = configSchema.parse({}).commitMsg;
    for (const key of keys) {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${key}\` |`))!;
      const shown = row.split('|')[2]!.trim();
      if (key === 'exempt') expect(shown).toBe('all five kinds');
      else expect(shown).toBe(`\`${JSON.stringify(defaults[key as keyof typeof defaults]).replace(/,/g, ', ')}\``);
    }
  });

  it('shows the example config with the real defaults', () => {
    const json = section.slice(section.indexOf('```json') + 7, section.indexOf('```', section.indexOf('```json') + 7));
    expect(JSON.parse(json)).toEqual({ commitMsg: configSchema.parse({}).commitMsg });
  });
});

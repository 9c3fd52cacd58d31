import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_RULE_CODES, MESSAGE_RULES } from '../../src/core/commit-message/rules/index.js';
import { PRESET_NAMES } from '../../src/core/flags/presets/names.js';
import { FLAG_RULE_CODES, FLAG_RULES } from '../../src/core/flags/rule-codes.js';
import { README_TABLES, writeReadmeTables } from '../../src/docs/readme-tables.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README: the tables generated from the code', () => {
  it.each(README_TABLES.map((table) => [table.name, table] as const))('has the %s table as the code generates it', (_name, table) => {
    const start = readme.indexOf(table.start);
    const end = readme.indexOf(table.end);
    expect(start, `README.md lost its ${table.name} table markers`).toBeGreaterThan(-1);
    expect(readme.slice(start + table.start.length + 1, end), `README.md's ${table.name} table is out of date: run \`npm run schema\``).toBe(table.format());
  });

  it('is unchanged by writing the tables again (npm run schema has nothing to do)', () => {
    expect(writeReadmeTables(readme)).toBe(readme);
  });

  it('rewrites a stale table, and refuses a README without the markers', () => {
    const stale = readme.replace(`| \`${FLAG_RULE_CODES[0]}\` | ${FLAG_RULES[FLAG_RULE_CODES[0]].severity} |`, `| \`${FLAG_RULE_CODES[0]}\` | info |`);
    expect(stale).not.toBe(readme);
    expect(writeReadmeTables(stale)).toBe(readme);
    expect(() => writeReadmeTables('# no tables')).toThrow(/no markers/);
  });

  it('lists every preset and every rule code', () => {
    for (const name of PRESET_NAMES) expect(readme).toContain(`| \`${name}\` |`);
    for (const rule of FLAG_RULE_CODES) expect(readme).toContain(`| \`${rule}\` | ${FLAG_RULES[rule].severity} |`);
    for (const code of MESSAGE_RULE_CODES) expect(readme).toContain(`| \`${code}\` | ${MESSAGE_RULES[code].description} |`);
  });
});

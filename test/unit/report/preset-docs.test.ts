import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES } from '../../../src/core/flags/presets/names.js';
import { FLAG_RULE_CODES } from '../../../src/core/flags/rule-codes.js';
import { PRESETS_TABLE_END, PRESETS_TABLE_START, formatPresetTable } from '../../../src/report/preset-docs.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README: feature flags', () => {
  it('has the preset table generated from the presets', () => {
    const start = readme.indexOf(PRESETS_TABLE_START);
    const end = readme.indexOf(PRESETS_TABLE_END);
    expect(start, 'README.md lost its presets-table markers').toBeGreaterThan(-1);
    expect(readme.slice(start + PRESETS_TABLE_START.length + 1, end), 'README.md presets table is out of date: run `npm run schema`').toBe(formatPresetTable());
  });

  it('lists every preset and every rule code', () => {
    for (const name of PRESET_NAMES) expect(readme).toContain(`| \`${name}\` |`);
    for (const rule of FLAG_RULE_CODES) expect(readme).toContain(`| \`${rule}\` |`);
  });
});

// The README's tables generated from the code's own typed tables, so the two cannot drift apart:
// the flag presets (src/core/flags/presets), the commit-message rules
// (src/core/commit-message/rules) and the flag rules (src/core/flags/rule-codes.ts).
// `npm run schema` writes them between their markers; test/unit/docs-tables.test.ts fails when
// the README is stale. (The option table comes from the zod schema: src/config/schema-docs.ts.)
import { MESSAGE_RULE_CODES, MESSAGE_RULES } from '../core/commit-message/rules/codes.js';
import { PRESETS } from '../core/flags/presets/index.js';
import { PRESET_NAMES } from '../core/flags/presets/names.js';
import { FLAG_RULE_CODES, FLAG_RULES } from '../core/flags/rule-codes.js';

/** One generated table: its markers in README.md and its Markdown (ending with a newline). */
export interface ReadmeTable {
  readonly name: string;
  readonly start: string;
  readonly end: string;
  readonly format: () => string;
}

export const PRESETS_TABLE_START = '<!-- presets-table:start (generated from src/core/flags/presets) -->';
export const PRESETS_TABLE_END = '<!-- presets-table:end -->';

/** A Markdown table: preset name, product, and the call forms it recognises. */
export function formatPresetTable(): string {
  const rows = PRESET_NAMES.map((name) => {
    const preset = PRESETS[name];
    return `| \`${name}\` | ${preset.title} | ${preset.summary.map(escapeCell).join('<br>')} |`;
  });
  return ['| preset | product | recognised call forms |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

/** The commit-message rule codes with what each finds wrong. */
export function formatMessageRuleTable(): string {
  const rows = MESSAGE_RULE_CODES.map((code) => `| \`${code}\` | ${escapeCell(MESSAGE_RULES[code].description)} |`);
  return ['| rule code | what is wrong |', '| --- | --- |', ...rows, ''].join('\n');
}

/** The flag rules with their default severity and when each fires. */
export function formatFlagRuleTable(): string {
  const rows = FLAG_RULE_CODES.map((code) => `| \`${code}\` | ${FLAG_RULES[code].severity} | ${escapeCell(FLAG_RULES[code].when)} |`);
  return ['| rule | default | when |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

/** Every generated table of README.md, in the order they appear. */
export const README_TABLES: readonly ReadmeTable[] = [
  {
    name: 'commit-message rules',
    start: '<!-- message-rules-table:start (generated from src/core/commit-message/rules) -->',
    end: '<!-- message-rules-table:end -->',
    format: formatMessageRuleTable,
  },
  { name: 'presets', start: PRESETS_TABLE_START, end: PRESETS_TABLE_END, format: formatPresetTable },
  {
    name: 'flag rules',
    start: '<!-- flag-rules-table:start (generated from src/core/flags/rule-codes.ts) -->',
    end: '<!-- flag-rules-table:end -->',
    format: formatFlagRuleTable,
  },
];

/** `readme` with every generated table rewritten. Throws when a table's markers are missing. */
export function writeReadmeTables(readme: string): string {
  let text = readme;
  for (const table of README_TABLES) {
    const start = text.indexOf(table.start);
    const end = text.indexOf(table.end);
    if (start === -1 || end < start) throw new Error(`README.md has no markers for the ${table.name} table (${table.start} ... ${table.end})`);
    text = `${text.slice(0, start + table.start.length)}\n${table.format()}${text.slice(end)}`;
  }
  return text;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

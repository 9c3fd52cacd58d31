// The README's table of built-in presets, generated from the presets themselves so the two
// cannot drift apart (a test compares them).
import { PRESETS } from '../core/flags/presets/index.js';
import { PRESET_NAMES } from '../core/flags/presets/names.js';

export const PRESETS_TABLE_START = '<!-- presets-table:start (generated from src/core/flags/presets) -->';
export const PRESETS_TABLE_END = '<!-- presets-table:end -->';

/** A Markdown table: preset name, product, and the call forms it recognises. */
export function formatPresetTable(): string {
  const rows = PRESET_NAMES.map((name) => {
    const preset = PRESETS[name];
    return `| \`${name}\` | ${preset.title} | ${preset.summary.map((line) => line.replace(/\|/g, '\\|')).join('<br>')} |`;
  });
  return ['| preset | product | recognised call forms |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

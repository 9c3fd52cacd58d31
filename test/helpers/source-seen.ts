// What the whole-file scan sees in a source text with every preset on, as `line:flag` and
// `line:dynamic <expression>` strings: the shared reading of the call-form table tests.
import { compileFlagMatcher } from '../../src/core/flags/compile-matcher.js';
import { PRESET_NAMES } from '../../src/core/flags/presets/names.js';
import { scanSourceText } from '../../src/core/scan/source-scan.js';

/** A matcher with every preset, the `FF_` env prefix, camelCase aliases and no registry flags. */
export const allPresetsMatcher = compileFlagMatcher(
  { presets: [...PRESET_NAMES], envPrefix: 'FF_', patterns: [], aliasCaseVariants: ['camel'] },
  { source: 'flags.json', flags: [] },
);

/** References then dynamic keys found in `text` (as the file `path`), in scan order. */
export function seenIn(path: string, text: string): string[] {
  const scan = scanSourceText(text, path, allPresetsMatcher);
  return [
    ...scan.references.map((placed) => `${placed.line}:${placed.reference.flag}`),
    ...scan.dynamic.map((placed) => `${placed.line}:dynamic ${placed.key.expression}`),
  ];
}

// `npm run schema`: regenerate schema/proverc.schema.json and the README's option table from
// the zod schema (src/config/schema.ts), and the README's flag presets table from the presets. test/unit/schema-docs.test.ts fails when they are stale.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = await mkdtemp(join(tmpdir(), 'prove-hooks-schema-'));
try {
  const outfile = join(dir, 'schema-docs.mjs');
  await build({ entryPoints: ['src/config/schema-docs.ts'], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const docs = await import(pathToFileURL(outfile).href);

  await mkdir('schema', { recursive: true });
  await writeFile('schema/proverc.schema.json', `${JSON.stringify(docs.buildJsonSchema(), null, 2)}\n`);

  const readme = await readFile('README.md', 'utf8');
  const start = readme.indexOf(docs.OPTIONS_TABLE_START);
  const end = readme.indexOf(docs.OPTIONS_TABLE_END);
  if (start === -1 || end < start) throw new Error(`README.md has no option-table markers (${docs.OPTIONS_TABLE_START} ... ${docs.OPTIONS_TABLE_END})`);
  const updated = `${readme.slice(0, start + docs.OPTIONS_TABLE_START.length)}\n${docs.formatOptionsTable()}${readme.slice(end)}`;
  // The feature-flag presets table (test/unit/report/preset-docs.test.ts checks it).
  const presetsFile = join(dir, 'preset-docs.mjs');
  await build({ entryPoints: ['src/report/preset-docs.ts'], outfile: presetsFile, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const presets = await import(pathToFileURL(presetsFile).href);
  const pStart = updated.indexOf(presets.PRESETS_TABLE_START);
  const pEnd = updated.indexOf(presets.PRESETS_TABLE_END);
  if (pStart === -1 || pEnd < pStart) throw new Error(`README.md has no presets-table markers (${presets.PRESETS_TABLE_START} ... ${presets.PRESETS_TABLE_END})`);
  const withPresets = `${updated.slice(0, pStart + presets.PRESETS_TABLE_START.length)}\n${presets.formatPresetTable()}${updated.slice(pEnd)}`;
  await writeFile('README.md', withPresets);
  console.log('wrote schema/proverc.schema.json, the README option table and the presets table');
} finally {
  await rm(dir, { recursive: true, force: true });
}

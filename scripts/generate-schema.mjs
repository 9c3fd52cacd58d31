// `npm run schema`: regenerate schema/proverc.schema.json and the README's option table from
// the zod schema (src/config/schema.ts), and the README's tables of presets and rules from the code's
// typed tables (src/docs/readme-tables.ts). test/unit/schema-docs.test.ts and
// test/unit/docs-tables.test.ts fail when they are stale.
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
  // The tables generated from the code's typed tables: presets, commit-message rules, flag rules
  // (test/unit/docs-tables.test.ts checks them).
  const tablesFile = join(dir, 'readme-tables.mjs');
  await build({ entryPoints: ['src/docs/readme-tables.ts'], outfile: tablesFile, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const tables = await import(pathToFileURL(tablesFile).href);
  await writeFile('README.md', tables.writeReadmeTables(updated));
  console.log('wrote schema/proverc.schema.json, the README option table and the README tables generated from the code');
} finally {
  await rm(dir, { recursive: true, force: true });
}

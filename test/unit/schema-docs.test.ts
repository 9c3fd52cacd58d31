import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTIONS_TABLE_END, OPTIONS_TABLE_START, buildJsonSchema, formatOptionsTable } from '../../src/config/schema-docs.js';
import { configSchema, commitMsgSchema } from '../../src/config/schema.js';
import { validateConfig } from '../../src/config/validate-config.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const STALE = 'is out of date: run `npm run schema` and commit the result';

describe('generated schema documents', () => {
  it('schema/proverc.schema.json matches the zod schema', () => {
    const expected = `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
    expect(read('schema/proverc.schema.json'), `schema/proverc.schema.json ${STALE}`).toBe(expected);
  });

  it("the README's option table matches the zod schema", () => {
    const readme = read('README.md');
    const start = readme.indexOf(OPTIONS_TABLE_START);
    const end = readme.indexOf(OPTIONS_TABLE_END);
    expect(start, 'README.md lost its option-table markers').toBeGreaterThan(-1);
    expect(readme.slice(start + OPTIONS_TABLE_START.length + 1, end), `README.md option table ${STALE}`).toBe(formatOptionsTable());
  });

  it('documents every option of every section, with a description', () => {
    const table = formatOptionsTable();
    for (const key of Object.keys(commitMsgSchema.shape)) expect(table).toContain(`| \`commitMsg.${key}\` |`);
    for (const key of Object.keys(configSchema.shape)) if (key !== '$schema') expect(table).toContain(`| \`${key}`);
    for (const row of table.trim().split('\n').slice(2)) expect(row).not.toMatch(/\|\s*\|$/);
  });

  it("the repository's own .proverc.json is valid and points at the schema", () => {
    const raw = JSON.parse(read('.proverc.json'));
    expect(raw.$schema).toBe('./schema/proverc.schema.json');
    expect(() => validateConfig(raw, { filePath: '.proverc.json', keyPrefix: null })).not.toThrow();
  });

  it('the package exports the schema', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.exports['./schema.json']).toBe('./schema/proverc.schema.json');
    expect(pkg.files).toContain('schema');
  });
});

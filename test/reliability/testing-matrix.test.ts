// TESTING.md stays true: every test it names exists with that title, and every row either names
// a test or says plainly that the case is not covered.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../helpers/hooked-repo.js';

interface Row {
  readonly line: number;
  readonly caseName: string;
  readonly refs: { readonly file: string; readonly title: string }[];
  readonly uncovered: boolean;
}

/** Rows of every matrix table: `| case | expected | covered by |`, refs as `` `file` › title ``. */
function readMatrix(): Row[] {
  const rows: Row[] = [];
  const lines = readFileSync(join(PACKAGE_ROOT, 'TESTING.md'), 'utf8').split('\n');
  lines.forEach((text, index) => {
    if (!text.startsWith('| ') || /^\|\s*(Case|---)/.test(text)) return;
    const cells = text.split(' | ');
    // A malformed row (a `|` inside a cell, a missing cell) would otherwise escape the checks.
    if (cells.length !== 3) throw new Error(`TESTING.md line ${index + 1}: expected 3 cells, found ${cells.length}`);
    const covered = cells[2]!.replace(/\s*\|\s*$/, '');
    const refs = covered
      .split('<br>')
      .map((part) => /^`([^`]+)` › (.+)$/.exec(part.trim()))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ file: match[1]!, title: match[2]!.trim() }));
    rows.push({ line: index + 1, caseName: cells[0]!.replace(/^\|\s*/, ''), refs, uncovered: /\*\*not covered\*\*/.test(covered) });
  });
  return rows;
}

/** The source with `\'`, `\"` and `` \` `` read as the quotes they stand for in a string literal. */
function unescapeQuotes(source: string): string {
  return source.replace(/\\(['"`])/g, '$1');
}

const rows = readMatrix();

describe('TESTING.md', () => {
  it('has a row for every case of the matrix', () => {
    expect(rows.length).toBeGreaterThan(60);
  });

  it('names a test, or says "not covered" and why, on every row', () => {
    const empty = rows.filter((row) => row.refs.length === 0 && !row.uncovered).map((row) => `line ${row.line}: ${row.caseName}`);
    expect(empty).toEqual([]);
  });

  it('names only tests that exist, by their file and title', () => {
    const missing: string[] = [];
    const sources = new Map<string, string>();
    for (const row of rows) {
      for (const ref of row.refs) {
        const path = join(PACKAGE_ROOT, ref.file);
        // A title is matched as it reads, so a quote escaped in the source (`'doesn\'t'`) counts as the quote.
        if (!sources.has(ref.file)) sources.set(ref.file, existsSync(path) ? unescapeQuotes(readFileSync(path, 'utf8')) : '');
        if (!sources.get(ref.file)!.includes(ref.title)) missing.push(`line ${row.line}: ${ref.file} › ${ref.title}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

// The blind3 corpus: its manifest is true to its files, and the built CLI meets issue 14's bar on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCorpusReport } from '../format-score.js';
import type { CorpusReport } from '../run-corpus.js';
import { BLIND3_REPO_DIR, listBlind3Files, readBlind3Manifest, scoreBlind3 } from './blind3-corpus.js';

const manifest = readBlind3Manifest();

describe('the blind3 corpus manifest', () => {
  it('locates every expected reference on a line holding its text', () => {
    const files = listBlind3Files();
    for (const entry of manifest.references) {
      expect(files, entry.file).toContain(entry.file);
      const line = readFileSync(join(BLIND3_REPO_DIR, entry.file), 'utf8').split('\n')[entry.line - 1] ?? '';
      expect(line, `${entry.file}:${entry.line}`).toContain(entry.text);
    }
  });

  it('names the source of every corpus file in its header', () => {
    for (const file of listBlind3Files()) {
      const header = readFileSync(join(BLIND3_REPO_DIR, file), 'utf8').split('\n').slice(0, 3).join('\n');
      expect(header, file).toMatch(/Corpus: .+\n.*Source: /);
    }
  });
});

describe('the built CLI on the blind3 corpus', () => {
  let report: CorpusReport;
  beforeAll(() => {
    report = scoreBlind3();
    process.stdout.write(formatCorpusReport(report));
  }, 120_000);

  it.each(['newFiles', 'modified'] as const)('finds the references of %s with the required recall and precision', (mode) => {
    expect(report[mode].recall, `recall of ${mode}`).toBeGreaterThanOrEqual(0.99);
    expect(report[mode].precision, `precision of ${mode}`).toBeGreaterThanOrEqual(0.99);
  });

  it('reports the unknown, archived, deprecated and expired sets exactly', () => {
    expect(report.lifecycle.sets).toEqual({
      unknown: { missing: [], extra: [] },
      archived: { missing: [], extra: [] },
      deprecated: { missing: [], extra: [] },
      expired: { missing: [], extra: [] },
    });
  });
});

// The corpus scorer as a command (run through scripts/score-corpus.mjs): prints the report, or
// with --relocate rewrites the manifest's line numbers from each entry's `text` after a corpus
// file was edited.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, CORPUS_REPO_DIR, locateLine, readCorpusManifest } from './corpus-manifest.js';
import { formatCorpusReport } from './format-score.js';
import { scoreCorpus } from './run-corpus.js';

function relocateManifest(): void {
  const path = join(CORPUS_DIR, 'manifest.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as { references: { file: string; line: number; text: string }[] };
  for (const entry of data.references) {
    const line = locateLine(readFileSync(join(CORPUS_REPO_DIR, entry.file), 'utf8'), entry.text);
    if (line === undefined) throw new Error(`${entry.file}: "${entry.text}" is not on exactly one line`);
    entry.line = line;
  }
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  readCorpusManifest(path);
  process.stdout.write(`relocated ${data.references.length} references in ${path}\n`);
}

function main(argv: readonly string[]): number {
  const unknown = argv.filter((arg) => !['--json', '--references', '--no-references', '--relocate'].includes(arg));
  if (unknown.length > 0) {
    process.stderr.write(`unknown option ${unknown.join(' ')}\nusage: node scripts/score-corpus.mjs [--json] [--references|--no-references] [--relocate]\n`);
    return 2;
  }
  if (argv.includes('--relocate')) {
    relocateManifest();
    return 0;
  }
  const references = argv.includes('--references') ? true : argv.includes('--no-references') ? false : undefined;
  const report = scoreCorpus(references === undefined ? {} : { references });
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatCorpusReport(report));
  return 0;
}

process.exitCode = main(process.argv.slice(2));

// The corpus scorer as a command (run through scripts/score-corpus.mjs): prints the report of each
// corpus (or of the one `--corpus <name>` names), or with --relocate rewrites the manifests' line
// numbers from each entry's `text` after a corpus file was edited.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, findCorpus, locateLine, readCorpusManifest, type CorpusLocation } from './corpus-manifest.js';
import { formatCorpusReport } from './format-score.js';
import { scoreCorpus } from './run-corpus.js';

function relocateManifest(corpus: CorpusLocation): void {
  const path = join(corpus.dir, 'manifest.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as { references: { file: string; line: number; text: string }[] };
  for (const entry of data.references) {
    const line = locateLine(readFileSync(join(corpus.dir, 'repo', entry.file), 'utf8'), entry.text);
    if (line === undefined) throw new Error(`${entry.file}: "${entry.text}" is not on exactly one line`);
    entry.line = line;
  }
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  readCorpusManifest(path);
  process.stdout.write(`relocated ${data.references.length} references in ${path}\n`);
}

const USAGE = `usage: node scripts/score-corpus.mjs [--json] [--references|--no-references] [--relocate] [--corpus ${CORPORA.map((corpus) => corpus.name).join('|')}]\n`;

function main(argv: readonly string[]): number {
  const corpusAt = argv.indexOf('--corpus');
  const corpusName = corpusAt === -1 ? undefined : argv[corpusAt + 1];
  const rest = corpusAt === -1 ? argv : argv.filter((_, index) => index !== corpusAt && index !== corpusAt + 1);
  const unknown = rest.filter((arg) => !['--json', '--references', '--no-references', '--relocate'].includes(arg));
  if (unknown.length > 0 || (corpusAt !== -1 && corpusName === undefined)) {
    process.stderr.write(`${unknown.length > 0 ? `unknown option ${unknown.join(' ')}` : '--corpus needs a name'}\n${USAGE}`);
    return 2;
  }
  let corpora: readonly CorpusLocation[];
  try {
    corpora = corpusName === undefined ? CORPORA : [findCorpus(corpusName)];
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--relocate')) {
    for (const corpus of corpora) relocateManifest(corpus);
    return 0;
  }
  const references = rest.includes('--references') ? true : rest.includes('--no-references') ? false : undefined;
  const reports = corpora.map((corpus) => ({ corpus: corpus.name, report: scoreCorpus({ corpus, ...(references === undefined ? {} : { references }) }) }));
  if (rest.includes('--json')) {
    process.stdout.write(`${JSON.stringify(corpusName === undefined ? reports : reports[0]!.report, null, 2)}\n`);
  } else {
    process.stdout.write(reports.map(({ corpus, report }) => `== corpus ${corpus} ==\n${formatCorpusReport(report)}`).join('\n'));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));

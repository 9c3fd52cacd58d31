// The third, blind corpus (test/corpus/blind3): the same scan and scoring as run-corpus.ts, on
// this folder's repo/, manifest, registry and config.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuiltCli } from '../../helpers/cli.js';
import { createTempRepo } from '../../helpers/git-repo.js';
import { listCorpusFiles, readCorpusConfig, readCorpusManifest, readCorpusRegistry, removeLines } from '../corpus-manifest.js';
import type { CorpusReport } from '../run-corpus.js';
import {
  collectLifecycleSets,
  compareLifecycleSets,
  listAddedLines,
  readObservations,
  scoreReferences,
  selectAddedInModifiedMode,
} from '../score-references.js';

export const BLIND3_DIR = fileURLToPath(new URL('.', import.meta.url));
export const BLIND3_REPO_DIR = join(BLIND3_DIR, 'repo');

export const readBlind3Manifest = () => readCorpusManifest(join(BLIND3_DIR, 'manifest.json'));
export const readBlind3Registry = () => readCorpusRegistry(join(BLIND3_DIR, 'flags.json'));
export const listBlind3Files = () => listCorpusFiles(BLIND3_REPO_DIR);

function scanBlind3(mode: 'new-files' | 'modified'): unknown {
  const repo = createTempRepo();
  try {
    const files = listBlind3Files();
    const added = mode === 'modified' ? listAddedLines(readBlind3Manifest().references) : new Map<string, Set<number>>();
    repo.write('flags.json', readFileSync(join(BLIND3_DIR, 'flags.json'), 'utf8'));
    repo.write('.proverc.json', readCorpusConfig(join(BLIND3_DIR, 'proverc.json')));
    if (mode === 'modified') {
      for (const file of files) repo.write(file, removeLines(readFileSync(join(BLIND3_REPO_DIR, file), 'utf8'), added.get(file) ?? new Set()));
    }
    repo.gitOk(['add', '-A']);
    repo.gitOk(['commit', '-qm', 'chore: corpus base [T-2026-12-07-501] [MODE:NF]']);
    for (const file of files) repo.write(file, readFileSync(join(BLIND3_REPO_DIR, file)));
    repo.gitOk(['add', '-A']);
    const args = ['scan', '--staged', '--format', 'json', '--references'];
    const result = runBuiltCli(args, { cwd: repo.dir, env: repo.env, input: '' });
    if (result.status !== 0 && result.status !== 1) throw new Error(`prove-hooks ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
    return JSON.parse(result.stdout) as unknown;
  } finally {
    repo.cleanup();
  }
}

/** Scores the built CLI on the blind3 corpus through `scan --references`, in both modes. */
export function scoreBlind3(): CorpusReport {
  const manifest = readBlind3Manifest();
  const newFilesJson = scanBlind3('new-files');
  const newFiles = readObservations(newFilesJson);
  const modified = readObservations(scanBlind3('modified'));
  const actual = collectLifecycleSets(newFilesJson);
  return {
    source: newFiles.source,
    newFiles: scoreReferences(manifest.references, newFiles.observed, { commentsObservable: true }),
    modified: scoreReferences(selectAddedInModifiedMode(manifest.references), modified.observed, { commentsObservable: true }),
    lifecycle: { expected: manifest.lifecycle, actual, ...compareLifecycleSets(manifest.lifecycle, actual) },
  };
}
